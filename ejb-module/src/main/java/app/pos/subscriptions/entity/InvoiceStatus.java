package app.pos.subscriptions.entity;

/** An invoice is OPEN until the gateway reports it PAID. Stored by name. */
public enum InvoiceStatus {
  OPEN,
  PAID
}
