package app.pos.sales.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment just taken, with where it leaves its sale. */
public record TakenPayment(
    UUID id,
    UUID saleId,
    String method,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amount,
    String reference,
    String status,
    Instant createdAt,
    String saleStatus,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amountDue,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal changeDue,
    SaleView sale) {

  static TakenPayment of(PaymentView p, SaleView sale) {
    return new TakenPayment(
        p.id(),
        p.saleId(),
        p.method(),
        p.amount(),
        p.reference(),
        p.status(),
        p.createdAt(),
        sale.status(),
        sale.amountDue(),
        sale.changeDue(),
        sale);
  }
}
