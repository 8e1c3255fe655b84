package app.pos.inventory.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new product category. */
public class CreateCategory {
  @NotBlank
  @Size(max = 200)
  public String name;

  public UUID parentId;
}
