package app.pos.inventory.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Is so much of these products available at a location now? Reads only. */
public class CheckAvailability {
  @NotNull public UUID locationId;

  @NotNull
  @Size(min = 1, max = 500)
  public List<RequestTransfer.@NotNull @Valid Item> items;
}
