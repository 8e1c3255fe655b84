package app.pos.platform.control;

/**
 * The name and time zone of the caller's business, for what the platform names after it (a job's
 * CSV file and its title line). Accounts answers: the platform knows tenants by id only and depends
 * on no component.
 */
public interface BusinessName {

  String ofCaller();

  /** The business's time zone (an IANA name such as {@code Africa/Lagos}). */
  String timeZoneOfCaller();
}
