package app.pos.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Send the verification link again" to this address, if it has an unverified account. */
public class ResendVerification {
  @NotBlank
  @Size(max = 254)
  public String email;
}
