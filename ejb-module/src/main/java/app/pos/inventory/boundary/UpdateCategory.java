package app.pos.inventory.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A change to a category; absent fields stay as they are. */
public class UpdateCategory {
  @Size(min = 1, max = 200)
  @Pattern(regexp = ".*\\S.*", message = "must not be blank")
  public String name;

  /** Moves the category under another one (never under itself or its own descendants). */
  public UUID parentId;

  /** false retires the category, true brings it back. */
  public Boolean isActive;
}
