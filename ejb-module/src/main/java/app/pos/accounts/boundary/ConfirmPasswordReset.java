package app.pos.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The token from a reset link and the password chosen with it. */
public class ConfirmPasswordReset {
  @NotBlank
  @Size(max = 200)
  public String token;

  @NotNull
  @Size(max = 128)
  public String newPassword;
}
