package app.pos.bookkeeping.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Assets, liabilities and equity as of a day. Income not yet closed into retained earnings is shown
 * in equity as current earnings, so assets = liabilities + equity always holds.
 */
public record BalanceSheetView(
    LocalDate asOf,
    StatementLine.Section assets,
    StatementLine.Section liabilities,
    StatementLine.Section equity,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal currentEarnings,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal totalLiabilitiesAndEquity,
    boolean isBalanced) {}
