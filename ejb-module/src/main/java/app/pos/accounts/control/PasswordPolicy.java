package app.pos.accounts.control;

import app.pos.platform.control.InvalidInputException;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must meet on registration, staff creation and every change: 10 to 128 characters,
 * not the e-mail address, and hard to guess as zxcvbn estimates it (score 3 of 4, about 10^8
 * guesses: no common password, keyboard run, repetition or dictionary word with digits appended,
 * and nothing built from the e-mail address). The field error says why.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  /** zxcvbn's score: 3 is "safely unguessable", about 10^8 guesses. */
  public static final int MIN_SCORE = 3;

  private static final Zxcvbn ZXCVBN = new Zxcvbn();

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
    List<String> userInputs = new ArrayList<>();
    if (email != null) {
      String mail = email.trim().toLowerCase(Locale.ROOT);
      userInputs.add(mail);
      for (String part : mail.split("[@._+-]")) {
        if (part.length() >= 3) {
          userInputs.add(part);
        }
      }
    }
    Strength strength = ZXCVBN.measure(password, userInputs);
    if (strength.getScore() < MIN_SCORE) {
      String warning = strength.getFeedback().getWarning();
      throw new InvalidInputException(
          field,
          "is too easy to guess"
              + (warning == null || warning.isBlank()
                  ? ""
                  : " (" + warning.replaceAll("[.]+$", "").toLowerCase(Locale.ROOT) + ")")
              + "; use a longer phrase of uncommon words");
    }
  }
}
