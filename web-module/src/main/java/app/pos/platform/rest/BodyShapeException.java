package app.pos.platform.rest;

import java.util.List;
import java.util.Map;

/** A request body whose fields have the wrong names, types or precision: 400 per field. */
class BodyShapeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, List<String>> errors;
  private final transient Map<String, List<String>> codes;

  BodyShapeException(Map<String, List<String>> errors, Map<String, List<String>> codes) {
    super("request body does not fit its command", null, false, false);
    this.errors = errors;
    this.codes = codes;
  }

  Map<String, List<String>> errors() {
    return errors;
  }

  Map<String, List<String>> codes() {
    return codes;
  }
}
