package app.pos.reporting.boundary;

import java.util.List;
import java.util.Map;

/** Whether the money and stock invariants hold, check by check, with the rows that break them. */
public record IntegrityReport(boolean ok, List<Check> checks) {

  /** One invariant and the rows that break it (empty when it holds). */
  public record Check(
      String name, String description, boolean ok, List<Map<String, Object>> violations) {}
}
