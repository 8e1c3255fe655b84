package app.pos.accounts.control;

import app.pos.accounts.entity.OneTimeToken;
import app.pos.accounts.entity.TokenPurpose;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.InvalidInputException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One-time tokens for mailed links: 256 random bits, handed out once and stored as their SHA-256 (a
 * fast hash is enough for a random secret of that size). Issuing one revokes the person's older
 * tokens of the same purpose, so only the newest link works.
 */
@CrossTenant("a link's token is looked up before anyone signs in")
public final class OneTimeTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimeTokens() {}

  /** The token to put in the link; only its hash is written. */
  public static String issue(
      EntityManager em, UUID personId, TokenPurpose purpose, Duration lifetime) {
    Instant now = Instant.now();
    revokeAll(em, personId, purpose, now);
    String token = newSecret();
    em.persist(new OneTimeToken(personId, purpose, hash(token), now, lifetime));
    return token;
  }

  /**
   * Uses the token (locked, so two concurrent uses cannot both succeed) or refuses it with one
   * answer for unknown, expired, used and revoked tokens alike.
   */
  public static OneTimeToken redeem(EntityManager em, String token, TokenPurpose purpose) {
    Instant now = Instant.now();
    OneTimeToken found =
        token == null || token.isBlank()
            ? null
            : em.createQuery(
                    "SELECT t FROM OneTimeToken t WHERE t.tokenHash = :hash AND t.purpose = :purpose",
                    OneTimeToken.class)
                .setParameter("hash", hash(token))
                .setParameter("purpose", purpose)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (found == null || !found.usableAt(now)) {
      throw invalidToken();
    }
    found.use(now);
    return found;
  }

  /**
   * The one answer for a link's token that is unknown, expired, used or revoked (400 on field
   * token), whatever kind of link it is: the answer tells which of them it was to nobody.
   */
  public static InvalidInputException invalidToken() {
    return new InvalidInputException("token", "is invalid, expired or already used");
  }

  /** 256 random bits for a link, URL-safe; store only its {@link #hash}. */
  public static String newSecret() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /** Every still-open token of that purpose stops working. */
  public static void revokeAll(EntityManager em, UUID personId, TokenPurpose purpose, Instant now) {
    em.createQuery(
            "SELECT t FROM OneTimeToken t WHERE t.personId = :person AND t.purpose = :purpose"
                + " AND t.usedAt IS NULL AND t.revokedAt IS NULL",
            OneTimeToken.class)
        .setParameter("person", personId)
        .setParameter("purpose", purpose)
        .getResultList()
        .forEach(t -> t.revoke(now));
  }

  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
