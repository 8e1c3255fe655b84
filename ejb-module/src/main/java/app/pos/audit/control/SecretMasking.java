package app.pos.audit.control;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Audit changes never hold a secret: values of password-, token- and key-like fields are masked.
 */
public final class SecretMasking {

  public static final String MASK = "***";
  private static final Set<String> SECRET_WORDS =
      Set.of("password", "secret", "token", "api_key", "apikey", "private_key", "signature");

  private SecretMasking() {}

  public static Map<String, Object> mask(Map<String, ?> changes) {
    Map<String, Object> masked = new LinkedHashMap<>();
    changes.forEach(
        (field, value) -> masked.put(field, isSecret(field) && value != null ? MASK : value));
    return masked;
  }

  static boolean isSecret(String field) {
    String lower = field.toLowerCase(Locale.ROOT);
    return SECRET_WORDS.stream().anyMatch(lower::contains);
  }
}
