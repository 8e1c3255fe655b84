package app.pos.platform.control;

/** A 1-based page of a list; page sizes are capped so no request can ask for a whole table. */
public record PageRequest(int page, int pageSize) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  /** Far beyond any real list; keeps every offset well inside an int. */
  public static final int MAX_PAGE = 1_000_000;

  public PageRequest {
    if (page < 1 || page > MAX_PAGE) {
      throw new InvalidInputException("page", "must be between 1 and " + MAX_PAGE);
    }
    if (pageSize < 1 || pageSize > MAX_SIZE) {
      throw new InvalidInputException("page_size", "must be between 1 and " + MAX_SIZE);
    }
  }

  public static PageRequest first() {
    return new PageRequest(1, DEFAULT_SIZE);
  }

  public int offset() {
    return Math.toIntExact((long) (page - 1) * pageSize);
  }
}
