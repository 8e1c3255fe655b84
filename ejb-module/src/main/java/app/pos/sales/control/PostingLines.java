package app.pos.sales.control;

import app.pos.bookkeeping.boundary.JournalDraft;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Function;

/** A draft that skips zero amounts and names accounts by code. */
final class PostingLines {

  final JournalDraft.Builder builder;
  final Function<String, UUID> account;

  PostingLines(JournalDraft.Builder builder, Function<String, UUID> account) {
    this.builder = builder;
    this.account = account;
  }

  void debit(String code, BigDecimal amount, String memo) {
    if (amount.signum() != 0) {
      builder.debit(account.apply(code), amount, memo);
    }
  }

  void credit(String code, BigDecimal amount, String memo) {
    if (amount.signum() != 0) {
      builder.credit(account.apply(code), amount, memo);
    }
  }
}
