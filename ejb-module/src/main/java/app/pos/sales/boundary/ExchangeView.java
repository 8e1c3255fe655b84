package app.pos.sales.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.sales.entity.Exchange;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An exchange: the refund of the returned units, the new sale, and {@code difference} (sold less
 * returned: above zero the customer paid it, below zero they were paid it back).
 */
public record ExchangeView(
    UUID id,
    UUID originalSaleId,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal returnedTotal,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal soldTotal,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal difference,
    String reason,
    UUID exchangedBy,
    Instant createdAt,
    RefundView refund,
    SaleView sale) {

  static ExchangeView of(Exchange e, RefundView refund, SaleView sale) {
    return new ExchangeView(
        e.getId(),
        e.getOriginalSaleId(),
        e.getReturnedTotal(),
        e.getSoldTotal(),
        e.getDifference(),
        e.getReason(),
        e.getExchangedBy(),
        e.getCreatedAt(),
        refund,
        sale);
  }
}
