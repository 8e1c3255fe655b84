package app.pos.accounts.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Ask for a token that speaks for another business the caller belongs to. */
public class SwitchBusiness {
  @NotNull public UUID businessId;
}
