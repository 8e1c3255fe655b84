package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.entity.AccountType;
import java.util.List;

/** The system accounts every business starts with; other components post to these codes. */
public final class ChartOfAccounts {

  public static final String CASH = "1000";
  public static final String CARD_CLEARING = "1010";
  public static final String MOBILE_MONEY_CLEARING = "1020";
  public static final String BANK = "1030";
  public static final String ACCOUNTS_RECEIVABLE = "1100";
  public static final String INVENTORY = "1200";

  /**
   * Units sold offline that the shelf did not have, at their last known lot cost: a holding
   * position beside inventory, with a credit balance while oversold exceptions are open.
   */
  public static final String OVERSOLD_HOLDING = "1250";

  public static final String ACCOUNTS_PAYABLE = "2000";
  public static final String SALES_TAX_PAYABLE = "2100";
  public static final String OWNERS_EQUITY = "3000";
  public static final String RETAINED_EARNINGS = "3100";
  public static final String SALES_REVENUE = "4000";
  public static final String SALES_RETURNS = "4100";
  public static final String INVENTORY_GAINS = "4200";
  public static final String COST_OF_GOODS_SOLD = "5000";
  public static final String INVENTORY_SHRINKAGE = "5100";
  public static final String OPERATING_EXPENSES = "6000";

  public record SystemAccount(String code, String name, AccountType type) {}

  public static final List<SystemAccount> SYSTEM_ACCOUNTS =
      List.of(
          new SystemAccount(CASH, "Cash", AccountType.ASSET),
          new SystemAccount(CARD_CLEARING, "Card clearing", AccountType.ASSET),
          new SystemAccount(MOBILE_MONEY_CLEARING, "Mobile money clearing", AccountType.ASSET),
          new SystemAccount(BANK, "Bank", AccountType.ASSET),
          new SystemAccount(ACCOUNTS_RECEIVABLE, "Accounts receivable", AccountType.ASSET),
          new SystemAccount(INVENTORY, "Inventory", AccountType.ASSET),
          new SystemAccount(OVERSOLD_HOLDING, "Oversold stock (holding)", AccountType.ASSET),
          new SystemAccount(ACCOUNTS_PAYABLE, "Accounts payable", AccountType.LIABILITY),
          new SystemAccount(SALES_TAX_PAYABLE, "Sales tax payable", AccountType.LIABILITY),
          new SystemAccount(OWNERS_EQUITY, "Owner's equity", AccountType.EQUITY),
          new SystemAccount(RETAINED_EARNINGS, "Retained earnings", AccountType.EQUITY),
          new SystemAccount(SALES_REVENUE, "Sales revenue", AccountType.REVENUE),
          // a contra-revenue account: debit-normal in practice, kept under REVENUE for reports
          new SystemAccount(SALES_RETURNS, "Sales returns", AccountType.REVENUE),
          // stock found or counted above the books
          new SystemAccount(INVENTORY_GAINS, "Inventory gains", AccountType.REVENUE),
          new SystemAccount(COST_OF_GOODS_SOLD, "Cost of goods sold", AccountType.EXPENSE),
          new SystemAccount(INVENTORY_SHRINKAGE, "Inventory shrinkage", AccountType.EXPENSE),
          new SystemAccount(OPERATING_EXPENSES, "Operating expenses", AccountType.EXPENSE));

  private ChartOfAccounts() {}

  /** Each business numbers its journal entries from its own sequence: this prefix + its id. */
  public static final String ENTRY_SEQUENCE_PREFIX = "bk_entry_seq_";
}
