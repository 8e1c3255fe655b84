package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.entity.JournalEntry;
import app.pos.bookkeeping.entity.LedgerAccount;
import app.pos.platform.control.MoneyJsonSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A posted entry with its lines. */
public record JournalEntryView(
    UUID id,
    long entryNumber,
    LocalDate date,
    String description,
    String reference,
    String sourceType,
    UUID sourceId,
    UUID reversesId,
    UUID reversedById,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal total,
    UUID postedBy,
    Instant createdAt,
    List<Line> lines) {

  public record Line(
      UUID id,
      int lineNumber,
      UUID accountId,
      String accountCode,
      String accountName,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal debit,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal credit,
      String memo) {}

  public static JournalEntryView of(
      JournalEntry e, UUID reversedById, Map<UUID, LedgerAccount> accounts) {
    return new JournalEntryView(
        e.getId(),
        e.getEntryNumber(),
        e.getEntryDate(),
        e.getDescription(),
        e.getReference(),
        e.getSourceType(),
        e.getSourceId(),
        e.getReversesId(),
        reversedById,
        e.getTotal(),
        e.getPostedBy(),
        e.getCreatedAt(),
        e.getLines().stream()
            .map(
                l -> {
                  LedgerAccount a = accounts.get(l.getAccountId());
                  return new Line(
                      l.getId(),
                      l.getLineNumber(),
                      l.getAccountId(),
                      a == null ? null : a.getCode(),
                      a == null ? null : a.getName(),
                      l.getDebit(),
                      l.getCredit(),
                      l.getMemo());
                })
            .toList());
  }
}
