package app.pos.sales.entity;

/**
 * What a sale made offline could not honour: OVERSOLD (units the shelf did not have),
 * PRICE_MISMATCH (the till charged another price or tax rate than the server's),
 * CREDIT_LIMIT_EXCEEDED, CUSTOMER_BLOCKED, CREDIT_OVERDUE, CUSTOMER_INACTIVE (the customer's
 * account was charged all the same; the kind is the customer's credit standing). Stored by name.
 */
public enum SaleExceptionKind {
  OVERSOLD,
  PRICE_MISMATCH,
  CREDIT_LIMIT_EXCEEDED,
  CUSTOMER_BLOCKED,
  CREDIT_OVERDUE,
  CUSTOMER_INACTIVE
}
