package app.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who writes which table. ArchUnit sees classes, not the SQL in their strings, so this reads the
 * sources: every {@code INSERT INTO}, {@code UPDATE} and {@code DELETE FROM} of a native query, and
 * every entity's {@code @Table}. A table belongs to the component its prefix names.
 */
class TableOwnershipTest {

  private static final Map<String, String> PREFIXES =
      Map.of(
          "acc", "accounts",
          "aud", "audit",
          "bk", "bookkeeping",
          "inv", "inventory",
          "ops", "platform",
          "pf", "platform",
          "rep", "reporting",
          "sal", "sales",
          "sub", "subscriptions");

  private static final Pattern WRITE =
      Pattern.compile("\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+([a-z]+)_([a-z_]+)\\b");
  private static final Pattern TABLE =
      Pattern.compile("@Table\\(\\s*name\\s*=\\s*\"([a-z]+)_([a-z_]+)\"");

  /** table -> classes writing it with SQL. */
  private static final Map<String, Set<String>> SQL_WRITERS = new TreeMap<>();

  /** table -> the entity classes mapping it. */
  private static final Map<String, Set<String>> ENTITIES = new TreeMap<>();

  @BeforeAll
  static void readSources() throws IOException {
    Path root = Path.of("src/main/java/app/pos");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        String name = root.relativize(file).toString();
        collect(WRITE.matcher(source), name, SQL_WRITERS);
        collect(TABLE.matcher(source), name, ENTITIES);
      }
    }
  }

  private static void collect(Matcher m, String name, Map<String, Set<String>> into) {
    while (m.find()) {
      if (PREFIXES.containsKey(m.group(1))) {
        into.computeIfAbsent(m.group(1) + "_" + m.group(2), t -> new TreeSet<>()).add(name);
      }
    }
  }

  @Test
  void aTableIsWrittenOnlyByItsOwnComponent() {
    Map<String, Set<String>> foreign = new TreeMap<>();
    Stream.of(SQL_WRITERS, ENTITIES)
        .forEach(
            writers ->
                writers.forEach(
                    (table, classes) -> {
                      String owner = PREFIXES.get(table.substring(0, table.indexOf('_')));
                      classes.stream()
                          .filter(c -> !c.startsWith(owner + "/"))
                          .forEach(
                              c -> foreign.computeIfAbsent(table, t -> new TreeSet<>()).add(c));
                    }));
    assertThat(foreign).as("tables written from another component").isEmpty();
  }

  @Test
  void aTableIsWrittenWithSqlByOneClass() {
    Map<String, Set<String>> shared = new TreeMap<>();
    SQL_WRITERS.forEach(
        (table, classes) -> {
          if (classes.size() > 1) {
            shared.put(table, classes);
          }
        });
    assertThat(shared).as("tables written with SQL by more than one class").isEmpty();
  }

  @Test
  void aTableIsMappedByOneEntity() {
    Map<String, Set<String>> shared = new TreeMap<>();
    ENTITIES.forEach(
        (table, classes) -> {
          if (classes.size() > 1) {
            shared.put(table, classes);
          }
        });
    assertThat(shared).as("tables mapped by more than one entity").isEmpty();
  }
}
