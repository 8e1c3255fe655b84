package app.pos.inventory.entity;

/** What a stock alert warns of. Stored by name. */
public enum AlertType {
  LOW_STOCK,
  OUT_OF_STOCK,
  EXPIRY_WARNING
}
