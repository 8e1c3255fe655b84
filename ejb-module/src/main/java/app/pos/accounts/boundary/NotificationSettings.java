package app.pos.accounts.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Which notices the business wants, and where; in a PATCH, absent fields stay as they are. */
public class NotificationSettings {
  /** Mail when a product falls to its reorder level (default on). */
  public Boolean lowStockEmail;

  /** A mail with each day's sales figures (default off). */
  public Boolean dailySummaryEmail;

  /** Where such notices go; the ADMINs' addresses when absent. */
  @Email
  @Size(max = 254)
  public String notificationEmail;
}
