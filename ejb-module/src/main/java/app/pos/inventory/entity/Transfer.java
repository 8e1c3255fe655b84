package app.pos.inventory.entity;

import app.pos.platform.control.StateConflictException;
import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Stock asked to move from a warehouse to a storefront: PENDING, then COMPLETED or CANCELLED. */
@Entity
@Table(name = "inv_transfer")
public class Transfer extends TenantOwned {

  public static final String PENDING = "PENDING";
  public static final String COMPLETED = "COMPLETED";
  public static final String CANCELLED = "CANCELLED";

  @Column(name = "from_warehouse_id", nullable = false, updatable = false)
  private UUID fromWarehouseId;

  @Column(name = "to_storefront_id", nullable = false, updatable = false)
  private UUID toStorefrontId;

  @Column(nullable = false)
  private String status;

  private String notes;

  @Column(name = "requested_by", updatable = false)
  private UUID requestedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "inv_transfer_item", joinColumns = @JoinColumn(name = "transfer_id"))
  @OrderBy("lineNumber")
  private List<TransferItem> items = new ArrayList<>();

  protected Transfer() {}

  public Transfer(UUID fromWarehouseId, UUID toStorefrontId, String notes, UUID requestedBy) {
    this.fromWarehouseId = fromWarehouseId;
    this.toStorefrontId = toStorefrontId;
    this.notes = notes;
    this.requestedBy = requestedBy;
    this.status = PENDING;
  }

  public void add(UUID business, UUID productId, BigDecimal quantity) {
    items.add(new TransferItem(items.size() + 1, business, productId, quantity));
  }

  public void complete() {
    requirePending("complete");
    status = COMPLETED;
    completedAt = Instant.now();
  }

  public void cancel() {
    requirePending("cancel");
    status = CANCELLED;
  }

  private void requirePending(String action) {
    if (!PENDING.equals(status)) {
      throw new StateConflictException(
          "transfer-not-pending",
          "Transfer not pending",
          "A " + status + " transfer cannot " + action);
    }
  }

  public UUID getFromWarehouseId() {
    return fromWarehouseId;
  }

  public UUID getToStorefrontId() {
    return toStorefrontId;
  }

  public String getStatus() {
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

  public List<TransferItem> getItems() {
    return List.copyOf(items);
  }
}
