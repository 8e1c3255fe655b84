package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.entity.AccountType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new account in the chart. */
public class CreateLedgerAccount {
  @NotBlank
  @Pattern(regexp = "[0-9A-Za-z.\\-]{1,20}", message = "1-20 letters, digits, dots or dashes")
  public String code;

  @NotBlank
  @Size(max = 200)
  public String name;

  @NotNull public AccountType accountType;

  public UUID parentId;
}
