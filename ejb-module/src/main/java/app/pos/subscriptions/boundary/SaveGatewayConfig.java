package app.pos.subscriptions.boundary;

import jakarta.validation.constraints.Size;

/** A gateway's keys; secrets are write-only (sealed at rest, never shown again). */
public class SaveGatewayConfig {
  @Size(max = 300)
  public String publicKey;

  @Size(min = 8, max = 300)
  public String secretKey;

  @Size(min = 8, max = 300)
  public String webhookSecret;

  public Boolean isActive;
}
