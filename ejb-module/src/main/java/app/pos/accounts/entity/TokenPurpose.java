package app.pos.accounts.entity;

/** What a one-time link mailed to a person does. */
public enum TokenPurpose {
  PASSWORD_RESET,
  EMAIL_VERIFICATION
}
