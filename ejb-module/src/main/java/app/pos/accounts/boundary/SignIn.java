package app.pos.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** E-mail and password, exchanged for a token. */
public class SignIn {
  @NotBlank
  @Size(max = 254)
  public String email;

  @NotNull
  @Size(max = 128)
  public String password;
}
