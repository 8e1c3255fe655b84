package app.pos.bookkeeping.entity;

import java.math.BigDecimal;

/** The five kinds of ledger account and the side on which each normally carries its balance. */
public enum AccountType {
  ASSET(NormalSide.DEBIT),
  LIABILITY(NormalSide.CREDIT),
  EQUITY(NormalSide.CREDIT),
  REVENUE(NormalSide.CREDIT),
  EXPENSE(NormalSide.DEBIT);

  public enum NormalSide {
    DEBIT,
    CREDIT
  }

  private final NormalSide normalSide;

  AccountType(NormalSide normalSide) {
    this.normalSide = normalSide;
  }

  public NormalSide normalSide() {
    return normalSide;
  }

  /** The balance as the business reads it: positive on the account's normal side. */
  public BigDecimal balance(BigDecimal debits, BigDecimal credits) {
    return normalSide == NormalSide.DEBIT ? debits.subtract(credits) : credits.subtract(debits);
  }
}
