package app.pos.inventory.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** Goods received at a warehouse from a supplier (the API's "batch"), posted to the ledger. */
@Entity
@Table(name = "inv_goods_receipt")
public class GoodsReceipt extends TenantOwned {

  @Column(name = "warehouse_id", nullable = false, updatable = false)
  private UUID warehouseId;

  @Column(nullable = false, updatable = false)
  private String supplier;

  @Column(updatable = false)
  private String reference;

  @Column(nullable = false, updatable = false)
  private boolean paid;

  @Column(name = "total_cost", nullable = false, updatable = false)
  private BigDecimal totalCost;

  @Column(name = "journal_entry_id", nullable = false, updatable = false)
  private UUID journalEntryId;

  @Column(name = "received_by", updatable = false)
  private UUID receivedBy;

  @Column(name = "supplier_id", updatable = false)
  private UUID supplierId;

  protected GoodsReceipt() {}

  public GoodsReceipt(
      UUID id,
      UUID warehouseId,
      String supplier,
      String reference,
      boolean paid,
      BigDecimal totalCost,
      UUID journalEntryId,
      UUID receivedBy) {
    super(id);
    this.warehouseId = warehouseId;
    this.supplier = supplier;
    this.reference = reference;
    this.paid = paid;
    this.totalCost = totalCost;
    this.journalEntryId = journalEntryId;
    this.receivedBy = receivedBy;
  }

  /** Names the supplier record the goods came from (when the receipt gave one). */
  public GoodsReceipt from(UUID supplier) {
    this.supplierId = supplier;
    return this;
  }

  public UUID getSupplierId() {
    return supplierId;
  }

  public UUID getWarehouseId() {
    return warehouseId;
  }

  public String getSupplier() {
    return supplier;
  }

  public String getReference() {
    return reference;
  }

  public boolean isPaid() {
    return paid;
  }

  public BigDecimal getTotalCost() {
    return totalCost;
  }

  public UUID getJournalEntryId() {
    return journalEntryId;
  }

  public UUID getReceivedBy() {
    return receivedBy;
  }
}
