package app.pos.subscriptions.rest;

import app.pos.platform.control.BusinessMetrics;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.rest.PublicEndpoint;
import app.pos.subscriptions.boundary.PaymentWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Gateway events, signed by the gateway (no token). The body is read as raw bytes: the signature is
 * over exactly those bytes.
 */
@ApplicationScoped
@Path("subscriptions/api/webhooks")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@PublicEndpoint
@Tag(name = "Subscriptions")
public class WebhooksResource {

  static final String STRIPE_SIGNATURE = "Stripe-Signature";
  static final String PAYSTACK_SIGNATURE = "x-paystack-signature";

  @Inject PaymentWebhooks webhooks;
  @Inject BusinessMetrics metrics;

  @POST
  @Path("payment")
  @Operation(
      operationId = "receivePaymentWebhook",
      summary =
          "A gateway event, told apart by its signature header (Stripe-Signature or"
              + " x-paystack-signature); 400 without a valid signature, 200 once stored (replays too)")
  public PaymentWebhooks.Receipt payment(
      byte[] body,
      @HeaderParam(STRIPE_SIGNATURE) String stripe,
      @HeaderParam(PAYSTACK_SIGNATURE) String paystack) {
    if (stripe != null) {
      return counted(webhooks.stripe(body, stripe));
    }
    if (paystack != null) {
      return counted(webhooks.paystack(body, paystack));
    }
    throw new InvalidInputException(
        "signature", "a gateway event needs a Stripe-Signature or x-paystack-signature header");
  }

  @POST
  @Path("stripe")
  @Operation(
      operationId = "receiveStripeWebhook",
      summary = "A Stripe event; 400 unless Stripe-Signature verifies over the raw body")
  public PaymentWebhooks.Receipt stripe(
      byte[] body, @HeaderParam(STRIPE_SIGNATURE) String signature) {
    return counted(webhooks.stripe(body, signature));
  }

  @POST
  @Path("paystack")
  @Operation(
      operationId = "receivePaystackWebhook",
      summary = "A Paystack event; 400 unless x-paystack-signature verifies (HMAC-SHA512)")
  public PaymentWebhooks.Receipt paystack(
      byte[] body, @HeaderParam(PAYSTACK_SIGNATURE) String signature) {
    return counted(webhooks.paystack(body, signature));
  }

  private PaymentWebhooks.Receipt counted(PaymentWebhooks.Receipt receipt) {
    metrics.webhookEvent(receipt.gateway(), receipt.replay());
    return receipt;
  }
}
