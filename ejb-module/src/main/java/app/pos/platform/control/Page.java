package app.pos.platform.control;

import java.util.List;
import java.util.function.Function;

/** One page of results and the total count the whole list has. */
public record Page<T>(long count, PageRequest request, List<T> results) {

  public boolean hasNext() {
    return (long) request.page() * request.pageSize() < count;
  }

  public boolean hasPrevious() {
    return request.page() > 1;
  }

  public <R> Page<R> map(Function<? super T, R> mapper) {
    return new Page<>(count, request, results.stream().<R>map(mapper).toList());
  }
}
