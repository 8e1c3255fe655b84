package app.pos.inventory.control;

import app.pos.bookkeeping.boundary.JournalDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** How stock events reach the ledger. Plain Java; the boundaries supply the accounts. */
public final class InventoryPostingRules {

  private InventoryPostingRules() {}

  /** Goods received: Dr Inventory / Cr Accounts payable (or the cash account when paid). */
  public static JournalDraft forGoodsReceipt(
      LocalDate date,
      UUID receiptId,
      String supplier,
      String reference,
      UUID inventory,
      UUID creditAccount,
      BigDecimal totalCost) {
    return JournalDraft.on(date, "Goods received from " + supplier)
        .reference(reference)
        .source("GOODS_RECEIPT", receiptId)
        .debit(inventory, totalCost, null)
        .credit(creditAccount, totalCost, null)
        .build();
  }

  /**
   * An approved adjustment at lot cost: stock lost is shrinkage (Dr 5100 / Cr 1200), stock returned
   * to the supplier reduces what is owed (Dr 2000 / Cr 1200), stock found is the reverse of
   * shrinkage (Dr 1200 / Cr 5100).
   */
  public static JournalDraft forAdjustment(
      LocalDate date,
      UUID adjustmentId,
      String description,
      boolean increase,
      UUID inventory,
      UUID counterAccount,
      BigDecimal value) {
    JournalDraft.Builder draft =
        JournalDraft.on(date, description).source("STOCK_ADJUSTMENT", adjustmentId);
    return increase
        ? draft.debit(inventory, value, null).credit(counterAccount, value, null).build()
        : draft.debit(counterAccount, value, null).credit(inventory, value, null).build();
  }
}
