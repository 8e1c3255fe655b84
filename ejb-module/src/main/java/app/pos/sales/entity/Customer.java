package app.pos.sales.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Someone the business sells to, possibly on credit. */
@Entity
@Table(name = "sal_customer")
public class Customer extends TenantOwned {

  @Column(nullable = false)
  private String name;

  private String email;

  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "customer_type", nullable = false)
  private CustomerType customerType;

  @Column(name = "credit_limit", nullable = false)
  private BigDecimal creditLimit;

  @Column(name = "credit_terms_days", nullable = false)
  private int creditTermsDays;

  @Column(name = "credit_blocked", nullable = false)
  private boolean creditBlocked;

  @Column(name = "outstanding_balance", nullable = false, insertable = false, updatable = false)
  private BigDecimal outstandingBalance;

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  protected Customer() {}

  public Customer(
      String name,
      String email,
      String phone,
      CustomerType customerType,
      BigDecimal creditLimit,
      int creditTermsDays) {
    this.name = name;
    this.email = email;
    this.phone = phone;
    this.customerType = customerType;
    this.creditLimit = creditLimit;
    this.creditTermsDays = creditTermsDays;
    this.outstandingBalance = BigDecimal.ZERO;
  }

  /** Applies the changes a caller sent; absent values stay. */
  public void change(
      String name,
      String email,
      String phone,
      CustomerType customerType,
      BigDecimal creditLimit,
      Integer creditTermsDays,
      Boolean creditBlocked) {
    if (name != null) {
      this.name = name;
    }
    if (email != null) {
      this.email = email.isBlank() ? null : email;
    }
    if (phone != null) {
      this.phone = phone.isBlank() ? null : phone;
    }
    if (customerType != null) {
      this.customerType = customerType;
    }
    if (creditLimit != null) {
      this.creditLimit = creditLimit;
    }
    if (creditTermsDays != null) {
      this.creditTermsDays = creditTermsDays;
    }
    if (creditBlocked != null) {
      this.creditBlocked = creditBlocked;
    }
  }

  /** What the customer may still buy on credit: never below zero. */
  public BigDecimal availableCredit() {
    if (creditBlocked) {
      return BigDecimal.ZERO;
    }
    return creditLimit.subtract(outstandingBalance).max(BigDecimal.ZERO);
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public CustomerType getCustomerType() {
    return customerType;
  }

  public BigDecimal getCreditLimit() {
    return creditLimit;
  }

  public int getCreditTermsDays() {
    return creditTermsDays;
  }

  public boolean isCreditBlocked() {
    return creditBlocked;
  }

  public BigDecimal getOutstandingBalance() {
    return outstandingBalance == null ? BigDecimal.ZERO : outstandingBalance;
  }

  public boolean isActive() {
    return active;
  }

  /** Retired: out of the default list; their sales, charges and payments stay. */
  public void setActive(boolean active) {
    this.active = active;
  }
}
