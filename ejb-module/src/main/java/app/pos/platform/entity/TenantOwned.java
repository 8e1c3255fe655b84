package app.pos.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import java.util.UUID;

/**
 * Everything a business owns: a UUID id, the owning business (set once, from the request's tenant,
 * by {@code TenantStore}) and creation and update times.
 */
@MappedSuperclass
public abstract class TenantOwned {

  @Id private UUID id;

  @Column(name = "business_id", nullable = false, updatable = false)
  private UUID businessId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected TenantOwned() {
    this.id = UUID.randomUUID();
  }

  /** For objects whose id must be known before they are built (documents referenced by others). */
  protected TenantOwned(UUID id) {
    this.id = id;
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

  public UUID getId() {
    return id;
  }

  public UUID getBusinessId() {
    return businessId;
  }

  /** Only the tenant store assigns the owner, and only once. */
  public void assignTo(UUID business) {
    if (businessId != null && !businessId.equals(business)) {
      throw new IllegalStateException("An object never moves to another business");
    }
    businessId = business;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
