package app.pos.inventory.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The warehouse staff members assigned to a warehouse: the whole set (an empty list clears it). */
public class AssignWarehouseStaff {
  @NotNull
  @Size(max = 500)
  public List<@NotNull UUID> userIds;
}
