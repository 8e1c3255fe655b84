package app.pos.platform.control;

/**
 * The name of the caller's business, for what the platform names after it (a job's CSV file).
 * Accounts answers: the platform knows tenants by id only and depends on no component.
 */
public interface BusinessName {

  String ofCaller();
}
