package app.pos.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change to the business, written in the transaction of the change; never edited. */
@Entity
@Table(name = "aud_audit_log")
public class AuditLog {

  @Id private UUID id;

  @Column(name = "business_id", updatable = false)
  private UUID businessId;

  @Column(name = "user_id", updatable = false)
  private UUID userId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "entity_type", updatable = false)
  private String entityType;

  @Column(name = "entity_id", updatable = false)
  private String entityId;

  @Column(nullable = false, updatable = false)
  private String changes;

  @Column(name = "ip_address", updatable = false)
  private String ipAddress;

  @Column(name = "user_agent", updatable = false)
  private String userAgent;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected AuditLog() {}

  public AuditLog(
      UUID businessId,
      UUID userId,
      String action,
      String entityType,
      String entityId,
      String changes,
      String ipAddress,
      String userAgent) {
    this.id = UUID.randomUUID();
    this.businessId = businessId;
    this.userId = userId;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.changes = changes;
    this.ipAddress = ipAddress;
    this.userAgent = userAgent;
    this.createdAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  public UUID getId() {
    return id;
  }

  public UUID getBusinessId() {
    return businessId;
  }

  public UUID getUserId() {
    return userId;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getChanges() {
    return changes;
  }

  public String getIpAddress() {
    return ipAddress;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
