package app.pos.inventory.entity;

/**
 * Why stock changed outside sales and transfers. Each type has one direction: it takes stock away
 * ({@link Direction#OUT}), adds it ({@link Direction#IN}), or, for a count's variance and the
 * catch-all, goes the way its signed quantity says ({@link Direction#EITHER}). Where its value goes
 * in the ledger is {@code AdjustmentPostingRules}' business.
 */
public enum AdjustmentType {
  /** Stolen (shoplifting, burglary, staff theft). */
  THEFT(Direction.OUT),
  /** Gone, cause unknown. */
  LOSS(Direction.OUT),
  /** Broken or damaged beyond sale. */
  DAMAGE(Direction.OUT),
  /** Past its expiry date. */
  EXPIRED(Direction.OUT),
  /** Perished before its date (cold chain, pests). */
  SPOILAGE(Direction.OUT),
  /** Written off for any other reason a manager accepts (obsolete, unsellable). */
  WRITE_OFF(Direction.OUT),
  /** Lost or broken on the way between two locations. */
  TRANSFER_LOSS(Direction.OUT),
  /** A recording error corrected downwards. */
  CORRECTION_DOWN(Direction.OUT),
  /** Given away as a tasting or promotional sample. */
  SAMPLE(Direction.OUT),
  /** Taken for the business's own use (cleaning stock, staff meals). */
  INTERNAL_USE(Direction.OUT),
  /** Sent back to the supplier, who owes it back (credit note). */
  RETURN_TO_SUPPLIER(Direction.OUT),
  /** Found with no known origin (a gain). */
  FOUND(Direction.IN),
  /** Brought back by a customer outside a till refund, put back on the shelf at cost. */
  CUSTOMER_RETURN(Direction.IN),
  /** A recording error corrected upwards. */
  CORRECTION_UP(Direction.IN),
  /** The difference a stock count found, up or down. */
  COUNT_VARIANCE(Direction.EITHER),
  /** Anything else, up or down; the reason says what. */
  OTHER(Direction.EITHER);

  /** Which way a type moves stock. */
  public enum Direction {
    IN,
    OUT,
    EITHER
  }

  private final Direction direction;

  AdjustmentType(Direction direction) {
    this.direction = direction;
  }

  public Direction direction() {
    return direction;
  }

  /**
   * The signed quantity of a request: a type with a direction takes a positive quantity and gives
   * it its sign; an EITHER type keeps the sign it was given. Null when the quantity does not fit
   * the type (negative for a type with a direction, or zero).
   */
  public java.math.BigDecimal signed(java.math.BigDecimal quantity) {
    if (quantity.signum() == 0) {
      return null;
    }
    return switch (direction) {
      case EITHER -> quantity;
      case IN -> quantity.signum() > 0 ? quantity : null;
      case OUT -> quantity.signum() > 0 ? quantity.negate() : null;
    };
  }
}
