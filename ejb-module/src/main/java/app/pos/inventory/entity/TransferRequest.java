package app.pos.inventory.entity;

import app.pos.platform.control.StateConflictException;
import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A storefront asking for stock: NEW until a MANAGER/ADMIN assigns a warehouse (and its transfer),
 * FULFILLED when that transfer completes, or CANCELLED. A transfer that is cancelled or rejected
 * puts its request back to NEW, to be assigned again.
 */
@Entity
@Table(name = "inv_transfer_request")
public class TransferRequest extends TenantOwned {

  @Column(name = "storefront_id", nullable = false, updatable = false)
  private UUID storefrontId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TransferRequestStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TransferPriority priority;

  private String notes;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private UUID requestedBy;

  @Column(name = "warehouse_id")
  private UUID warehouseId;

  @Column(name = "transfer_id")
  private UUID transferId;

  @Column(name = "assigned_by")
  private UUID assignedBy;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  @Column(name = "fulfilled_at")
  private Instant fulfilledAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "inv_transfer_request_item",
      joinColumns = @JoinColumn(name = "request_id"))
  @OrderBy("lineNumber")
  private List<TransferItem> items = new ArrayList<>();

  protected TransferRequest() {}

  public TransferRequest(
      UUID storefrontId, TransferPriority priority, String notes, UUID requestedBy) {
    this.storefrontId = storefrontId;
    this.priority = priority;
    this.notes = notes;
    this.requestedBy = requestedBy;
    this.status = TransferRequestStatus.NEW;
  }

  public void add(UUID business, UUID productId, BigDecimal quantity) {
    items.add(new TransferItem(items.size() + 1, business, productId, quantity));
  }

  /** A warehouse will send it, with that transfer. */
  public void assign(UUID warehouse, UUID transfer, UUID by) {
    require("be assigned", TransferRequestStatus.NEW);
    status = TransferRequestStatus.ASSIGNED;
    warehouseId = warehouse;
    transferId = transfer;
    assignedBy = by;
    assignedAt = Instant.now();
  }

  /** Its transfer completed. */
  public void fulfil() {
    require("be fulfilled", TransferRequestStatus.ASSIGNED);
    status = TransferRequestStatus.FULFILLED;
    fulfilledAt = Instant.now();
  }

  /** Its transfer was cancelled or rejected: waiting for a warehouse again. */
  public void unassign() {
    require("be unassigned", TransferRequestStatus.ASSIGNED);
    status = TransferRequestStatus.NEW;
    warehouseId = null;
    transferId = null;
    assignedBy = null;
    assignedAt = null;
  }

  public void cancel() {
    require("be cancelled", TransferRequestStatus.NEW, TransferRequestStatus.ASSIGNED);
    status = TransferRequestStatus.CANCELLED;
    cancelledAt = Instant.now();
  }

  private void require(String action, TransferRequestStatus... allowed) {
    if (!List.of(allowed).contains(status)) {
      throw new StateConflictException(
          "transfer-request-state",
          "Transfer request in another state",
          "A " + status + " transfer request cannot " + action);
    }
  }

  public UUID getStorefrontId() {
    return storefrontId;
  }

  public TransferRequestStatus getStatus() {
    return status;
  }

  public TransferPriority getPriority() {
    return priority;
  }

  public String getNotes() {
    return notes;
  }

  public UUID getRequestedBy() {
    return requestedBy;
  }

  public UUID getWarehouseId() {
    return warehouseId;
  }

  public UUID getTransferId() {
    return transferId;
  }

  public UUID getAssignedBy() {
    return assignedBy;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public Instant getFulfilledAt() {
    return fulfilledAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public List<TransferItem> getItems() {
    return List.copyOf(items);
  }
}
