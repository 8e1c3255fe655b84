package app.pos.accounts.boundary;

import app.pos.platform.control.DomainException;

/** A paid step needs the caller's e-mail address proven first (the link mailed on sign-up). */
public class EmailNotVerifiedException extends DomainException {

  public EmailNotVerifiedException() {
    super(
        "email-not-verified",
        403,
        "E-mail not verified",
        "Verify your e-mail address (the link mailed on registration, or resend-verification)"
            + " before taking a paid subscription");
  }
}
