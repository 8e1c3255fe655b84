package app.pos.inventory.entity;

/**
 * Where a storefront's request for stock stands: NEW, ASSIGNED (a warehouse and its transfer),
 * FULFILLED (that transfer completed) or CANCELLED. Stored by name.
 */
public enum TransferRequestStatus {
  NEW,
  ASSIGNED,
  FULFILLED,
  CANCELLED
}
