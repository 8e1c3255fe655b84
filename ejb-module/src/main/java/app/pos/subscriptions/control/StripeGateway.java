package app.pos.subscriptions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;

/**
 * Stripe Checkout: a Checkout Session in subscription mode (POST /v1/checkout/sessions, form
 * encoded, the secret key as bearer). The session carries our subscription id as {@code
 * client_reference_id} and in metadata, so its events find their way back.
 */
@ApplicationScoped
public class StripeGateway {

  public static final String NAME = "STRIPE";

  public CheckoutSession openCheckout(CheckoutRequest request, GatewayKeys keys) {
    Form form =
        new Form()
            .param("mode", "subscription")
            .param("success_url", request.successUrl())
            .param("cancel_url", request.cancelUrl())
            .param("client_reference_id", request.subscriptionId().toString())
            .param("metadata[subscription_id]", request.subscriptionId().toString())
            .param("metadata[business_id]", request.businessId().toString())
            .param(
                "subscription_data[metadata][subscription_id]", request.subscriptionId().toString())
            .param("line_items[0][quantity]", "1")
            .param("line_items[0][price_data][currency]", request.currency().toLowerCase())
            .param(
                "line_items[0][price_data][unit_amount]",
                String.valueOf(request.amountInMinorUnits()))
            .param("line_items[0][price_data][product_data][name]", request.planName())
            .param(
                "line_items[0][price_data][recurring][interval]",
                request.interval().stripeInterval())
            .param(
                "line_items[0][price_data][recurring][interval_count]",
                String.valueOf(request.interval().stripeIntervalCount()));
    if (request.customerEmail() != null) {
      form.param("customer_email", request.customerEmail());
    }
    JsonObject session =
        GatewayHttp.post(
            NAME, keys.apiBase() + "/v1/checkout/sessions", keys.secretKey(), Entity.form(form));
    if (!session.containsKey("id") || !session.containsKey("url")) {
      throw new GatewayException(NAME, "the checkout session has no id or url");
    }
    return new CheckoutSession(session.getString("id"), session.getString("url"));
  }
}
