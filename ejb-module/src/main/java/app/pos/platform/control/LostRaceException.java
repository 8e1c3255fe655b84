package app.pos.platform.control;

/**
 * A guarded write found that what the use case read has changed since (another transaction
 * committed in between): the use case is run again from the start in a new transaction (the HTTP
 * layer retries it a few times, as it does a deadlock), and only after the last attempt does the
 * client get this 409 and may send the request again.
 */
public class LostRaceException extends StateConflictException {

  public LostRaceException(String slug, String title, String detail) {
    super(slug, title, detail);
  }
}
