package app.pos.platform.control;

/** The request is valid but the current state of the object does not allow it: 409. */
public class StateConflictException extends DomainException {

  public StateConflictException(String slug, String title, String detail) {
    super(slug, 409, title, detail);
  }
}
