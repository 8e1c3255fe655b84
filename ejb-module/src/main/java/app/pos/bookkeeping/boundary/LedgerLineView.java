package app.pos.bookkeeping.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A ledger line with the account's balance after it (positive on the normal side). */
public record LedgerLineView(
    UUID id,
    UUID journalEntryId,
    long entryNumber,
    LocalDate date,
    UUID accountId,
    String accountCode,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal debit,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal credit,
    String memo,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal runningBalance) {}
