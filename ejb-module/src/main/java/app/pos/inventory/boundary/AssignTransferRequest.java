package app.pos.inventory.boundary;

import java.util.UUID;

/**
 * Which warehouse sends a request: {@code warehouse_id} creates its transfer (APPROVED, checked
 * against the warehouse's available stock), or {@code transfer_id} links a PENDING or APPROVED
 * transfer to the same storefront already asked for. Exactly one of the two.
 */
public class AssignTransferRequest {
  public UUID warehouseId;

  public UUID transferId;
}
