package app.pos.accounts.control;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/**
 * Issues and checks RS256 tokens in the MicroProfile JWT format: {@code sub} the user, {@code upn}
 * the e-mail, {@code groups} the role, {@code business_id} the tenant, {@code jti}, {@code iss},
 * {@code iat}, {@code exp}, {@code iat_ms}. Built and verified with jose4j (bundled with the
 * application; no server's internal JOSE library), so it runs the same on every server and in unit
 * tests.
 */
public final class AccessTokens {

  /** The claim carrying the caller's business. */
  public static final String TENANT_CLAIM = "business_id";

  /** The instant of issue in epoch milliseconds (iat holds whole seconds only). */
  static final String ISSUED_AT_MILLIS_CLAIM = "iat_ms";

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
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setAudience(issuer);
    claims.setSubject(userId.toString());
    claims.setClaim("upn", email);
    claims.setStringListClaim("groups", role);
    claims.setClaim(TENANT_CLAIM, businessId.toString());
    claims.setClaim("superuser", superuser);
    claims.setJwtId(jti.toString());
    claims.setIssuedAt(NumericDate.fromSeconds(iat.getEpochSecond()));
    // iat is whole seconds; revocation compares the instant of issue to the millisecond
    claims.setClaim(ISSUED_AT_MILLIS_CLAIM, now.toEpochMilli());
    claims.setExpirationTime(NumericDate.fromSeconds(exp.getEpochSecond()));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    jws.setPayload(claims.toJson());
    jws.setKey(signingKey);
    try {
      return new Issued(jws.getCompactSerialization(), jti, iat, exp);
    } catch (JoseException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
  }

  /**
   * Verifies signature (RS256 only: {@code alg: none} and HMAC tricks are refused), issuer,
   * audience, expiry and that it is already valid (iat, nbf; one minute of clock skew), that it
   * lives no longer than the configured lifetime ({@code exp - iat}), and that neither its header
   * nor its claims repeat a key (jose4j refuses such JSON). Empty when anything is off; the caller
   * answers 401 without saying which.
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
    // signature, algorithm, issuer, audience and the presence of the claims by the library; the
    // stricter times (exp without skew, iat not ahead, at most one lifetime) below
    JwtConsumer consumer =
        new JwtConsumerBuilder()
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
            .setVerificationKey(verificationKey)
            .setExpectedIssuer(issuer)
            .setExpectedAudience(issuer)
            .setRequireSubject()
            .setRequireJwtId()
            .setRequireIssuedAt()
            .setRequireExpirationTime()
            .setAllowedClockSkewInSeconds((int) CLOCK_SKEW.getSeconds())
            .setEvaluationTime(NumericDate.fromMilliseconds(now.toEpochMilli()))
            .build();
    try {
      JwtClaims claims = consumer.processToClaims(token);
      Instant exp = Instant.ofEpochSecond(claims.getExpirationTime().getValue());
      Instant iat = Instant.ofEpochSecond(claims.getIssuedAt().getValue());
      Instant notBefore =
          claims.getNotBefore() == null
              ? iat
              : Instant.ofEpochSecond(claims.getNotBefore().getValue());
      if (!inTime(iat, notBefore, exp, now)
          || Duration.between(iat, exp).compareTo(lifetime.plus(CLOCK_SKEW)) > 0) {
        return Optional.empty();
      }
      return Optional.of(
          new Verified(
              new Claims(
                  UUID.fromString(claims.getSubject()),
                  UUID.fromString(claims.getStringClaimValue(TENANT_CLAIM)),
                  claims.getStringListClaimValue("groups").get(0),
                  UUID.fromString(claims.getJwtId()),
                  issuedAtPrecisely(claims, iat),
                  exp),
              notBefore));
    } catch (InvalidJwtException | MalformedClaimException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The instant of issue to the millisecond when the token carries it within its {@code iat}
   * second, else {@code iat} itself (tokens issued before the claim existed).
   */
  private static Instant issuedAtPrecisely(JwtClaims claims, Instant iat) {
    if (claims.getClaimValue(ISSUED_AT_MILLIS_CLAIM) instanceof Number millis) {
      Instant precise = Instant.ofEpochMilli(millis.longValue());
      if (precise.getEpochSecond() == iat.getEpochSecond()) {
        return precise;
      }
    }
    return iat;
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
