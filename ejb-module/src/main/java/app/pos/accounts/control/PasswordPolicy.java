package app.pos.accounts.control;

import app.pos.platform.control.InvalidInputException;
import java.util.Locale;

/** The minimum a password must meet: at least 10 characters and not the e-mail address. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  public static void check(String field, String password, String email) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new InvalidInputException(field, "must be at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > MAX_LENGTH) {
      throw new InvalidInputException(field, "must be at most " + MAX_LENGTH + " characters");
    }
    if (email != null) {
      String lower = password.toLowerCase(Locale.ROOT);
      String mail = email.trim().toLowerCase(Locale.ROOT);
      String localPart = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
      if (lower.equals(mail) || lower.equals(localPart)) {
        throw new InvalidInputException(field, "must not be the e-mail address");
      }
    }
  }
}
