package app.pos.subscriptions.control;

import app.pos.platform.control.JsonCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Paystack: a transaction initialised with our own reference (POST /transaction/initialize), and a
 * {@code charge.success} confirmed by GET /transaction/verify/{reference} before it counts.
 */
@ApplicationScoped
public class PaystackGateway {

  public static final String NAME = "PAYSTACK";

  /** What Paystack says about a transaction. */
  public record Verified(boolean succeeded, long amountInMinorUnits, String currency, String id) {}

  public CheckoutSession openCheckout(CheckoutRequest request, GatewayKeys keys) {
    String reference = "sub_" + request.subscriptionId().toString().replace("-", "");
    JsonObject body =
        JsonCodec.JSON
            .createObjectBuilder()
            .add("email", request.customerEmail())
            .add("amount", request.amountInMinorUnits())
            .add("currency", request.currency())
            .add("reference", reference)
            .add("callback_url", request.successUrl())
            .add(
                "metadata",
                JsonCodec.JSON
                    .createObjectBuilder()
                    .add("subscription_id", request.subscriptionId().toString())
                    .add("business_id", request.businessId().toString())
                    .add("plan", request.planCode()))
            .build();
    JsonObject answer =
        GatewayHttp.post(
            NAME,
            keys.apiBase() + "/transaction/initialize",
            keys.secretKey(),
            Entity.json(body.toString()));
    JsonObject data = answer.getJsonObject("data");
    if (!answer.getBoolean("status", false)
        || data == null
        || !data.containsKey("authorization_url")) {
      throw new GatewayException(NAME, "the transaction was not initialised");
    }
    return new CheckoutSession(reference, data.getString("authorization_url"));
  }

  public Verified verify(String reference, GatewayKeys keys) {
    JsonObject answer =
        GatewayHttp.get(
            NAME,
            keys.apiBase()
                + "/transaction/verify/"
                + URLEncoder.encode(reference, StandardCharsets.UTF_8),
            keys.secretKey());
    JsonObject data = answer.getJsonObject("data");
    if (!answer.getBoolean("status", false) || data == null) {
      return new Verified(false, 0, null, null);
    }
    return new Verified(
        "success".equals(data.getString("status", "")),
        data.getJsonNumber("amount") == null ? 0 : data.getJsonNumber("amount").longValue(),
        data.getString("currency", null),
        data.get("id") == null ? reference : data.get("id").toString());
  }
}
