package app.pos.sales.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.sales.entity.PaymentMethod;
import app.pos.sales.entity.Refund;
import app.pos.sales.entity.SaleStatus;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A refund with the units it returned. */
public record RefundView(
    UUID id,
    UUID saleId,
    PaymentMethod method,
    String reason,
    boolean restock,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal net,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal tax,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal total,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal restockedCost,
    UUID journalEntryId,
    SaleStatus saleStatus,
    List<Item> items,
    UUID refundedBy,
    Instant createdAt) {

  /** Units of one sale line and what they gave back. */
  public record Item(
      UUID saleItemId,
      BigDecimal quantity,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal net,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal tax) {}

  static RefundView of(Refund r, SaleStatus saleStatus, List<Item> items) {
    return new RefundView(
        r.getId(),
        r.getSaleId(),
        r.getMethod(),
        r.getReason(),
        r.isRestock(),
        r.getNet(),
        r.getTax(),
        r.getTotal(),
        r.getRestockedCost(),
        r.getJournalEntryId(),
        saleStatus,
        items,
        r.getRefundedBy(),
        r.getCreatedAt());
  }
}
