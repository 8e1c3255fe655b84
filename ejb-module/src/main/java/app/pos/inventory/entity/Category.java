package app.pos.inventory.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A group of products, optionally inside another. */
@Entity
@Table(name = "inv_category")
public class Category extends TenantOwned {

  @Column(nullable = false)
  private String name;

  @Column(name = "parent_id")
  private UUID parentId;

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  protected Category() {}

  public Category(String name, UUID parentId) {
    this.name = name;
    this.parentId = parentId;
  }

  public String getName() {
    return name;
  }

  public UUID getParentId() {
    return parentId;
  }

  public void rename(String name) {
    this.name = name;
  }

  public void moveUnder(UUID parentId) {
    this.parentId = parentId;
  }

  public boolean isActive() {
    return active;
  }

  /** Retired: out of the default lists and of new documents; what names it keeps its meaning. */
  public void setActive(boolean active) {
    this.active = active;
  }
}
