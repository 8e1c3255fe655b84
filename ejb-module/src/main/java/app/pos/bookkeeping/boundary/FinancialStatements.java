package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.entity.AccountType;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.ReadsReplica;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** Profit and loss and the balance sheet, summed in the database from the ledger lines. */
@Stateless
public class FinancialStatements {

  private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

  @Inject TenantStore store;

  private record Row(UUID id, String code, String name, AccountType type, BigDecimal amount) {}

  @ReadsReplica
  public ProfitAndLossView profitAndLoss(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new InvalidInputException(from == null ? "date_from" : "date_to", "is required");
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException("date_to", "must not be before date_from");
    }
    List<Row> rows = rows(from, to);
    StatementLine.Section revenue = section(rows, r -> r.type() == AccountType.REVENUE);
    StatementLine.Section cost =
        section(rows, r -> r.type() == AccountType.EXPENSE && isCostOfGoods(r));
    StatementLine.Section expenses =
        section(rows, r -> r.type() == AccountType.EXPENSE && !isCostOfGoods(r));
    BigDecimal gross = revenue.total().subtract(cost.total());
    return new ProfitAndLossView(
        from, to, revenue, cost, gross, expenses, gross.subtract(expenses.total()));
  }

  @ReadsReplica
  public BalanceSheetView balanceSheet(LocalDate asOf) {
    if (asOf == null) {
      throw new InvalidInputException("as_of", "is required");
    }
    List<Row> rows = rows(BEGINNING, asOf);
    StatementLine.Section assets = section(rows, r -> r.type() == AccountType.ASSET);
    StatementLine.Section liabilities = section(rows, r -> r.type() == AccountType.LIABILITY);
    BigDecimal earnings =
        total(rows, AccountType.REVENUE).subtract(total(rows, AccountType.EXPENSE));
    StatementLine.Section owners = section(rows, r -> r.type() == AccountType.EQUITY);
    StatementLine.Section equity =
        new StatementLine.Section(owners.accounts(), owners.total().add(earnings));
    BigDecimal right = liabilities.total().add(equity.total());
    return new BalanceSheetView(
        asOf, assets, liabilities, equity, earnings, right, assets.total().compareTo(right) == 0);
  }

  private static boolean isCostOfGoods(Row row) {
    return row.code().startsWith(ChartOfAccounts.COST_OF_GOODS_SOLD.substring(0, 1));
  }

  private static BigDecimal total(List<Row> rows, AccountType type) {
    return rows.stream()
        .filter(r -> r.type() == type)
        .map(Row::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static StatementLine.Section section(List<Row> rows, Predicate<Row> which) {
    return StatementLine.Section.of(
        rows.stream()
            .filter(which)
            .filter(r -> r.amount().signum() != 0)
            .map(r -> new StatementLine(r.id(), r.code(), r.name(), r.amount()))
            .toList());
  }

  private List<Row> rows(LocalDate from, LocalDate to) {
    @SuppressWarnings("unchecked")
    List<Object[]> result =
        store
            .nativeQuery(
                "SELECT a.id, a.code, a.name, a.account_type, coalesce(s.d, 0), coalesce(s.c, 0)"
                    + " FROM bk_ledger_account a LEFT JOIN ("
                    + "   SELECT account_id, sum(debit) AS d, sum(credit) AS c FROM bk_ledger_entry"
                    + "   WHERE business_id = ?1 AND entry_date BETWEEN ?2 AND ?3 GROUP BY account_id) s"
                    + " ON s.account_id = a.id WHERE a.business_id = ?1 ORDER BY a.code")
            .setParameter(2, Date.valueOf(from))
            .setParameter(3, Date.valueOf(to))
            .getResultList();
    List<Row> rows = new ArrayList<>();
    for (Object[] r : result) {
      AccountType type = AccountType.valueOf((String) r[3]);
      rows.add(
          new Row(
              (UUID) r[0],
              (String) r[1],
              (String) r[2],
              type,
              type.balance((BigDecimal) r[4], (BigDecimal) r[5])));
    }
    return rows;
  }
}
