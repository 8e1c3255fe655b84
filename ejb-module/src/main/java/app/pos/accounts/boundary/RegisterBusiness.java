package app.pos.accounts.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Sign a new business up, with its owner as ADMIN. */
public class RegisterBusiness {
  @NotBlank
  @Size(max = 200)
  public String businessName;

  @NotBlank
  @Email
  @Size(max = 254)
  public String email;

  @NotNull
  @Size(max = 128)
  public String password;

  @NotBlank
  @Size(max = 100)
  public String firstName;

  @NotBlank
  @Size(max = 100)
  public String lastName;

  /** ISO 4217 code; the platform default when absent. */
  @Pattern(regexp = "[A-Z]{3}")
  public String currency;
}
