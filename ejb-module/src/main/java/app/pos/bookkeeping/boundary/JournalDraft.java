package app.pos.bookkeeping.boundary;

import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A journal entry before it is posted. It checks itself when built: a date and a description, at
 * least two lines, each line one side only with a positive amount in the currency's minor unit, and
 * debits equal to credits. Plain Java: posting rules build drafts and are tested without a server;
 * the ledger only checks the accounts and saves.
 */
public final class JournalDraft {

  /** A line: one account, a debit or a credit (the other side is zero). */
  public record Line(UUID accountId, BigDecimal debit, BigDecimal credit, String memo) {}

  private final LocalDate date;
  private final String description;
  private final String reference;
  private final String sourceType;
  private final UUID sourceId;
  private final List<Line> lines;
  private final BigDecimal total;

  private JournalDraft(Builder b, BigDecimal total) {
    this.date = b.date;
    this.description = b.description.trim();
    this.reference = b.reference;
    this.sourceType = b.sourceType;
    this.sourceId = b.sourceId;
    this.lines = List.copyOf(b.lines);
    this.total = total;
  }

  public static Builder on(LocalDate date, String description) {
    return new Builder(date, description);
  }

  public LocalDate date() {
    return date;
  }

  public String description() {
    return description;
  }

  public String reference() {
    return reference;
  }

  public String sourceType() {
    return sourceType;
  }

  public UUID sourceId() {
    return sourceId;
  }

  public List<Line> lines() {
    return lines;
  }

  /** The sum of the debits, which equals the sum of the credits. */
  public BigDecimal total() {
    return total;
  }

  /** The same amounts on the opposite sides: what a reversal posts. */
  public static List<Line> opposite(List<Line> lines) {
    return lines.stream()
        .map(l -> new Line(l.accountId(), l.credit(), l.debit(), l.memo()))
        .toList();
  }

  public static final class Builder {
    private final LocalDate date;
    private final String description;
    private String reference;
    private String sourceType = "MANUAL";
    private UUID sourceId;
    private final List<Line> lines = new ArrayList<>();

    private Builder(LocalDate date, String description) {
      this.date = date;
      this.description = description;
    }

    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /** What caused the entry (SALE, REFUND, GOODS_RECEIPT, ...) and its id. */
    public Builder source(String type, UUID id) {
      this.sourceType = Objects.requireNonNull(type);
      this.sourceId = id;
      return this;
    }

    public Builder debit(UUID account, BigDecimal amount, String memo) {
      return line(account, amount, BigDecimal.ZERO, memo);
    }

    public Builder credit(UUID account, BigDecimal amount, String memo) {
      return line(account, BigDecimal.ZERO, amount, memo);
    }

    /** A line as a client sent it; either side may be null (taken as zero). */
    public Builder line(UUID account, BigDecimal debit, BigDecimal credit, String memo) {
      lines.add(
          new Line(
              account,
              debit == null ? BigDecimal.ZERO : debit,
              credit == null ? BigDecimal.ZERO : credit,
              memo));
      return this;
    }

    /** Checks every rule and names each breach by its field; nothing is built unless all hold. */
    public JournalDraft build() {
      Map<String, List<String>> errors = new LinkedHashMap<>();
      if (date == null) {
        add(errors, "date", "is required");
      }
      if (description == null || description.isBlank()) {
        add(errors, "description", "is required");
      }
      if (lines.size() < 2) {
        add(errors, "lines", "an entry needs at least two lines");
      }
      BigDecimal debits = BigDecimal.ZERO;
      BigDecimal credits = BigDecimal.ZERO;
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        String at = "lines[" + i + "]";
        if (line.accountId() == null) {
          add(errors, at + ".account", "is required");
        }
        boolean hasDebit = line.debit().signum() != 0;
        boolean hasCredit = line.credit().signum() != 0;
        if (line.debit().signum() < 0 || line.credit().signum() < 0) {
          add(errors, at, "amounts must be positive");
        } else if (hasDebit == hasCredit) {
          add(errors, at, "a line is either a debit or a credit, with an amount above zero");
        }
        for (BigDecimal amount : List.of(line.debit(), line.credit())) {
          if (amount.stripTrailingZeros().scale() > Money.MINOR_UNIT_SCALE) {
            add(errors, at, "amounts have at most " + Money.MINOR_UNIT_SCALE + " decimals");
          }
        }
        debits = debits.add(line.debit());
        credits = credits.add(line.credit());
      }
      if (errors.isEmpty() && debits.compareTo(credits) != 0) {
        add(
            errors,
            "lines",
            "debits ("
                + Money.format(debits)
                + ") must equal credits ("
                + Money.format(credits)
                + ")");
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      return new JournalDraft(this, debits);
    }

    private static void add(Map<String, List<String>> errors, String field, String message) {
      errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    }
  }
}
