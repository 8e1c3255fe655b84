package app.pos.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Follow an invitation's link. A new address also chooses a password and gives a name. An address
 * that already has an account proves it is that person: its password, or the request signed in as
 * that person; one whose address was never confirmed also sends a new password.
 */
public class AcceptInvitation {
  @NotBlank
  @Size(max = 200)
  public String token;

  @Size(max = 128)
  public String password;

  /** Only for an account whose address was never confirmed: its password from now on. */
  @Size(max = 128)
  public String newPassword;

  @Size(min = 1, max = 100)
  public String firstName;

  @Size(min = 1, max = 100)
  public String lastName;
}
