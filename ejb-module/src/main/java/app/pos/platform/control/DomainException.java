package app.pos.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused the request. Rolls the whole transaction back and reaches the client as
 * {@code application/problem+json} with its own stable {@link #problemType()} and HTTP status.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

  /** Problem types are URIs under this base; the last segment is the stable slug clients match. */
  public static final String PROBLEM_BASE = "https://pos.app/problems/";

  private final String slug;
  private final int status;
  private final String title;

  protected DomainException(String slug, int status, String title, String detail) {
    super(detail);
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public String problemType() {
    return PROBLEM_BASE + slug;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  /**
   * Further members of the problem body beside type, title, status and detail (none by default).
   */
  public java.util.Map<String, Object> extensions() {
    return java.util.Map.of();
  }
}
