package app.pos.inventory.entity;

/** How soon a storefront needs the stock it asked for. Stored by name. */
public enum TransferPriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
