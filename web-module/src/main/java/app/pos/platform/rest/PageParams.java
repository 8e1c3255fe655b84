package app.pos.platform.rest;

import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.PageRequest;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=} (1-based) and {@code ?page_size=} (at most 200), read as a {@code @BeanParam}. */
public class PageParams {

  @QueryParam("page")
  String page;

  @QueryParam("page_size")
  String pageSize;

  public PageRequest toRequest() {
    return new PageRequest(
        parse("page", page, 1), parse("page_size", pageSize, PageRequest.DEFAULT_SIZE));
  }

  private static int parse(String name, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "must be a whole number");
    }
  }
}
