package app.pos.subscriptions.control;

import app.pos.subscriptions.entity.BillingInterval;
import java.math.BigDecimal;
import java.util.UUID;

/** What a gateway needs to open a checkout for one subscription. */
public record CheckoutRequest(
    UUID subscriptionId,
    UUID businessId,
    String planCode,
    String planName,
    BigDecimal price,
    String currency,
    BillingInterval interval,
    String customerEmail,
    String successUrl,
    String cancelUrl) {

  /** The price in the currency's minor unit (cents, kobo), as both gateways want it. */
  public long amountInMinorUnits() {
    return price.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
  }
}
