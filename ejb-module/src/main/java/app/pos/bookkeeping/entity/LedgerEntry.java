package app.pos.bookkeeping.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a journal entry: one account, one side. */
@Entity
@Table(name = "bk_ledger_entry")
public class LedgerEntry extends TenantOwned {

  @ManyToOne(optional = false)
  @JoinColumn(name = "journal_entry_id", nullable = false, updatable = false)
  private JournalEntry journalEntry;

  @Column(name = "line_number", nullable = false, updatable = false)
  private int lineNumber;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "entry_date", nullable = false, updatable = false)
  private LocalDate entryDate;

  @Column(nullable = false, updatable = false)
  private BigDecimal debit;

  @Column(nullable = false, updatable = false)
  private BigDecimal credit;

  @Column(updatable = false)
  private String memo;

  protected LedgerEntry() {}

  LedgerEntry(
      JournalEntry journalEntry,
      int lineNumber,
      UUID accountId,
      LocalDate entryDate,
      BigDecimal debit,
      BigDecimal credit,
      String memo) {
    this.journalEntry = journalEntry;
    this.lineNumber = lineNumber;
    this.accountId = accountId;
    this.entryDate = entryDate;
    this.debit = debit;
    this.credit = credit;
    this.memo = memo;
  }

  public JournalEntry getJournalEntry() {
    return journalEntry;
  }

  public int getLineNumber() {
    return lineNumber;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public BigDecimal getDebit() {
    return debit;
  }

  public BigDecimal getCredit() {
    return credit;
  }

  public String getMemo() {
    return memo;
  }
}
