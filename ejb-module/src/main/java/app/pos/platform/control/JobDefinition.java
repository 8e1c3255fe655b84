package app.pos.platform.control;

import java.util.List;

/**
 * A batch job the jobs API offers: its name (the job XML's id), whether it is a platform job (run
 * by the platform owner) or a business job (run by a business's ADMIN for their own business), and
 * the parameters a caller may give. The business a job acts on is never a caller's parameter.
 */
public record JobDefinition(
    String name, String description, boolean platform, List<Parameter> parameters) {

  /** A parameter: its type (date, integer, boolean, email, password, choice) and constraints. */
  public record Parameter(
      String name,
      String type,
      boolean required,
      String defaultValue,
      List<String> choices,
      String description) {

    public static Parameter of(
        String name, String type, boolean required, String defaultValue, String description) {
      return new Parameter(name, type, required, defaultValue, List.of(), description);
    }
  }
}
