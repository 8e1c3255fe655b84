package app.pos.inventory.control;

import app.pos.platform.control.StateConflictException;

/** Less is available than asked for: 409, nothing moves. */
public class InsufficientStockException extends StateConflictException {

  public InsufficientStockException(String what) {
    super("insufficient-stock", "Insufficient stock", what);
  }
}
