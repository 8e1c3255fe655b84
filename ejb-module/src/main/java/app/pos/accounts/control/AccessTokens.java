package app.pos.accounts.control;

import app.pos.platform.control.JsonCodec;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and checks RS256 tokens in the MicroProfile JWT format: {@code sub} the user, {@code upn}
 * the e-mail, {@code groups} the role, {@code business_id} the tenant, {@code jti}, {@code iss},
 * {@code iat}, {@code exp}. Plain JDK crypto, so it runs the same on every server and in unit
 * tests.
 */
public final class AccessTokens {

  /** The claim carrying the caller's business. */
  public static final String TENANT_CLAIM = "business_id";

  /** The instant of issue in epoch milliseconds (iat holds whole seconds only). */
  static final String ISSUED_AT_MILLIS_CLAIM = "iat_ms";

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  private final String issuer;
  private final Duration lifetime;
  private final PrivateKey signingKey;
  private final PublicKey verificationKey;

  /**
   * Tokens whose signature and claims have been checked, by their exact text: a till sends the same
   * token with every request, and an RSA verification costs more than the rest of a read. Times are
   * still checked on each use; revocation is the caller's (database) check. Bounded: emptied when
   * full.
   */
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  private static final int VERIFIED_CAPACITY = 10_000;

  private record Verified(Claims claims, Instant notBefore) {}

  public AccessTokens(
      String issuer, Duration lifetime, PrivateKey signingKey, PublicKey verificationKey) {
    this.issuer = issuer;
    this.lifetime = lifetime;
    this.signingKey = signingKey;
    this.verificationKey = verificationKey;
  }

  public record Issued(String token, UUID jti, Instant issuedAt, Instant expiresAt) {
    public long expiresInSeconds() {
      return Duration.between(issuedAt, expiresAt).getSeconds();
    }
  }

  /** What a verified token says. */
  public record Claims(
      UUID userId, UUID businessId, String role, UUID jti, Instant issuedAt, Instant expiresAt) {}

  public Issued issue(
      UUID userId, String email, String role, UUID businessId, boolean superuser, Instant now) {
    Instant iat = Instant.ofEpochSecond(now.getEpochSecond());
    Instant exp = iat.plus(lifetime);
    UUID jti = UUID.randomUUID();
    String header =
        JsonCodec.JSON
            .createObjectBuilder()
            .add("alg", "RS256")
            .add("typ", "JWT")
            .build()
            .toString();
    String claims =
        JsonCodec.JSON
            .createObjectBuilder()
            .add("iss", issuer)
            .add("aud", issuer)
            .add("sub", userId.toString())
            .add("upn", email)
            .add("groups", JsonCodec.JSON.createArrayBuilder().add(role))
            .add(TENANT_CLAIM, businessId.toString())
            .add("superuser", superuser)
            .add("jti", jti.toString())
            .add("iat", iat.getEpochSecond())
            // iat is whole seconds; revocation compares the instant of issue to the millisecond
            .add(ISSUED_AT_MILLIS_CLAIM, now.toEpochMilli())
            .add("exp", exp.getEpochSecond())
            .build()
            .toString();
    String signingInput =
        B64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(signingKey);
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return new Issued(signingInput + "." + B64.encodeToString(rsa.sign()), jti, iat, exp);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
  }

  /**
   * Verifies signature (RS256 only: {@code alg: none} and HMAC tricks are refused), issuer,
   * audience, expiry and that it is already valid (iat, nbf; one minute of clock skew), that it
   * lives no longer than the configured lifetime ({@code exp - iat}), and that neither its header
   * nor its claims repeat a key. Empty when anything is off; the caller answers 401 without saying
   * which.
   */
  public Optional<Claims> verify(String token, Instant now) {
    Verified known = verified.get(token);
    if (known != null) {
      return inTime(known.claims().issuedAt(), known.notBefore(), known.claims().expiresAt(), now)
          ? Optional.of(known.claims())
          : Optional.empty();
    }
    Optional<Verified> checked = check(token, now);
    if (checked.isPresent()) {
      if (verified.size() >= VERIFIED_CAPACITY) {
        verified.clear();
      }
      verified.put(token, checked.get());
    }
    return checked.map(Verified::claims);
  }

