package app.pos.platform.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Operation ids that read as method names of a generated client, derived from the verb and the
 * path: {@code POST /sales/api/sales/} → {@code createSale}, {@code GET /sales/api/sales/} → {@code
 * listSales}, {@code GET /sales/api/sales/{id}/} → {@code getSale}, {@code POST
 * /inventory/api/transfers/{id}/complete/} → {@code completeTransfer}.
 */
final class OperationNames {

  private final Set<String> taken = new HashSet<>();

  /** The path as the document writes it: one leading slash, one trailing, no regex in templates. */
  static String documentPath(String classPath, String methodPath) {
    StringBuilder path = new StringBuilder();
    for (String part : (classPath + "/" + methodPath).split("/")) {
      if (part.isBlank()) {
        continue;
      }
      String segment = part.trim();
      if (segment.startsWith("{") && segment.contains(":")) {
        segment = segment.substring(0, segment.indexOf(':')).trim() + "}";
      }
      path.append('/').append(segment);
    }
    return path.append('/').toString();
  }

  /** {@code app.pos.inventory.rest} → {@code inventory}. */
  static String component(String packageName) {
    String[] parts = packageName.split("\\.");
    return parts.length >= 3 ? parts[2] : parts[parts.length - 1];
  }

  /**
   * The id for one operation: a verb (list, get, create, update, delete, or the action a POST ends
   * with) and the nouns of the path after its component's {@code /api/}.
   */
  static String derive(String verb, String path, boolean listed, boolean creates) {
    List<String> segments = new ArrayList<>(List.of(path.substring(1).split("/")));
    int api = segments.indexOf("api");
    if (api >= 0) {
      segments = segments.subList(api + 1, segments.size());
    }
    List<String> nouns = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (isTemplate(segment)) {
        continue;
      }
      boolean singular =
          i + 1 < segments.size()
              && (isTemplate(segments.get(i + 1)) || segments.get(i + 1).startsWith("by-"));
      nouns.add(singular ? singular(segment) : segment);
    }
    boolean endsWithId = !segments.isEmpty() && isTemplate(segments.get(segments.size() - 1));
    boolean actionOnOne =
        segments.size() >= 2 && !endsWithId && isTemplate(segments.get(segments.size() - 2));
    String name;
    switch (verb) {
      case "GET":
        name = (listed ? "list" : "get") + pascal(nouns);
        break;
      case "POST":
        if (actionOnOne && !isPlural(nouns.get(nouns.size() - 1))) {
          // POST /transfers/{id}/complete/ -> completeTransfer
          String action = nouns.remove(nouns.size() - 1);
          name = camel(action) + pascal(nouns);
        } else if (creates || endsWithId || nouns.size() == 1 || actionOnOne) {
          // POST /sales/ -> createSale, POST /sales/{id}/payments/ -> createSalePayment
          if (!nouns.isEmpty() && !endsWithId) {
            nouns.set(nouns.size() - 1, singular(nouns.get(nouns.size() - 1)));
          }
          name = "create" + pascal(nouns);
        } else if (nouns.size() >= 2) {
          // POST /reservations/release-expired/ -> releaseExpiredReservations
          String action = nouns.remove(nouns.size() - 1);
          name = camel(action) + pascal(nouns);
        } else {
          name = "post" + pascal(nouns);
        }
        break;
      case "PUT":
        name = "replace" + pascal(nouns);
        break;
      case "PATCH":
        name = "update" + pascal(nouns);
        break;
      case "DELETE":
        name = "delete" + pascal(nouns);
        break;
      default:
        name = verb.toLowerCase(Locale.ROOT) + pascal(nouns);
    }
    return name;
  }

  /** The name itself, or with its component (then a number) when another operation has it. */
  String unique(String name, String component) {
    String candidate = name;
    if (taken.contains(candidate)) {
      candidate = name + pascal(List.of(component));
    }
    int n = 2;
    String base = candidate;
    while (taken.contains(candidate)) {
      candidate = base + n++;
    }
    taken.add(candidate);
    return candidate;
  }

  /** {@code listSalePayments} → "List sale payments". */
  static String sentence(String operationId) {
    StringBuilder out = new StringBuilder();
    for (char c : operationId.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append(' ').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return Character.toUpperCase(out.charAt(0)) + out.substring(1);
  }

  private static boolean isPlural(String noun) {
    return !singular(noun).equals(noun);
  }

  private static boolean isTemplate(String segment) {
    return segment.startsWith("{");
  }

  static String singular(String noun) {
    if (noun.endsWith("ies") && noun.length() > 3) {
      return noun.substring(0, noun.length() - 3) + "y";
    }
    if (noun.endsWith("sses") || noun.endsWith("xes") || noun.endsWith("ches")) {
      return noun.substring(0, noun.length() - 2);
    }
    if (noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us")) {
      return noun.substring(0, noun.length() - 1);
    }
    return noun;
  }

  private static String pascal(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      for (String part : word.split("[-_.]")) {
        if (!part.isEmpty()) {
          out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
      }
    }
    return out.toString();
  }

  private static String camel(String word) {
    String p = pascal(List.of(word));
    return p.isEmpty() ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1);
  }
}
