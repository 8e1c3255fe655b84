package app.pos.bookkeeping.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Revenue less cost of goods (5xxx) gives gross profit; less other expenses, net income. */
public record ProfitAndLossView(
    LocalDate dateFrom,
    LocalDate dateTo,
    StatementLine.Section revenue,
    StatementLine.Section costOfGoods,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal grossProfit,
    StatementLine.Section expenses,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal netIncome) {}
