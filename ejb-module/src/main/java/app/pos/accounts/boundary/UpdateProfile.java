package app.pos.accounts.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The caller's change to their own profile; absent fields stay, empty strings clear. */
public class UpdateProfile {
  @Size(max = 40)
  @Pattern(regexp = "[0-9+()\\- ]*", message = "may hold digits, spaces and + ( ) - only")
  public String phone;

  @Size(max = 1000)
  @Pattern(regexp = "(https?://\\S+)?", message = "must be an http(s) URL")
  public String avatarUrl;

  @Size(max = 50)
  public Map<String, Object> preferences;
}
