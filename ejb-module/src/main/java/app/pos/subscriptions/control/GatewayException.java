package app.pos.subscriptions.control;

import app.pos.platform.control.DomainException;

/** The payment gateway could not be reached or refused the request: 502, nothing kept. */
public class GatewayException extends DomainException {

  public GatewayException(String gateway, String detail) {
    super("payment-gateway-error", 502, "Payment gateway error", gateway + ": " + detail);
  }
}
