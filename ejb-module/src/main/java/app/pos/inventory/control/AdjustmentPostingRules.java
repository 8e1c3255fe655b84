package app.pos.inventory.control;

import app.pos.bookkeeping.boundary.ChartOfAccounts;
import app.pos.bookkeeping.boundary.JournalDraft;
import app.pos.inventory.entity.AdjustmentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where an approved adjustment's value goes, always at lot cost against Inventory (1200): stock
 * lost, damaged, expired or miscounted is shrinkage (Dr 5100 / Cr 1200), samples and own use are
 * operating expenses (Dr 6000 / Cr 1200), stock returned to the supplier reduces what is owed (Dr
 * 2000 / Cr 1200); stock found, or counted above the books, is a gain (Dr 1200 / Cr 4200), a
 * customer's return puts the cost of goods back (Dr 1200 / Cr 5000), and a correction upwards
 * undoes shrinkage (Dr 1200 / Cr 5100). Plain Java; the boundary supplies the accounts' ids.
 */
public final class AdjustmentPostingRules {

  private AdjustmentPostingRules() {}

  /** The account on the other side of Inventory for this type moving stock this way. */
  public static String counterAccount(AdjustmentType type, boolean increase) {
    return switch (type) {
      case THEFT, LOSS, DAMAGE, EXPIRED, SPOILAGE, WRITE_OFF, TRANSFER_LOSS, CORRECTION_DOWN ->
          ChartOfAccounts.INVENTORY_SHRINKAGE;
      case SAMPLE, INTERNAL_USE -> ChartOfAccounts.OPERATING_EXPENSES;
      case RETURN_TO_SUPPLIER -> ChartOfAccounts.ACCOUNTS_PAYABLE;
      case FOUND -> ChartOfAccounts.INVENTORY_GAINS;
      case CUSTOMER_RETURN -> ChartOfAccounts.COST_OF_GOODS_SOLD;
      case CORRECTION_UP -> ChartOfAccounts.INVENTORY_SHRINKAGE;
      case COUNT_VARIANCE, OTHER ->
          increase ? ChartOfAccounts.INVENTORY_GAINS : ChartOfAccounts.INVENTORY_SHRINKAGE;
    };
  }

  /**
   * The entry of an approved adjustment of {@code value} (its lots' cost): stock added debits
   * Inventory, stock taken away credits it; the counter account takes the other side.
   */
  public static JournalDraft forAdjustment(
      LocalDate date,
      UUID adjustmentId,
      AdjustmentType type,
      String reason,
      boolean increase,
      UUID inventory,
      UUID counterAccount,
      BigDecimal value) {
    JournalDraft.Builder draft =
        JournalDraft.on(date, description("Stock adjustment (" + type + "): " + reason))
            .source("STOCK_ADJUSTMENT", adjustmentId);
    return increase
        ? draft.debit(inventory, value, null).credit(counterAccount, value, null).build()
        : draft.debit(counterAccount, value, null).credit(inventory, value, null).build();
  }

  /** An entry's description holds 500 characters; a long reason is cut with an ellipsis. */
  static String description(String text) {
    return text.length() <= 500 ? text : text.substring(0, 499) + "\u2026";
  }
}
