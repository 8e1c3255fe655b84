package app.pos.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Follow an invitation's link. A new address also chooses a password and gives a name; an address
 * that already has an account sends neither password nor names (it keeps its password).
 */
public class AcceptInvitation {
  @NotBlank
  @Size(max = 200)
  public String token;

  @Size(max = 128)
  public String password;

  @Size(min = 1, max = 100)
  public String firstName;

  @Size(min = 1, max = 100)
  public String lastName;
}
