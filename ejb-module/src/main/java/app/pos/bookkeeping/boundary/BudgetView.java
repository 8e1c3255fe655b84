package app.pos.bookkeeping.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A budget against the ledger: actual is the account's movement on its normal side. */
public record BudgetView(
    UUID id,
    UUID accountId,
    String accountCode,
    String accountName,
    LocalDate periodStart,
    LocalDate periodEnd,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amount,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal actual,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal variance) {}
