package app.pos.platform.control;

/** The object does not exist, or belongs to another business: both answer the same 404. */
public class ResourceNotFoundException extends DomainException {

  public ResourceNotFoundException(String what, Object id) {
    super("not-found", 404, "Not found", what + " " + id + " was not found");
  }
}
