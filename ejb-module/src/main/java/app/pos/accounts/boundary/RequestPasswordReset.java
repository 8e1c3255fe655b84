package app.pos.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "I forgot my password": the address a reset link goes to, if it belongs to an account. */
public class RequestPasswordReset {
  @NotBlank
  @Size(max = 254)
  public String email;
}
