package app.pos.accounts.boundary;

import app.pos.platform.control.DomainException;

/** Every e-mail signs in to exactly one user. */
public class EmailAlreadyRegisteredException extends DomainException {

  public EmailAlreadyRegisteredException() {
    super(
        "email-already-registered",
        409,
        "E-mail already registered",
        "A user with this e-mail already exists");
  }
}
