package app.pos.accounts.boundary;

import app.pos.platform.entity.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * An ADMIN's change to a member of staff; absent fields stay as they are. Fields the caller may not
 * set (business, superuser) are not part of the command, so they are ignored.
 */
public class UpdateUser {
  @Size(min = 1, max = 100)
  @Pattern(regexp = ".*\\S.*")
  public String firstName;

  @Size(min = 1, max = 100)
  @Pattern(regexp = ".*\\S.*")
  public String lastName;

  public Role role;

  public Boolean isActive;

  /**
   * A temporary password the ADMIN sets for the member of staff: their tokens are refused from then
   * on, and once signed in with it they must choose their own (change-password) before anything
   * else. Masked in the audit trail.
   */
  @Size(max = 128)
  public String password;

  @Size(max = 200)
  public List<@NotNull UUID> storefrontIds;
}
