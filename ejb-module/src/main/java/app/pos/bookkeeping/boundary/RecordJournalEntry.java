package app.pos.bookkeeping.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A manual journal entry as an ADMIN keys it in; accounts by id or by code. */
public class RecordJournalEntry {
  @NotNull public LocalDate date;

  @NotBlank
  @Size(max = 500)
  public String description;

  @Size(max = 100)
  public String reference;

  @NotNull
  @Size(min = 2, max = 200)
  public List<@NotNull @Valid Line> lines;

  public static class Line {
    public UUID accountId;

    @Size(max = 20)
    public String accountCode;

    @DecimalMin("0")
    @Digits(integer = 15, fraction = 2)
    public BigDecimal debit;

    @DecimalMin("0")
    @Digits(integer = 15, fraction = 2)
    public BigDecimal credit;

    @Size(max = 500)
    public String memo;
  }
}
