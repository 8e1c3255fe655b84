package app.pos.sales.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.sales.entity.PaymentMethod;
import app.pos.sales.entity.PaymentStatus;
import app.pos.sales.entity.SaleStatus;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment just taken, with where it leaves its sale. */
public record TakenPayment(
    UUID id,
    UUID saleId,
    PaymentMethod method,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amount,
    String reference,
    PaymentStatus status,
    Instant createdAt,
    SaleStatus saleStatus,
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
