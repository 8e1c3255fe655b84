package app.pos.inventory.boundary;

import app.pos.inventory.entity.TransferPriority;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A storefront asks for stock; a manager decides which warehouse sends it. */
public class RequestStock {
  @NotNull public UUID storefrontId;

  @NotNull
  @Size(min = 1, max = 500)
  public List<RequestTransfer.@NotNull @Valid Item> items;

  /** NORMAL when not given. */
  public TransferPriority priority;

  @Size(max = 500)
  public String notes;
}
