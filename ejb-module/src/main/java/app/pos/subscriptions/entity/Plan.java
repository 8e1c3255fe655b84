package app.pos.subscriptions.entity;

import app.pos.subscriptions.control.SubscriptionChanges;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What the platform sells: a price per interval and the limits that come with it (null: none). */
@Entity
@EntityListeners(SubscriptionChanges.class)
@Table(name = "sub_plan")
public class Plan {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  private String description;

  @Column(nullable = false)
  private BigDecimal price;

  @Column(nullable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "billing_interval", nullable = false)
  private BillingInterval billingInterval;

  @Column(name = "trial_days", nullable = false)
  private int trialDays;

  @Column(name = "max_users")
  private Integer maxUsers;

  @Column(name = "max_storefronts")
  private Integer maxStorefronts;

  @Column(name = "max_warehouses")
  private Integer maxWarehouses;

  @Column(name = "max_products")
  private Integer maxProducts;

  @Column(name = "max_monthly_sales")
  private Integer maxMonthlySales;

  @Column(nullable = false)
  private String features;

  @Column(name = "is_default", nullable = false)
  private boolean defaultPlan;

  @Column(name = "is_active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Plan() {}

  public Plan(String code, boolean defaultPlan) {
    this.id = UUID.randomUUID();
    this.code = code;
    this.defaultPlan = defaultPlan;
    this.active = true;
    this.features = "";
  }

  /** Sets the terms of the plan; limits left null are unlimited. */
  public Plan terms(
      String name,
      String description,
      BigDecimal price,
      String currency,
      BillingInterval billingInterval,
      int trialDays,
      String features) {
    this.name = name;
    this.description = description;
    this.price = price;
    this.currency = currency;
    this.billingInterval = billingInterval;
    this.trialDays = trialDays;
    this.features = features == null ? "" : features;
    return this;
  }

  public Plan limits(
      Integer users, Integer storefronts, Integer warehouses, Integer products, Integer sales) {
    this.maxUsers = users;
    this.maxStorefronts = storefronts;
    this.maxWarehouses = warehouses;
    this.maxProducts = products;
    this.maxMonthlySales = sales;
    return this;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  /** The limit for a metric (users, storefronts, warehouses, products, monthly_sales). */
  public Integer limitOf(String metric) {
    return switch (metric) {
      case "users" -> maxUsers;
      case "storefronts" -> maxStorefronts;
      case "warehouses" -> maxWarehouses;
      case "products" -> maxProducts;
      case "monthly_sales" -> maxMonthlySales;
      default -> throw new IllegalArgumentException("no such limit: " + metric);
    };
  }

  @PrePersist
  void stampCreation() {
    createdAt = Instant.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public String getCurrency() {
    return currency;
  }

  public BillingInterval getBillingInterval() {
    return billingInterval;
  }

  public int getTrialDays() {
    return trialDays;
  }

  public Integer getMaxUsers() {
    return maxUsers;
  }

  public Integer getMaxStorefronts() {
    return maxStorefronts;
  }

  public Integer getMaxWarehouses() {
    return maxWarehouses;
  }

  public Integer getMaxProducts() {
    return maxProducts;
  }

  public Integer getMaxMonthlySales() {
    return maxMonthlySales;
  }

  public String getFeatures() {
    return features;
  }

  public boolean isDefaultPlan() {
    return defaultPlan;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
