package app.pos.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Passes UUIDs through unchanged. It exists because EclipseLink 4.0's built-in UUID conversion
 * fails on a NULL column (NullPointerException on read); a JPA converter takes its place. (Not
 * applied to ids, which are never null.)
 */
@Converter(autoApply = true)
public class NullableUuidConverter implements AttributeConverter<UUID, UUID> {

  @Override
  public UUID convertToDatabaseColumn(UUID attribute) {
    return attribute;
  }

  @Override
  public UUID convertToEntityAttribute(UUID column) {
    return column;
  }
}
