package app.pos.sales.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a pending sale is called off with its payments handed back. */
public class RefundPendingSale {
  @NotBlank
  @Size(max = 180)
  public String reason;
}
