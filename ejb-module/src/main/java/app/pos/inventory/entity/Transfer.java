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
 * Stock asked to move from a warehouse to a storefront, through the states of {@link
 * TransferStatus}.
 */
@Entity
@Table(name = "inv_transfer")
public class Transfer extends TenantOwned {

  @Column(name = "from_warehouse_id", nullable = false, updatable = false)
  private UUID fromWarehouseId;

  @Column(name = "to_storefront_id", nullable = false, updatable = false)
  private UUID toStorefrontId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TransferStatus status;

  private String notes;

  @Column(name = "requested_by", updatable = false)
  private UUID requestedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "dispatched_at")
  private Instant dispatchedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  /** TRF-YYYYMMDD-XXXXXX, unique in the business: what people quote on the phone and on paper. */
  @Column(nullable = false, updatable = false)
  private String reference;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "inv_transfer_item", joinColumns = @JoinColumn(name = "transfer_id"))
  @OrderBy("lineNumber")
  private List<TransferItem> items = new ArrayList<>();

  protected Transfer() {}

  public Transfer(
      String reference, UUID fromWarehouseId, UUID toStorefrontId, String notes, UUID requestedBy) {
    this.reference = reference;
    this.fromWarehouseId = fromWarehouseId;
    this.toStorefrontId = toStorefrontId;
    this.notes = notes;
    this.requestedBy = requestedBy;
    this.status = TransferStatus.PENDING;
  }

  public void add(UUID business, UUID productId, BigDecimal quantity) {
    items.add(new TransferItem(items.size() + 1, business, productId, quantity));
  }

  public void approve() {
    require("approve", TransferStatus.PENDING);
    status = TransferStatus.APPROVED;
  }

  public void reject() {
    require("reject", TransferStatus.PENDING, TransferStatus.APPROVED);
    status = TransferStatus.REJECTED;
  }

  /** The stock has left the warehouse. */
  public void dispatch() {
    require("dispatch", TransferStatus.PENDING, TransferStatus.APPROVED);
    status = TransferStatus.IN_TRANSIT;
    dispatchedAt = Instant.now();
  }

  /** The storefront has received it. */
  public void receive() {
    require("be received", TransferStatus.IN_TRANSIT);
    status = TransferStatus.COMPLETED;
    completedAt = Instant.now();
  }

  /**
   * Called off before it arrives: from PENDING or APPROVED (nothing moved yet) or IN_TRANSIT (the
   * caller puts what it carries back to the warehouse's lots).
   */
  public void cancel() {
    require("cancel", TransferStatus.PENDING, TransferStatus.APPROVED, TransferStatus.IN_TRANSIT);
    status = TransferStatus.CANCELLED;
    cancelledAt = Instant.now();
  }

  /** Whether this person asked for it (they may not also approve it). */
  public boolean requestedBy(UUID user) {
    return requestedBy != null && requestedBy.equals(user);
  }

  private void require(String action, TransferStatus... allowed) {
    if (!List.of(allowed).contains(status)) {
      throw new StateConflictException(
          "transfer-state",
          "Transfer in another state",
          "A " + status + " transfer cannot " + action);
    }
  }

  public UUID getFromWarehouseId() {
    return fromWarehouseId;
  }

  public UUID getToStorefrontId() {
    return toStorefrontId;
  }

  public TransferStatus getStatus() {
    return status;
  }

  public String getNotes() {
    return notes;
  }

  public UUID getRequestedBy() {
    return requestedBy;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Instant getDispatchedAt() {
    return dispatchedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public String getReference() {
    return reference;
  }

  public List<TransferItem> getItems() {
    return List.copyOf(items);
  }
}
