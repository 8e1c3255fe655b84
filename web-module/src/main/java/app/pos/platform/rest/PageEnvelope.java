package app.pos.platform.rest;

import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The list shape every frontend reads: {@code {count, next, previous, results}}. */
public record PageEnvelope<T>(
    long count,
    String next,
    String previous,
    @jakarta.validation.constraints.NotNull List<T> results) {

  /** A short list that is never paged (roles, account types, the chart of accounts). */
  public static <T> PageEnvelope<T> all(List<T> results, UriInfo uri) {
    return of(new Page<>(results.size(), new PageRequest(1, PageRequest.MAX_SIZE), results), uri);
  }

  public static <T> PageEnvelope<T> of(Page<T> page, UriInfo uri) {
    int size = page.request().pageSize();
    String next =
        page.hasNext()
            ? uri.getRequestUriBuilder()
                .replaceQueryParam("page", page.request().page() + 1)
                .replaceQueryParam("page_size", size)
                .build()
                .toString()
            : null;
    String previous =
        page.hasPrevious()
            ? uri.getRequestUriBuilder()
                .replaceQueryParam("page", page.request().page() - 1)
                .replaceQueryParam("page_size", size)
                .build()
                .toString()
            : null;
    return new PageEnvelope<>(page.count(), next, previous, page.results());
  }
}
