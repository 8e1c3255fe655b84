package app.pos.platform.control;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;

/**
 * Where the request's routed reads were served from and the time their data is as of, for the
 * answer's {@code X-Data-As-Of} and {@code X-Data-Source} headers.
 */
@RequestScoped
public class DataFreshness {

  /** Where a read was served. */
  public enum Source {
    PRIMARY,
    REPLICA
  }

  private Source source;
  private Instant asOf;

  void served(Source from, Instant dataAsOf) {
    // several reads in one request: the answer is as fresh as its stalest part
    if (asOf == null || dataAsOf.isBefore(asOf)) {
      asOf = dataAsOf;
    }
    source = source == Source.REPLICA || from == Source.REPLICA ? Source.REPLICA : from;
  }

  public Source source() {
    return source;
  }

  public Instant asOf() {
    return asOf;
  }
}
