package app.pos.sales.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.platform.control.UnitPriceJsonSerializer;
import app.pos.sales.entity.SaleException;
import app.pos.sales.entity.SaleExceptionKind;
import app.pos.sales.entity.SaleExceptionResolution;
import app.pos.sales.entity.SaleExceptionStatus;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An exception in a manager's queue. OVERSOLD: {@code quantity} units of {@code product_id} held at
 * {@code unit_cost} ({@code value} on account 1250); PRICE_MISMATCH: {@code expected_amount} (the
 * server's line total) against {@code charged_amount}; credit kinds: {@code charged_amount} put on
 * the customer's account. {@code resolution} (NONE while OPEN), who resolved it when, and the entry
 * that posted it (oversold units).
 */
public record SaleExceptionView(
    UUID id,
    SaleExceptionKind kind,
    SaleExceptionStatus status,
    UUID saleId,
    UUID clientSaleId,
    UUID storefrontId,
    UUID productId,
    BigDecimal quantity,
    @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal unitCost,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal value,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal expectedAmount,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal chargedAmount,
    String detail,
    SaleExceptionResolution resolution,
    String resolutionNote,
    UUID resolvedBy,
    Instant resolvedAt,
    UUID resolutionEntryId,
    Instant createdAt) {

  static SaleExceptionView of(SaleException e) {
    return new SaleExceptionView(
        e.getId(),
        e.getKind(),
        e.getStatus(),
        e.getSaleId(),
        e.getClientSaleId(),
        e.getStorefrontId(),
        e.getProductId(),
        e.getQuantity(),
        e.getUnitCost(),
        e.getValue(),
        e.getExpectedAmount(),
        e.getChargedAmount(),
        e.getDetail(),
        e.isOpen() ? SaleExceptionResolution.NONE : e.getResolution(),
        e.getResolutionNote(),
        e.getResolvedBy(),
        e.getResolvedAt(),
        e.getResolutionEntryId(),
        e.getCreatedAt());
  }
}
