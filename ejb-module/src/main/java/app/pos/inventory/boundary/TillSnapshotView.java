package app.pos.inventory.boundary;

import app.pos.platform.control.UnitPriceJsonSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A page of a storefront's catalogue for a till. Send {@code as_of} back as {@code updated_since}
 * for the next delta and {@code next_cursor} as {@code cursor} for the next page (null on the
 * last).
 */
public record TillSnapshotView(
    UUID storefrontId, Instant asOf, List<TillProduct> products, String nextCursor) {

  /**
   * A product as a till sells it: prices of the next unit (null when no lot was ever received),
   * units available at the storefront, tax rate (null: the business's default).
   */
  public record TillProduct(
      UUID id,
      String sku,
      String name,
      String barcode,
      String unit,
      BigDecimal taxRate,
      boolean isActive,
      Instant updatedAt,
      BigDecimal available,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal retailPrice,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal wholesalePrice) {}
}
