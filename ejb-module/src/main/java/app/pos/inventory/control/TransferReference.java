package app.pos.inventory.control;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * A transfer's human reference, {@code TRF-YYYYMMDD-XXXXXX}: the UTC day it was asked for and six
 * letters and digits (no 0/O, 1/I to misread on a phone line). Unique per business by a database
 * key; the caller draws again on the rare clash.
 */
public final class TransferReference {

  static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final RandomGenerator RANDOM = new SecureRandom();

  private TransferReference() {}

  public static String next(LocalDate day) {
    return next(day, RANDOM);
  }

  static String next(LocalDate day, RandomGenerator random) {
    StringBuilder code = new StringBuilder("TRF-").append(DAY.format(day)).append('-');
    for (int i = 0; i < 6; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** Whether the text has the reference's shape (a search may name one). */
  public static boolean looksLikeOne(String text) {
    return text != null && text.matches("TRF-\\d{8}-[0-9A-Z]{6}");
  }
}
