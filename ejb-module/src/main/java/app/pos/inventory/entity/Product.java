package app.pos.inventory.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** Something the business stocks and sells. Prices live on the lots, not here. */
@Entity
@Table(name = "inv_product")
public class Product extends TenantOwned {

  @Column(nullable = false)
  private String sku;

  @Column(nullable = false)
  private String name;

  private String barcode;

  @Column(nullable = false)
  private String unit;

  @Column(name = "category_id")
  private UUID categoryId;

  @Column(name = "reorder_level", nullable = false)
  private BigDecimal reorderLevel;

  @Column(name = "tax_rate")
  private BigDecimal taxRate;

  @Column(name = "is_active", nullable = false)
  private boolean active;

  protected Product() {}

  public Product(
      String sku,
      String name,
      String barcode,
      String unit,
      UUID categoryId,
      BigDecimal reorderLevel,
      BigDecimal taxRate) {
    this.sku = sku;
    this.name = name;
    this.barcode = barcode;
    this.unit = unit;
    this.categoryId = categoryId;
    this.reorderLevel = reorderLevel;
    this.taxRate = taxRate;
    this.active = true;
  }

  public String getSku() {
    return sku;
  }

  public String getName() {
    return name;
  }

  public String getBarcode() {
    return barcode;
  }

  public String getUnit() {
    return unit;
  }

  public UUID getCategoryId() {
    return categoryId;
  }

  public BigDecimal getReorderLevel() {
    return reorderLevel;
  }

  public BigDecimal getTaxRate() {
    return taxRate;
  }

  public boolean isActive() {
    return active;
  }

  /** A null leaves a field as it is. */
  /** The product belongs to no category any more. */
  public void uncategorize() {
    this.categoryId = null;
  }

  public void change(
      String sku,
      String name,
      String barcode,
      String unit,
      UUID categoryId,
      BigDecimal reorderLevel,
      BigDecimal taxRate) {
    if (sku != null) {
      this.sku = sku;
    }
    if (name != null) {
      this.name = name;
    }
    if (barcode != null) {
      this.barcode = barcode.isBlank() ? null : barcode;
    }
    if (unit != null) {
      this.unit = unit;
    }
    if (categoryId != null) {
      this.categoryId = categoryId;
    }
    if (reorderLevel != null) {
      this.reorderLevel = reorderLevel;
    }
    if (taxRate != null) {
      this.taxRate = taxRate;
    }
  }

  /** Retired: not received or sold any more; its lots, sales and history stay. */
  public void setActive(boolean active) {
    this.active = active;
  }
}
