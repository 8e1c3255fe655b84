package app.pos.accounts.control;

import app.pos.platform.control.DomainException;

/** Wrong e-mail or password: one answer for both, so e-mails cannot be probed. */
public class InvalidCredentialsException extends DomainException {

  public InvalidCredentialsException() {
    super("invalid-credentials", 401, "Invalid credentials", "E-mail or password is wrong");
  }
}
