package app.pos.accounts.boundary;

import app.pos.accounts.entity.Theme;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How the business's apps look; in a PATCH, absent fields stay as they are. */
public class AppearanceSettings {
  public Theme theme;

  /** A colour as {@code #rrggbb}. */
  @Pattern(regexp = "#[0-9a-fA-F]{6}")
  public String accentColor;

  @Size(max = 1000)
  @Pattern(regexp = "https://\\S+")
  public String logoUrl;
}
