package app.pos.accounts.boundary;

import app.pos.platform.control.DomainException;

/** The caller signed in with a temporary password an ADMIN set and must choose their own first. */
public class PasswordChangeRequiredException extends DomainException {

  public PasswordChangeRequiredException() {
    super(
        "password-change-required",
        403,
        "Password change required",
        "Choose your own password (change-password) before anything else");
  }
}
