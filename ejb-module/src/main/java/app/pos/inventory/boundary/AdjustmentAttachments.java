package app.pos.inventory.boundary;

import app.pos.inventory.control.Evidence;
import app.pos.inventory.control.EvidenceRefusedException;
import app.pos.inventory.control.WarehouseAccess;
import app.pos.inventory.entity.AdjustmentAttachment;
import app.pos.inventory.entity.EvidenceType;
import app.pos.inventory.entity.StockAdjustment;
import app.pos.platform.control.Audited;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.SqlValues;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Evidence on adjustments: photos (JPEG, PNG) and documents (PDF) of at most 5 MiB, stored in the
 * database. A file is taken for what its first bytes say it is, and only when that is also the type
 * the client declared; anything else is refused (415) and nothing is stored. Evidence is added
 * while the adjustment waits for its decision, at most {@link Evidence#MAX_PER_ADJUSTMENT} files.
 */
@Stateless
public class AdjustmentAttachments {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject WarehouseAccess warehouses;

  /** An attachment's bytes with what it is and the name it is served under. */
  public record Content(EvidenceType type, String fileName, byte[] bytes) {}

  @Audited(value = "adjustment.attachment_added", entity = "AdjustmentAttachment")
  public AttachmentView attach(
      UUID adjustmentId, String declaredType, String fileName, byte[] content) {
    // 404 before anything about the file; locked, so a decision or another upload waits for this
    StockAdjustment adjustment = store.lock(StockAdjustment.class, adjustmentId);
    warehouses.requireMayActFor(adjustment.getLocationId());
    adjustment.requirePending(); // the evidence a decision was taken on stays as it was
    if (count(adjustmentId) >= Evidence.MAX_PER_ADJUSTMENT) {
      throw new StateConflictException(
          "too-many-attachments",
          "Too many attachments",
          "An adjustment holds at most " + Evidence.MAX_PER_ADJUSTMENT + " files");
    }
    if (content.length > Evidence.MAX_BYTES) {
      throw EvidenceRefusedException.tooLarge(content.length);
    }
    if (content.length == 0) {
      throw EvidenceRefusedException.unsupported("The file is empty");
    }
    EvidenceType declared = EvidenceType.ofMediaType(declaredType);
    if (declared == null) {
      throw EvidenceRefusedException.unsupported(
          "Attachments are image/jpeg, image/png or application/pdf, sent as the body with that"
              + " Content-Type");
    }
    EvidenceType actual =
        Evidence.detect(content)
            .orElseThrow(
                () ->
                    EvidenceRefusedException.unsupported(
                        "The file is not a " + declared + ": its content does not begin as one"));
    if (actual != declared) {
      throw EvidenceRefusedException.unsupported(
          "The file is a " + actual + " sent as " + declared.mediaType());
    }
    AdjustmentAttachment attachment =
        store.persist(
            new AdjustmentAttachment(
                adjustmentId,
                Evidence.fileName(fileName, actual, "evidence"),
                actual,
                content,
                sha256(content),
                tenant.userId().orElse(null)));
    return view(attachment);
  }

  private long count(UUID adjustmentId) {
    return ((Number)
            store
                .nativeQuery(
                    "SELECT count(*) FROM inv_adjustment_attachment"
                        + " WHERE business_id = ?1 AND adjustment_id = ?2")
                .setParameter(2, adjustmentId)
                .getSingleResult())
        .longValue();
  }

  /** The attachments of an adjustment, oldest first (their bytes are not read). */
  public List<AttachmentView> list(UUID adjustmentId) {
    store.find(StockAdjustment.class, adjustmentId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT id, file_name, content_type, size_bytes, sha256, uploaded_by, created_at"
                    + " FROM inv_adjustment_attachment WHERE business_id = ?1 AND adjustment_id = ?2"
                    + " ORDER BY created_at, id")
            .setParameter(2, adjustmentId)
            .getResultList();
    List<AttachmentView> views = new ArrayList<>();
    for (Object[] r : rows) {
      EvidenceType type = EvidenceType.ofMediaType((String) r[2]);
      views.add(
          new AttachmentView(
              (UUID) r[0],
              adjustmentId,
              (String) r[1],
              type,
              type.mediaType(),
              ((Number) r[3]).intValue(),
              ((String) r[4]).trim(),
              (UUID) r[5],
              SqlValues.instant(r[6])));
    }
    return views;
  }

  public Content content(UUID adjustmentId, UUID attachmentId) {
    AdjustmentAttachment attachment = store.find(AdjustmentAttachment.class, attachmentId);
    if (!attachment.getAdjustmentId().equals(adjustmentId)) {
      throw new ResourceNotFoundException("AdjustmentAttachment", attachmentId);
    }
    return new Content(attachment.getType(), attachment.getFileName(), attachment.getContent());
  }

  private static AttachmentView view(AdjustmentAttachment a) {
    return new AttachmentView(
        a.getId(),
        a.getAdjustmentId(),
        a.getFileName(),
        a.getType(),
        a.getType().mediaType(),
        a.getSizeBytes(),
        a.getSha256(),
        a.getUploadedBy(),
        a.getCreatedAt());
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
