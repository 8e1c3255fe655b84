package app.pos.subscriptions.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.subscriptions.entity.Invoice;
import app.pos.subscriptions.entity.InvoiceStatus;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An invoice of the platform to a business. */
public record InvoiceView(
    UUID id,
    String invoiceNumber,
    UUID subscriptionId,
    Instant periodStart,
    Instant periodEnd,
    String currency,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal subtotal,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal tax,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal total,
    InvoiceStatus status,
    LocalDate dueDate,
    Instant paidAt,
    List<Line> lines) {

  public record Line(
      String description,
      int quantity,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal unitPrice,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amount) {}

  static InvoiceView of(Invoice i, List<Line> lines) {
    return new InvoiceView(
        i.getId(),
        i.getInvoiceNumber(),
        i.getSubscriptionId(),
        i.getPeriodStart(),
        i.getPeriodEnd(),
        i.getCurrency(),
        i.getSubtotal(),
        i.getTax(),
        i.getTotal(),
        i.getStatus(),
        i.getDueDate(),
        i.getPaidAt(),
        lines);
  }
}
