import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summarises {@code jfr print --stack-depth 256 --events jdk.ExecutionSample} output: self time by
 * library (first three package segments), the hottest frames by self time, and the application's
 * methods by total time (on the stack anywhere). Run with {@code java bench/FrameSummary.java
 * FILE}.
 */
public class FrameSummary {

  public static void main(String[] args) throws Exception {
    List<List<String>> samples = new ArrayList<>();
    List<String> current = null;
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String t = line.trim();
      if (t.startsWith("stackTrace = [")) {
        current = new ArrayList<>();
      } else if (current != null && t.equals("]")) {
        samples.add(current);
        current = null;
      } else if (current != null && !t.equals("...")) {
        current.add(t.replaceAll("\\s+line:.*", ""));
      }
    }
    int n = samples.size();
    Map<String, Integer> selfByLibrary = new HashMap<>();
    Map<String, Integer> selfByFrame = new HashMap<>();
    Map<String, Integer> totalByAppFrame = new HashMap<>();
    for (List<String> stack : samples) {
      if (stack.isEmpty()) {
        continue;
      }
      selfByFrame.merge(stack.get(0), 1, Integer::sum);
      selfByLibrary.merge(library(stack), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (String frame : stack) {
        if (frame.startsWith("app.pos.") && seen.add(frame)) {
          totalByAppFrame.merge(frame, 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> byLayer = new HashMap<>();
    for (List<String> stack : samples) {
      byLayer.merge(layer(stack), 1, Integer::sum);
    }
    System.out.println(n + " samples");
    print("self time by layer (the innermost non-JDK frame's)", byLayer, n, 12);
    print("self time by library (first non-JDK frame's package)", selfByLibrary, n, 20);
    print("hottest frames (self)", selfByFrame, n, 25);
    print("application methods (total)", totalByAppFrame, n, 40);
  }

  static final String[][] LAYERS = {
    {"PostgreSQL driver", "org.postgresql."},
    {
      "connection pool and JCA",
      "com.sun.enterprise.resource.",
      "com.sun.gjc.",
      "com.sun.enterprise.connectors."
    },
    {"EclipseLink (JPA)", "org.eclipse.persistence."},
    {"JSON-B / JSON-P", "org.eclipse.yasson.", "org.eclipse.parsson.", "jakarta.json."},
    {"Bean Validation", "org.hibernate.validator."},
    {"application (app.pos)", "app.pos."},
    {
      "EJB container and transactions",
      "com.sun.ejb.",
      "org.glassfish.ejb.",
      "com.sun.enterprise.transaction.",
      "com.sun.jts."
    },
    {"CDI (Weld)", "org.jboss.weld.", "org.glassfish.weld."},
    {"JAX-RS (Jersey, HK2)", "org.glassfish.jersey.", "org.jvnet.hk2.", "org.glassfish.hk2."},
    {
      "HTTP and servlet (Grizzly, Catalina)",
      "org.glassfish.grizzly.",
      "org.apache.catalina.",
      "org.glassfish.web.",
      "com.sun.enterprise.web."
    },
  };

  /** The layer of the innermost frame that belongs to one; JDK frames count for their caller. */
  static String layer(List<String> stack) {
    for (String frame : stack) {
      // generated into the application's packages, but the containers' code
      if (frame.contains("_$$_Weld")) {
        return "CDI (Weld)";
      }
      if (frame.contains("__EJB31_Generated__")) {
        return "EJB container and transactions";
      }
      for (String[] layer : LAYERS) {
        for (int i = 1; i < layer.length; i++) {
          if (frame.startsWith(layer[i])) {
            return layer[0];
          }
        }
      }
    }
    return "other";
  }

  /** The package of the first frame outside the JDK, so JDK collections count for their caller. */
  static String library(List<String> stack) {
    for (String frame : stack) {
      if (!frame.startsWith("java.") && !frame.startsWith("jdk.") && !frame.startsWith("sun.")) {
        String[] parts = frame.split("\\.");
        return String.join(".", List.of(parts).subList(0, Math.min(3, parts.length - 2)));
      }
    }
    return "(jdk only)";
  }

  static void print(String title, Map<String, Integer> counts, int n, int limit) {
    System.out.println("\n-- " + title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit)
        .forEach(
            e ->
                System.out.printf(
                    "%5.1f %%  %s%n", 100.0 * e.getValue() / n, truncate(e.getKey(), 150)));
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
