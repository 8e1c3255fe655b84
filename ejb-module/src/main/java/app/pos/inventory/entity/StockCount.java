package app.pos.inventory.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A stock count as it was taken at a location: a record, never changed once stored. */
@Entity
@Table(name = "inv_stock_count")
public class StockCount extends TenantOwned {

  @Column(name = "location_id", nullable = false, updatable = false)
  private UUID locationId;

  @Column(updatable = false)
  private String reason;

  @Column(name = "counted_by", updatable = false)
  private UUID countedBy;

  protected StockCount() {}

  public StockCount(UUID locationId, String reason, UUID countedBy) {
    this.locationId = locationId;
    this.reason = reason;
    this.countedBy = countedBy;
  }

  public UUID getLocationId() {
    return locationId;
  }

  public String getReason() {
    return reason;
  }

  public UUID getCountedBy() {
    return countedBy;
  }
}
