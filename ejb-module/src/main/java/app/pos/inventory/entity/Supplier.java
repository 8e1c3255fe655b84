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
}
