package app.pos.inventory.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.util.UUID;

/** A photo or document on an adjustment, kept in the database; never changed once stored. */
@Entity
@Table(name = "inv_adjustment_attachment")
public class AdjustmentAttachment extends TenantOwned {

  @Column(name = "adjustment_id", nullable = false, updatable = false)
  private UUID adjustmentId;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private int sizeBytes;

  @Column(nullable = false, updatable = false)
  private String sha256;

  // bytea; lists read the other columns only (see AdjustmentAttachments)
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_by", updatable = false)
  private UUID uploadedBy;

  protected AdjustmentAttachment() {}

  public AdjustmentAttachment(
      UUID adjustmentId,
      String fileName,
      EvidenceType type,
      byte[] content,
      String sha256,
      UUID uploadedBy) {
    this.adjustmentId = adjustmentId;
    this.fileName = fileName;
    this.contentType = type.mediaType();
    this.sizeBytes = content.length;
    this.content = content;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
  }

  public UUID getAdjustmentId() {
    return adjustmentId;
  }

  public String getFileName() {
    return fileName;
  }

  public EvidenceType getType() {
    return EvidenceType.ofMediaType(contentType);
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content;
  }

  public UUID getUploadedBy() {
    return uploadedBy;
  }
}
