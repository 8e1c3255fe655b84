package app.pos.inventory.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new warehouse or storefront (a storefront may name the warehouse that replenishes it). */
public class CreateLocation {
  @NotBlank
  @Size(max = 200)
  public String name;

  @Size(max = 500)
  public String address;

  public UUID warehouseId;
}
