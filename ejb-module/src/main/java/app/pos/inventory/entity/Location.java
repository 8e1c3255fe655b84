package app.pos.inventory.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** A warehouse or a storefront. */
@Entity
@Table(name = "inv_location")
public class Location extends TenantOwned {

  @Enumerated(EnumType.STRING)
  @Column(name = "location_type", nullable = false, updatable = false)
  private LocationType locationType;

  @Column(nullable = false)
  private String name;

  private String address;

  @Column(name = "warehouse_id")
  private UUID warehouseId;

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  protected Location() {}

  public Location(LocationType type, String name, String address, UUID warehouseId) {
    this.locationType = type;
    this.name = name;
    this.address = address;
    this.warehouseId = warehouseId;
  }

  public LocationType getLocationType() {
    return locationType;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public UUID getWarehouseId() {
    return warehouseId;
  }

  /** A null leaves a field as it is; a blank address clears it. */
  public void change(String name, String address, UUID warehouseId) {
    if (name != null) {
      this.name = name;
    }
    if (address != null) {
      this.address = address.isBlank() ? null : address.trim();
    }
    if (warehouseId != null) {
      this.warehouseId = warehouseId;
    }
  }

  public boolean isActive() {
    return active;
  }

  /** Retired: out of the default lists and of new documents; what names it keeps its meaning. */
  public void setActive(boolean active) {
    this.active = active;
  }
}
