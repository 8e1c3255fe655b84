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
}
