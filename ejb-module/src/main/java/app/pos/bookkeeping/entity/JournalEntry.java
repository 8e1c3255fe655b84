package app.pos.bookkeeping.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A posted, balanced journal entry. Never changed; corrected by a reversing entry. */
@Entity
@Table(name = "bk_journal_entry")
public class JournalEntry extends TenantOwned {

  @Column(name = "entry_number", nullable = false, updatable = false)
  private long entryNumber;

  @Column(name = "entry_date", nullable = false, updatable = false)
  private LocalDate entryDate;

  @Column(nullable = false, updatable = false)
  private String description;

  @Column(updatable = false)
  private String reference;

  @Column(name = "source_type", nullable = false, updatable = false)
  private String sourceType;

  @Column(name = "source_id", updatable = false)
  private UUID sourceId;

  @Column(name = "reverses_id", updatable = false)
  private UUID reversesId;

  @Column(nullable = false, updatable = false)
  private BigDecimal total;

  @Column(name = "posted_by", updatable = false)
  private UUID postedBy;

  @OneToMany(mappedBy = "journalEntry", cascade = CascadeType.PERSIST)
  @OrderBy("lineNumber")
  private List<LedgerEntry> lines = new ArrayList<>();

  protected JournalEntry() {}

  public JournalEntry(
      long entryNumber,
      LocalDate entryDate,
      String description,
      String reference,
      String sourceType,
      UUID sourceId,
      UUID reversesId,
      BigDecimal total,
      UUID postedBy) {
    this.entryNumber = entryNumber;
    this.entryDate = entryDate;
    this.description = description;
    this.reference = reference;
    this.sourceType = sourceType;
    this.sourceId = sourceId;
    this.reversesId = reversesId;
    this.total = total;
    this.postedBy = postedBy;
  }

  public LedgerEntry addLine(UUID accountId, BigDecimal debit, BigDecimal credit, String memo) {
    LedgerEntry line =
        new LedgerEntry(this, lines.size() + 1, accountId, entryDate, debit, credit, memo);
    lines.add(line);
    return line;
  }

  public long getEntryNumber() {
    return entryNumber;
  }

  public LocalDate getEntryDate() {
    return entryDate;
  }

  public String getDescription() {
    return description;
  }

  public String getReference() {
    return reference;
  }

  public String getSourceType() {
    return sourceType;
  }

  public UUID getSourceId() {
    return sourceId;
  }

  public UUID getReversesId() {
    return reversesId;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public UUID getPostedBy() {
    return postedBy;
  }

  public List<LedgerEntry> getLines() {
    return List.copyOf(lines);
  }
}
