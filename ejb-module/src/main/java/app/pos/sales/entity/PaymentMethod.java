package app.pos.sales.entity;

/** The ways a customer pays (and is paid back). Stored by name. */
public enum PaymentMethod {
  CASH,
  CARD,
  MOBILE_MONEY,
  BANK_TRANSFER,
  CREDIT
}
