package app.pos.subscriptions.control;

/** A checkout opened at a gateway: its reference (for matching events) and where to pay. */
public record CheckoutSession(String reference, String url) {}
