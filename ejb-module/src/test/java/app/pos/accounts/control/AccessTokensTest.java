package app.pos.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

  static KeyPair keys;
  static KeyPair otherKeys;

  @BeforeAll
  static void generateKeys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
    otherKeys = generator.generateKeyPair();
  }

  private final AccessTokens tokens =
      new AccessTokens("pos", Duration.ofHours(8), keys.getPrivate(), keys.getPublic());
  private final UUID user = UUID.randomUUID();
  private final UUID business = UUID.randomUUID();
  private final Instant now = Instant.parse("2026-11-24T09:30:00Z");

  private String issue() {
    return tokens.issue(user, "a@b.test", "CASHIER", business, false, now).token();
  }

  @Test
  void anIssuedTokenVerifiesWithItsClaims() {
    var claims = tokens.verify(issue(), now.plusSeconds(60)).orElseThrow();
    assertThat(claims.userId()).isEqualTo(user);
    assertThat(claims.businessId()).isEqualTo(business);
    assertThat(claims.role()).isEqualTo("CASHIER");
    assertThat(claims.issuedAt()).isEqualTo(now);
    assertThat(claims.expiresAt()).isEqualTo(now.plus(Duration.ofHours(8)));
  }

  @Test
  void anExpiredTokenIsRefused() {
    assertThat(tokens.verify(issue(), now.plus(Duration.ofHours(8)))).isEmpty();
  }

  @Test
  void aTokenVerifiedOnceStillExpires() {
    String token = issue();
    assertThat(tokens.verify(token, now.plusSeconds(60))).isPresent();
    assertThat(tokens.verify(token, now.plus(Duration.ofHours(1)))).isPresent();
    assertThat(tokens.verify(token, now.plus(Duration.ofHours(8)))).isEmpty();
  }

  @Test
  void aTokenVerifiedOnceIsStillNotValidBeforeItWasIssued() {
    String token = issue();
    assertThat(tokens.verify(token, now.plusSeconds(60))).isPresent();
    assertThat(tokens.verify(token, now.minus(Duration.ofMinutes(5)))).isEmpty();
  }

  @Test
  void aTamperedTokenIsRefused() {
    String[] parts = issue().split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(claims.replace("CASHIER", "ADMIN").getBytes(StandardCharsets.UTF_8));
    assertThat(tokens.verify(parts[0] + "." + forged + "." + parts[2], now)).isEmpty();
  }

  @Test
  void anUnsignedTokenIsRefused() {
    String[] parts = issue().split("\\.");
    String none =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(tokens.verify(none + "." + parts[1] + ".", now)).isEmpty();
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    var stranger =
        new AccessTokens("pos", Duration.ofHours(8), otherKeys.getPrivate(), otherKeys.getPublic());
    String token = stranger.issue(user, "a@b.test", "ADMIN", business, false, now).token();
    assertThat(tokens.verify(token, now)).isEmpty();
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    var other =
        new AccessTokens("elsewhere", Duration.ofHours(8), keys.getPrivate(), keys.getPublic());
    assertThat(
            tokens.verify(
                other.issue(user, "a@b.test", "ADMIN", business, false, now).token(), now))
        .isEmpty();
  }

  /** A token with these claims, signed RS256 with the given key (or HS256 with a shared secret). */
  private static String sign(
      String header, String claims, java.security.PrivateKey key, byte[] hmac) throws Exception {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String input =
        b64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    byte[] signature;
    if (hmac != null) {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(hmac, "HmacSHA256"));
      signature = mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
    } else {
      java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(input.getBytes(StandardCharsets.US_ASCII));
      signature = rsa.sign();
    }
    return input + "." + b64.encodeToString(signature);
  }

  private String claims(String aud, long iat, Long nbf) {
    return "{\"iss\":\"pos\","
        + (aud == null ? "" : "\"aud\":\"" + aud + "\",")
        + "\"sub\":\""
        + user
        + "\",\"upn\":\"a@b.test\",\"groups\":[\"ADMIN\"],"
        + "\"business_id\":\""
        + business
        + "\",\"superuser\":false,"
        + "\"jti\":\""
        + UUID.randomUUID()
        + "\",\"iat\":"
        + iat
        + (nbf == null ? "" : ",\"nbf\":" + nbf)
        + ",\"exp\":"
        + (iat + 3600)
        + "}";
  }

  static final String RS256 = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";

  @Test
  void aHandMadeTokenIsAcceptedOnlyForThisAudience() throws Exception {
    long t = now.getEpochSecond();
    assertThat(tokens.verify(sign(RS256, claims("pos", t, null), keys.getPrivate(), null), now))
        .isPresent();
    assertThat(tokens.verify(sign(RS256, claims("billing", t, null), keys.getPrivate(), null), now))
        .as("another audience")
        .isEmpty();
    assertThat(tokens.verify(sign(RS256, claims(null, t, null), keys.getPrivate(), null), now))
        .as("no audience")
        .isEmpty();
  }

  @Test
  void aHandMadeTokenIsAcceptedOnlyOnceValidWithinTheClockSkew() throws Exception {
    long t = now.getEpochSecond();
    assertThat(
            tokens.verify(sign(RS256, claims("pos", t + 3600, null), keys.getPrivate(), null), now))
        .as("issued in the future")
        .isEmpty();
    assertThat(tokens.verify(sign(RS256, claims("pos", t, t + 600), keys.getPrivate(), null), now))
        .as("not valid before ten minutes from now")
        .isEmpty();
    assertThat(
            tokens.verify(sign(RS256, claims("pos", t + 30, null), keys.getPrivate(), null), now))
        .as("within clock skew")
        .isPresent();
  }

  @Test
  void anHs256TokenSignedWithThePublicKeyIsRefused() throws Exception {
    String token =
        sign(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
            claims("pos", now.getEpochSecond(), null),
            null,
            keys.getPublic().getEncoded());
    assertThat(tokens.verify(token, now)).isEmpty();
  }

  @Test
  void aTokenLivingLongerThanTheConfiguredLifetimeIsRefused() throws Exception {
    long t = now.getEpochSecond();
    String longLived =
        claims("pos", t, null).replace("\"exp\":" + (t + 3600), "\"exp\":" + (t + 1_000_000_000L));
    assertThat(tokens.verify(sign(RS256, longLived, keys.getPrivate(), null), now)).isEmpty();
  }

  @Test
  void aTokenWhoseHeaderRepeatsAKeyIsRefused() throws Exception {
    String header = "{\"alg\":\"RS256\",\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    assertThat(
            tokens.verify(
                sign(header, claims("pos", now.getEpochSecond(), null), keys.getPrivate(), null),
                now))
        .isEmpty();
  }

  @Test
  void aTokenWhoseClaimsRepeatAKeyIsRefused() throws Exception {
    String claims = claims("pos", now.getEpochSecond(), null).replace("{", "{\"sub\":\"x\",");
    assertThat(tokens.verify(sign(RS256, claims, keys.getPrivate(), null), now)).isEmpty();
  }
}
