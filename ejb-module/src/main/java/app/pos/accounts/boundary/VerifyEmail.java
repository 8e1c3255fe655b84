package app.pos.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from a verification link. */
public class VerifyEmail {
  @NotBlank
  @Size(max = 200)
  public String token;
}
