package app.pos.inventory.boundary;

import app.pos.inventory.entity.EvidenceType;
import java.time.Instant;
import java.util.UUID;

/** A photo or document on an adjustment; its bytes are at {@code content_url}. */
public record AttachmentView(
    UUID id,
    UUID adjustmentId,
    String fileName,
    EvidenceType type,
    String contentType,
    int sizeBytes,
    String sha256,
    UUID uploadedBy,
    Instant createdAt) {}
