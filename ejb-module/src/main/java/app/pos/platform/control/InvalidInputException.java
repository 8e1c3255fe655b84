package app.pos.platform.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Input that is well-formed JSON but breaks a rule: 400 with the offending fields. */
public class InvalidInputException extends DomainException {

  private final Map<String, List<String>> errors;

  public InvalidInputException(String field, String message) {
    this(Map.of(field, List.of(message)));
  }

  public InvalidInputException(Map<String, List<String>> errors) {
    super("validation-error", 400, "Invalid input", "One or more fields are invalid");
    this.errors = new LinkedHashMap<>(errors);
  }

  public Map<String, List<String>> errors() {
    return errors;
  }
}
