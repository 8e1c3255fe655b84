package app.pos.sales.entity;

/** A payment is RECEIVED; VOIDED when its pending sale is cancelled (handed back). */
public enum PaymentStatus {
  RECEIVED,
  VOIDED
}
