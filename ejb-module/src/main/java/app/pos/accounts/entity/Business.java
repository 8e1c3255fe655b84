package app.pos.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A business using the platform: the tenant every other object belongs to. */
@Entity
@Table(name = "acc_business")
public class Business {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String currency;

  @Column(name = "default_tax_rate", nullable = false)
  private BigDecimal defaultTaxRate;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  /** The largest discount, in percent of a line, a cashier may give without a manager. */
  @Column(name = "max_cashier_discount_percent", nullable = false)
  private BigDecimal maxCashierDiscountPercent;

  @Column(name = "receipt_header")
  private String receiptHeader;

  @Column(name = "receipt_footer")
  private String receiptFooter;

  @Column(name = "is_active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Business() {}

  public Business(String name, String currency) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.currency = currency;
    this.defaultTaxRate = BigDecimal.ZERO;
    this.timeZone = "UTC";
    this.maxCashierDiscountPercent = BigDecimal.TEN;
    this.active = true;
  }

  @PrePersist
  void stampCreation() {
    createdAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  public void changeSettings(
      String name,
      String currency,
      BigDecimal defaultTaxRate,
      String timeZone,
      String receiptHeader,
      String receiptFooter) {
    changeSettings(name, currency, defaultTaxRate, timeZone, receiptHeader, receiptFooter, null);
  }

  public void changeSettings(
      String name,
      String currency,
      BigDecimal defaultTaxRate,
      String timeZone,
      String receiptHeader,
      String receiptFooter,
      BigDecimal maxCashierDiscountPercent) {
    if (maxCashierDiscountPercent != null) {
      this.maxCashierDiscountPercent = maxCashierDiscountPercent;
    }
    if (name != null) {
      this.name = name;
    }
    if (currency != null) {
      this.currency = currency;
    }
    if (defaultTaxRate != null) {
      this.defaultTaxRate = defaultTaxRate;
    }
    if (timeZone != null) {
      this.timeZone = timeZone;
    }
    if (receiptHeader != null) {
      this.receiptHeader = receiptHeader;
    }
    if (receiptFooter != null) {
      this.receiptFooter = receiptFooter;
    }
  }

  public BigDecimal getMaxCashierDiscountPercent() {
    return maxCashierDiscountPercent;
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getDefaultTaxRate() {
    return defaultTaxRate;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public String getReceiptHeader() {
    return receiptHeader;
  }

  public String getReceiptFooter() {
    return receiptFooter;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
