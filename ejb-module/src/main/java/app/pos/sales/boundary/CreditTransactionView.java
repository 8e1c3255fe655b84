package app.pos.sales.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One change to a customer's outstanding balance. */
public record CreditTransactionView(
    UUID id,
    UUID customerId,
    String transactionType,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amount,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal balanceBefore,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal balanceAfter,
    UUID saleId,
    UUID refundId,
    String method,
    String reference,
    LocalDate dueDate,
    UUID journalEntryId,
    Instant createdAt) {}
