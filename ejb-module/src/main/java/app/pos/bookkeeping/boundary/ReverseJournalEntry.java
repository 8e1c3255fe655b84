package app.pos.bookkeeping.boundary;

import jakarta.validation.constraints.Size;

/** Why an entry is reversed (optional). */
public class ReverseJournalEntry {
  @Size(max = 400)
  public String reason;
}
