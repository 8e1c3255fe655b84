package app.pos.bookkeeping.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change to an account of the chart; absent fields stay as they are. Its code and type never
 * change (posted entries and reports name them).
 */
public class UpdateLedgerAccount {
  @Size(min = 1, max = 200)
  @Pattern(regexp = ".*\\S.*", message = "must not be blank")
  public String name;

  /** false retires the account (never a system account or one with a balance), true reopens it. */
  public Boolean isActive;
}
