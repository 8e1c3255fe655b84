package app.pos.subscriptions.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/** Subscribe the business to a paid plan through a gateway's checkout. */
public class Subscribe {
  @NotNull public UUID planId;

  @NotNull
  @Pattern(regexp = "STRIPE|PAYSTACK")
  public String gateway;
}
