package app.pos.accounts.boundary;

import app.pos.platform.entity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Add a member of staff to the caller's business. */
public class CreateUser {
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

  @NotNull public Role role;

  @Size(max = 200)
  public List<@NotNull UUID> storefrontIds;
}
