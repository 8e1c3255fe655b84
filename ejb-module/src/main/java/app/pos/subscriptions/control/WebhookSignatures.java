package app.pos.subscriptions.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a webhook came from the gateway, over the raw body, before anything parses it. Both
 * compare in constant time.
 */
public final class WebhookSignatures {

  /** How old a Stripe signature may be (Stripe's own default). */
  public static final Duration STRIPE_TOLERANCE = Duration.ofMinutes(5);

  private WebhookSignatures() {}

  /**
   * Stripe: {@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">[,v1=...]},
   * signed with the endpoint's webhook secret, no older (or newer) than the tolerance.
   */
  public static boolean stripeValid(String header, byte[] body, String secret, Instant now) {
    if (header == null || secret == null || secret.isEmpty()) {
      return false;
    }
    String timestamp = null;
    java.util.List<String> signatures = new java.util.ArrayList<>();
    for (String part : header.split(",")) {
      String[] kv = part.trim().split("=", 2);
      if (kv.length != 2) {
        continue;
      }
      if (kv[0].equals("t")) {
        timestamp = kv[1];
      } else if (kv[0].equals("v1")) {
        signatures.add(kv[1]);
      }
    }
    if (timestamp == null || signatures.isEmpty()) {
      return false;
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return false;
    }
    Duration age = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
    if (age.compareTo(STRIPE_TOLERANCE) > 0) {
      return false;
    }
    byte[] signed = concat((timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
    byte[] expected = hmac("HmacSHA256", secret, signed);
    boolean match = false;
    for (String candidate : signatures) {
      match |= MessageDigest.isEqual(expected, hexOrEmpty(candidate));
    }
    return match;
  }

  /** Paystack: {@code x-paystack-signature} = hex HMAC-SHA512 of the body with the secret key. */
  public static boolean paystackValid(String header, byte[] body, String secretKey) {
    if (header == null || secretKey == null || secretKey.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(hmac("HmacSHA512", secretKey, body), hexOrEmpty(header.trim()));
  }

  /** The signature a gateway would send (also used by tests and the fake gateway). */
  public static String stripeHeader(byte[] body, String secret, Instant at) {
    String t = String.valueOf(at.getEpochSecond());
    byte[] signed = concat((t + ".").getBytes(StandardCharsets.UTF_8), body);
    return "t=" + t + ",v1=" + HexFormat.of().formatHex(hmac("HmacSHA256", secret, signed));
  }

  public static String paystackHeader(byte[] body, String secretKey) {
    return HexFormat.of().formatHex(hmac("HmacSHA512", secretKey, body));
  }

  private static byte[] hmac(String algorithm, String key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }

  private static byte[] hexOrEmpty(String hex) {
    try {
      return HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
