package app.pos.audit.boundary;

import app.pos.audit.entity.AuditLog;
import app.pos.platform.control.JsonCodec;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/** An audit row as the API shows it; {@code changes} is the JSON object that was recorded. */
public record AuditLogView(
    UUID id,
    UUID userId,
    String action,
    String entityType,
    String entityId,
    JsonObject changes,
    String ipAddress,
    Instant createdAt) {

  public static AuditLogView of(AuditLog log) {
    try (JsonReader reader = JsonCodec.JSON.createReader(new StringReader(log.getChanges()))) {
      return new AuditLogView(
          log.getId(),
          log.getUserId(),
          log.getAction(),
          log.getEntityType(),
          log.getEntityId(),
          reader.readObject(),
          log.getIpAddress(),
          log.getCreatedAt());
    }
  }
}
