package app.pos.subscriptions.control;

/**
 * What it takes to talk to a gateway: where its API is, and the keys. Secrets never leave the
 * server: this record is not part of any response and its {@link #toString()} hides them.
 */
public record GatewayKeys(
    String gateway, String apiBase, String publicKey, String secretKey, String webhookSecret) {

  public boolean configured() {
    return secretKey != null && !secretKey.isBlank();
  }

  @Override
  public String toString() {
    return "GatewayKeys[" + gateway + " at " + apiBase + ", secrets hidden]";
  }
}
