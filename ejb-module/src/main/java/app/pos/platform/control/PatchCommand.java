package app.pos.platform.control;

import java.util.HashSet;
import java.util.Set;

/**
 * A PATCH body. A field left out stays as it is; an optional field sent as JSON {@code null} is
 * cleared (as in a JSON merge patch). Java cannot tell the two apart in a null field, so the body
 * reader records which fields were sent as null. Only the fields a command names as clearable
 * count: a null for a field that cannot be empty (a name) changes nothing, as before.
 */
public abstract class PatchCommand {

  // not JSON properties: no accessor pairs, so neither JSON-B nor the document sees them
  private final Set<String> clearable;
  private Set<String> sentAsNull = Set.of();

  /** {@code clearable}: the JSON names of the optional fields a null clears. */
  protected PatchCommand(String... clearable) {
    this.clearable = Set.of(clearable);
  }

  /** Whether the body sent {@code field} (its JSON name) as null, to clear it. */
  public boolean clears(String field) {
    return sentAsNull.contains(field);
  }

  /** Whether the body cleared any field. */
  public boolean clearsAny() {
    return !sentAsNull.isEmpty();
  }

  /** Called by the body reader with the JSON names sent as null. */
  public void sentAsNull(Set<String> fields) {
    Set<String> kept = new HashSet<>(fields);
    kept.retainAll(clearable);
    this.sentAsNull = Set.copyOf(kept);
  }
}
