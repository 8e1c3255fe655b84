package app.pos.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashing with PBKDF2 (HMAC-SHA512, 16-byte salt, 32-byte key) from the JDK, encoded as
 * Jakarta Security's {@code Pbkdf2PasswordHash} encodes it ({@code
 * PBKDF2WithHmacSHA512:iterations:salt:hash}, Base64), so the hashes stored before read the same.
 * The JDK rather than the server's bean: that bean exists only where the server switches Jakarta
 * Security on for the deployment, which WildFly does only when a container mechanism is declared.
 * The hash keeps its own parameters, so raising the iteration count later only affects new hashes.
 */
@ApplicationScoped
public class Passwords {

  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BYTES = 32;

  /** Fewer iterations than this are refused, as Jakarta Security's implementation refuses them. */
  private static final int LEAST_ITERATIONS = 1024;

  private final SecureRandom random = new SecureRandom();

  @Inject
  @ConfigProperty(name = "pos.password.iterations", defaultValue = "210000")
  int iterations;

  /** Checked against when the e-mail is unknown, so both refusals take the same time. */
  private String decoy;

  @PostConstruct
  void configure() {
    if (iterations < LEAST_ITERATIONS) {
      throw new IllegalStateException(
          "pos.password.iterations must be at least " + LEAST_ITERATIONS + ": " + iterations);
    }
    decoy = hash("decoy-password-never-used");
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return encode(iterations, salt, pbkdf2(password, ALGORITHM, salt, iterations, KEY_BYTES));
  }

  public boolean matches(String password, String hash) {
    String[] parts = hash == null ? new String[0] : hash.split(":");
    if (parts.length != 4) {
      return false;
    }
    try {
      int rounds = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (rounds < LEAST_ITERATIONS || expected.length == 0) {
        return false;
      }
      return MessageDigest.isEqual(
          pbkdf2(password, parts[0], salt, rounds, expected.length), expected);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** Spends the time a real check would, for an unknown e-mail. */
  public void matchNothing(String password) {
    matches(password, decoy);
  }

  static String encode(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder base64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + iterations
        + ":"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(hash);
  }

  private static byte[] pbkdf2(
      String password, String algorithm, byte[] salt, int rounds, int keyBytes) {
    if (!algorithm.startsWith("PBKDF2WithHmac")) {
      throw new IllegalArgumentException("not a PBKDF2 hash: " + algorithm);
    }
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, rounds, keyBytes * 8);
    try {
      return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot compute " + algorithm, e);
    } finally {
      spec.clearPassword();
    }
  }
}
