package app.pos.sales.control;

import app.pos.bookkeeping.boundary.ChartOfAccounts;
import app.pos.bookkeeping.boundary.JournalDraft;
import app.pos.sales.entity.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * How sales made offline and their oversold units reach the ledger. Plain Java: {@code account}
 * turns an account code into this business's account id; zero amounts make no line.
 *
 * <ul>
 *   <li>A sale: as at the till (Dr tenders / Cr 4000 / Cr 2100), and Dr 5000 at the cost of every
 *       unit sold: Cr 1200 for what the shelf had, Cr 1250 (the oversold holding position) for the
 *       units it did not have, at their last known lot cost.
 *   <li>Stock arrived for oversold units: Dr 1250 at the position's value, Cr 1200 at the value the
 *       units took from the lots; the difference goes to 5000 (the cost of the sale, corrected).
 *   <li>A write-off: the units will never be matched by recorded stock (they were on the shelf but
 *       not in the books): Dr 1250 / Cr 5100 at the position's value.
 * </ul>
 */
public final class OfflinePostingRules {

  public static final String OVERSOLD_SOURCE = "OVERSOLD";

  private OfflinePostingRules() {}

  public static JournalDraft forSale(
      LocalDate date,
      UUID saleId,
      String receiptNumber,
      Map<PaymentMethod, BigDecimal> kept,
      BigDecimal net,
      BigDecimal tax,
      BigDecimal shelfCost,
      BigDecimal oversoldCost,
      Function<String, UUID> account) {
    PostingLines draft =
        SalePostingRules.saleLines(
            date,
            "Sale " + receiptNumber + " (offline)",
            saleId,
            receiptNumber,
            kept,
            net,
            tax,
            account);
    draft.debit(ChartOfAccounts.COST_OF_GOODS_SOLD, shelfCost.add(oversoldCost), null);
    draft.credit(ChartOfAccounts.INVENTORY, shelfCost, null);
    draft.credit(ChartOfAccounts.OVERSOLD_HOLDING, oversoldCost, "oversold units");
    return draft.builder.build();
  }

  /** Oversold units covered by stock that arrived: the holding position is cleared. */
  public static JournalDraft forStockArrived(
      LocalDate date,
      UUID exceptionId,
      String receiptNumber,
      BigDecimal holdingValue,
      BigDecimal stockValue,
      Function<String, UUID> account) {
    PostingLines draft =
        new PostingLines(
            JournalDraft.on(date, "Oversold units of sale " + receiptNumber + " covered by stock")
                .reference(receiptNumber),
            account);
    draft.builder.source(OVERSOLD_SOURCE, exceptionId);
    draft.debit(ChartOfAccounts.OVERSOLD_HOLDING, holdingValue, "oversold units covered");
    draft.credit(ChartOfAccounts.INVENTORY, stockValue, null);
    BigDecimal difference = stockValue.subtract(holdingValue);
    if (difference.signum() > 0) {
      draft.debit(ChartOfAccounts.COST_OF_GOODS_SOLD, difference, "cost above the last known");
    } else {
      draft.credit(
          ChartOfAccounts.COST_OF_GOODS_SOLD, difference.negate(), "cost below the last known");
    }
    return draft.builder.build();
  }

  /** Oversold units written off: the holding position is cleared against shrinkage. */
  public static JournalDraft forWriteOff(
      LocalDate date,
      UUID exceptionId,
      String receiptNumber,
      BigDecimal holdingValue,
      Function<String, UUID> account) {
    PostingLines draft =
        new PostingLines(
            JournalDraft.on(date, "Oversold units of sale " + receiptNumber + " written off")
                .reference(receiptNumber),
            account);
    draft.builder.source(OVERSOLD_SOURCE, exceptionId);
    draft.debit(ChartOfAccounts.OVERSOLD_HOLDING, holdingValue, "oversold units written off");
    draft.credit(ChartOfAccounts.INVENTORY_SHRINKAGE, holdingValue, null);
    return draft.builder.build();
  }
}
