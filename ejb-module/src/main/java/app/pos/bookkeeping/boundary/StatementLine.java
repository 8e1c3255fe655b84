package app.pos.bookkeeping.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One account's amount in a financial statement (positive on its normal side). */
public record StatementLine(
    UUID accountId,
    String accountCode,
    String accountName,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amount) {

  /** A titled group of lines and their total. */
  public record Section(
      List<StatementLine> accounts,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal total) {

    static Section of(List<StatementLine> lines) {
      return new Section(
          lines,
          lines.stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
  }
}
