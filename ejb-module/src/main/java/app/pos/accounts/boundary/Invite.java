package app.pos.accounts.boundary;

import app.pos.platform.entity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Invite an address to join the caller's business with a role (and storefronts, for a cashier). */
public class Invite {
  @NotBlank
  @Email
  @Size(max = 254)
  public String email;

  @NotNull public Role role;

  @Size(max = 200)
  public List<@NotNull UUID> storefrontIds;
}
