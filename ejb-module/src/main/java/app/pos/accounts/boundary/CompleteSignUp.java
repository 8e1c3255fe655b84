package app.pos.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Follow a sign-up's mailed link. */
public class CompleteSignUp {
  @NotBlank
  @Size(max = 200)
  public String token;
}