  private static boolean inTime(Instant iat, Instant notBefore, Instant exp, Instant now) {
    // issued (or valid from) in the future, beyond clock skew: not valid yet
    return now.isBefore(exp)
        && !notBefore.isAfter(now.plus(CLOCK_SKEW))
        && !iat.isAfter(now.plus(CLOCK_SKEW));
  }

  private Optional<Verified> check(String token, Instant now) {
    try {
      String[] parts = token.split("\\.");
      if (parts.length != 3) {
        return Optional.empty();
      }
      JsonObject header = json(parts[0]);
      if (!"RS256".equals(header.getString("alg", ""))) {
        return Optional.empty();
      }
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(verificationKey);
      rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!rsa.verify(B64D.decode(parts[2]))) {
        return Optional.empty();
      }
      JsonObject claims = json(parts[1]);
      Instant exp = Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue());
      Instant iat = Instant.ofEpochSecond(claims.getJsonNumber("iat").longValue());
      Instant notBefore =
          claims.containsKey("nbf")
              ? Instant.ofEpochSecond(claims.getJsonNumber("nbf").longValue())
              : iat;
      if (!issuer.equals(claims.getString("iss", ""))
          || !forUs(claims)
          || !inTime(iat, notBefore, exp, now)
          || Duration.between(iat, exp).compareTo(lifetime.plus(CLOCK_SKEW)) > 0) {
        return Optional.empty();
      }
      return Optional.of(
          new Verified(
              new Claims(
                  UUID.fromString(claims.getString("sub")),
                  UUID.fromString(claims.getString(TENANT_CLAIM)),
                  claims.getJsonArray("groups").getString(0),
                  UUID.fromString(claims.getString("jti")),
                  issuedAtPrecisely(claims, iat),
                  exp),
              notBefore));
    } catch (RuntimeException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * The instant of issue to the millisecond when the token carries it within its {@code iat}
   * second, else {@code iat} itself (tokens issued before the claim existed).
   */
  private static Instant issuedAtPrecisely(JsonObject claims, Instant iat) {
    if (claims.get(ISSUED_AT_MILLIS_CLAIM) instanceof jakarta.json.JsonNumber millis) {
      Instant precise = Instant.ofEpochMilli(millis.longValue());
      if (precise.getEpochSecond() == iat.getEpochSecond()) {
        return precise;
      }
    }
    return iat;
  }

  /** The audience names this service (a string or an array holding it). */
  private boolean forUs(JsonObject claims) {
    JsonValue aud = claims.get("aud");
    if (aud instanceof JsonString one) {
      return issuer.equals(one.getString());
    }
    return aud instanceof JsonArray many
        && many.stream().anyMatch(v -> v instanceof JsonString s && issuer.equals(s.getString()));
  }

  /** The object a token part holds; one that repeats a top-level key is refused. */
  private static JsonObject json(String part) {
    String text = new String(B64D.decode(part), StandardCharsets.UTF_8);
    Set<String> keys = new HashSet<>();
    try (JsonParser parser = JsonCodec.JSON.createParser(new StringReader(text))) {
      int depth = 0;
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case KEY_NAME -> {
            if (depth == 1 && !keys.add(parser.getString())) {
              throw new IllegalArgumentException("repeated key in a token");
            }
          }
          default -> {
            // values need no check
          }
        }
      }
    }
    try (JsonReader reader = JsonCodec.JSON.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  public static PrivateKey privateKeyFromPem(String pem) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The private key is not a PKCS#8 RSA key", e);
    }
  }

  public static PublicKey publicKeyFromPem(String pem) {
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The public key is not an X.509 RSA key", e);
    }
  }

  private static byte[] der(String pem) {
    return Base64.getMimeDecoder()
        .decode(pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", ""));
  }
}
