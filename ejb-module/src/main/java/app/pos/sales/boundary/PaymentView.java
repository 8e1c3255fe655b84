package app.pos.sales.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.sales.entity.Payment;
import app.pos.sales.entity.PaymentMethod;
import app.pos.sales.entity.PaymentStatus;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A tender taken for a sale. */
public record PaymentView(
    UUID id,
    UUID saleId,
    PaymentMethod method,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amount,
    String reference,
    PaymentStatus status,
    UUID receivedBy,
    Instant createdAt) {

  static PaymentView of(Payment p) {
    return new PaymentView(
        p.getId(),
        p.getSaleId(),
        p.getMethod(),
        p.getAmount(),
        p.getReference(),
        p.getStatus(),
        p.getReceivedBy(),
        p.getCreatedAt());
  }
}
