package app.pos.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

  @Enumerated(EnumType.STRING)
  @Column(name = "appearance_theme", nullable = false)
  private Theme theme;

  @Column(name = "appearance_accent_color")
  private String accentColor;

  @Column(name = "appearance_logo_url")
  private String logoUrl;

  @Column(name = "notify_low_stock_email", nullable = false)
  private boolean lowStockEmail;

  @Column(name = "notify_daily_summary_email", nullable = false)
  private boolean dailySummaryEmail;

  @Column(name = "notify_email")
  private String notificationEmail;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Business() {}

  public Business(String name, String currency) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.currency = currency;
    this.active = true;
    resetSettings();
  }

  /**
   * Every setting back to its default: tax 0, UTC, a cashier's discount up to 10 %, no receipt
   * texts, the system theme, low-stock mail on and the daily summary off. The name and the currency
   * (the ledger's) stay.
   */
  public void resetSettings() {
    this.defaultTaxRate = BigDecimal.ZERO;
    this.timeZone = "UTC";
    this.maxCashierDiscountPercent = BigDecimal.TEN;
    this.receiptHeader = null;
    this.receiptFooter = null;
    this.theme = Theme.SYSTEM;
    this.accentColor = null;
    this.logoUrl = null;
    this.lowStockEmail = true;
    this.dailySummaryEmail = false;
    this.notificationEmail = null;
  }

  /** The appearance group; null leaves a value as it is. */
  public void changeAppearance(Theme theme, String accentColor, String logoUrl) {
    if (theme != null) {
      this.theme = theme;
    }
    if (accentColor != null) {
      this.accentColor = accentColor.toLowerCase(java.util.Locale.ROOT);
    }
    if (logoUrl != null) {
      this.logoUrl = logoUrl;
    }
  }

  /** The notifications group; null leaves a value as it is. */
  public void changeNotifications(
      Boolean lowStockEmail, Boolean dailySummaryEmail, String notificationEmail) {
    if (lowStockEmail != null) {
      this.lowStockEmail = lowStockEmail;
    }
    if (dailySummaryEmail != null) {
      this.dailySummaryEmail = dailySummaryEmail;
    }
    if (notificationEmail != null) {
      this.notificationEmail = notificationEmail.trim().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Theme getTheme() {
    return theme;
  }

  public String getAccentColor() {
    return accentColor;
  }

  public String getLogoUrl() {
    return logoUrl;
  }

  public boolean isLowStockEmail() {
    return lowStockEmail;
  }

  public boolean isDailySummaryEmail() {
    return dailySummaryEmail;
  }

  public String getNotificationEmail() {
    return notificationEmail;
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
