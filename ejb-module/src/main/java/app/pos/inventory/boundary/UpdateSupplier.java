package app.pos.inventory.boundary;

import app.pos.platform.control.PatchCommand;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change to a supplier; absent fields stay as they are, an e-mail or phone sent as null (or
 * blank) clears it.
 */
public class UpdateSupplier extends PatchCommand {

  public UpdateSupplier() {
    super("email", "phone");
  }

  @Size(min = 1, max = 200)
  @Pattern(regexp = ".*\\S.*", message = "must not be blank")
  public String name;

  /** A blank e-mail clears it. */
  @Email(regexp = "|.+@.+")
  @Size(max = 254)
  public String email;

  /** A blank phone clears it. */
  @Size(max = 40)
  @Pattern(regexp = "[0-9+()\\- ]*", message = "may hold digits, spaces and + ( ) - only")
  public String phone;

  /** false retires the supplier, true brings it back. */
  public Boolean isActive;
}
