package app.pos.platform.control;

/**
 * The caller is who they say, but their role, assignment or plan does not allow this: 403 with a
 * stable problem type (forbidden, plan-limit-exceeded, subscription-inactive, ...).
 */
public class NotPermittedException extends DomainException {

  public NotPermittedException(String detail) {
    this("forbidden", "Forbidden", detail);
  }

  public NotPermittedException(String slug, String title, String detail) {
    super(slug, 403, title, detail);
  }
}
