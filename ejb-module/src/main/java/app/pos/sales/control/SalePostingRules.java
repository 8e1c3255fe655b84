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
 * How sales reach the ledger. Plain Java: the boundary supplies {@code account}, which turns an
 * account code into this business's account id. Zero amounts make no line.
 */
public final class SalePostingRules {

  private SalePostingRules() {}

  /** The account a tender is debited to (or, for refunds, credited from). */
  public static String accountFor(PaymentMethod method) {
    return switch (method) {
      case CASH -> ChartOfAccounts.CASH;
      case CARD -> ChartOfAccounts.CARD_CLEARING;
      case MOBILE_MONEY -> ChartOfAccounts.MOBILE_MONEY_CLEARING;
      case BANK_TRANSFER -> ChartOfAccounts.BANK;
      case CREDIT -> ChartOfAccounts.ACCOUNTS_RECEIVABLE;
    };
  }

  /**
   * A completed sale: Dr each tender's account for what the sale keeps; Cr 4000 net revenue; Cr
   * 2100 tax; Dr 5000 / Cr 1200 at the cost of the lots sold.
   */
  public static JournalDraft forSale(
      LocalDate date,
      UUID saleId,
      String receiptNumber,
      Map<PaymentMethod, BigDecimal> kept,
      BigDecimal net,
      BigDecimal tax,
      BigDecimal cost,
      Function<String, UUID> account) {
    PostingLines draft =
        saleLines(date, "Sale " + receiptNumber, saleId, receiptNumber, kept, net, tax, account);
    draft.debit(ChartOfAccounts.COST_OF_GOODS_SOLD, cost, null);
    draft.credit(ChartOfAccounts.INVENTORY, cost, null);
    return draft.builder.build();
  }

  /**
   * What every sale posts before its cost: Dr each tender's account for what the sale keeps; Cr
   * 4000 net revenue; Cr 2100 tax. The caller adds the cost lines.
   */
  static PostingLines saleLines(
      LocalDate date,
      String description,
      UUID saleId,
      String receiptNumber,
      Map<PaymentMethod, BigDecimal> kept,
      BigDecimal net,
      BigDecimal tax,
      Function<String, UUID> account) {
    PostingLines draft =
        new PostingLines(JournalDraft.on(date, description).reference(receiptNumber), account);
    draft.builder.source(SaleSettlement.DOCUMENT, saleId);
    kept.forEach((method, amount) -> draft.debit(accountFor(method), amount, method.name()));
    draft.credit(ChartOfAccounts.SALES_REVENUE, net, null);
    draft.credit(ChartOfAccounts.SALES_TAX_PAYABLE, tax, null);
    return draft;
  }

  /**
   * A refund: Dr 4100 sales returns (net) and Dr 2100 tax; Cr the tender the money goes back by
   * (1100 for the customer's account); restocked units: Dr 1200 / Cr 5000 at their original cost.
   */
  public static JournalDraft forRefund(
      LocalDate date,
      UUID refundId,
      String receiptNumber,
      PaymentMethod method,
      BigDecimal net,
      BigDecimal tax,
      BigDecimal restockedCost,
      Function<String, UUID> account) {
    PostingLines draft =
        new PostingLines(
            JournalDraft.on(date, "Refund on sale " + receiptNumber).reference(receiptNumber),
            account);
    draft.builder.source("REFUND", refundId);
    draft.debit(ChartOfAccounts.SALES_RETURNS, net, null);
    draft.debit(ChartOfAccounts.SALES_TAX_PAYABLE, tax, null);
    draft.credit(accountFor(method), net.add(tax), method.name());
    draft.debit(ChartOfAccounts.INVENTORY, restockedCost, null);
    draft.credit(ChartOfAccounts.COST_OF_GOODS_SOLD, restockedCost, null);
    return draft.builder.build();
  }

  /** A customer pays down their account: Dr the tender's account / Cr 1100. */
  public static JournalDraft forCustomerPayment(
      LocalDate date,
      UUID creditTransactionId,
      String customerName,
      PaymentMethod method,
      BigDecimal amount,
      String reference,
      Function<String, UUID> account) {
    if (method == PaymentMethod.CREDIT) {
      throw new IllegalArgumentException("a credit account is not paid with credit");
    }
    PostingLines draft =
        new PostingLines(
            JournalDraft.on(date, "Payment on account by " + customerName).reference(reference),
            account);
    draft.builder.source("CUSTOMER_PAYMENT", creditTransactionId);
    draft.debit(accountFor(method), amount, method.name());
    draft.credit(ChartOfAccounts.ACCOUNTS_RECEIVABLE, amount, null);
    return draft.builder.build();
  }
}
