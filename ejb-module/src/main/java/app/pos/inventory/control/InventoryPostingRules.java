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
}
