package app.pos.accounts.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password for the caller; every token issued before stops working. */
public class ChangePassword {
  @NotNull
  @Size(max = 128)
  public String oldPassword;

  @NotNull
  @Size(max = 128)
  public String newPassword;
}
