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
}
