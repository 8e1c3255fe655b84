package app.pos.inventory.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A change to a warehouse or storefront; absent fields stay as they are. */
public class UpdateLocation {
  @Size(min = 1, max = 200)
  @Pattern(regexp = ".*\\S.*", message = "must not be blank")
  public String name;

  /** A blank address clears it. */
  @Size(max = 500)
  public String address;

  /** A storefront's replenishing warehouse. */
  public UUID warehouseId;

  /** false retires the location (no new stock, transfers or sales there), true brings it back. */
  public Boolean isActive;
}
