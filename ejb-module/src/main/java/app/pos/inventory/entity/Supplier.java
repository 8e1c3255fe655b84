package app.pos.inventory.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Who the business buys stock from. */
@Entity
@Table(name = "inv_supplier")
public class Supplier extends TenantOwned {

  @Column(nullable = false)
  private String name;

  private String email;

  private String phone;

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  protected Supplier() {}

  public Supplier(String name, String email, String phone) {
    this.name = name;
    this.email = email;
    this.phone = phone;
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

  /** A null leaves a field as it is; a blank e-mail or phone clears it. */
  public void change(String name, String email, String phone) {
    if (name != null) {
      this.name = name;
    }
    if (email != null) {
      this.email = email.isBlank() ? null : email.trim();
    }
    if (phone != null) {
      this.phone = phone.isBlank() ? null : phone.trim();
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
