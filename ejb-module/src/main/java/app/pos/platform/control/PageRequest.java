package app.pos.platform.control;

/** A 1-based page of a list; page sizes are capped so no request can ask for a whole table. */
public record PageRequest(int page, int pageSize) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 1) {
      throw new InvalidInputException("page", "must be 1 or more");
    }
    if (pageSize < 1 || pageSize > MAX_SIZE) {
      throw new InvalidInputException("page_size", "must be between 1 and " + MAX_SIZE);
    }
  }

  public static PageRequest first() {
    return new PageRequest(1, DEFAULT_SIZE);
  }

  public int offset() {
    return (page - 1) * pageSize;
  }
}
