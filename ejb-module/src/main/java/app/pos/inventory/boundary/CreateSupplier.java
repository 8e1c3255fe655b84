package app.pos.inventory.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new supplier. */
public class CreateSupplier {
  @NotBlank
  @Size(max = 200)
  public String name;

  @Email
  @Size(max = 254)
  public String email;

  @Size(max = 40)
  public String phone;
}
