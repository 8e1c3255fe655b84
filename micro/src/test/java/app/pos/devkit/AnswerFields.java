package app.pos.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fields of a JSON answer, read with Jackson. REST Assured's {@code path(...)} compiles a Groovy
 * script (in a new GroovyShell) for every expression it evaluates: in the devkit's own calls, made
 * thousands of times a run (every registration, sign-in and created object), that compiling was the
 * test client's largest cost. Tests keep REST Assured's paths for their own assertions.
 */
public final class AnswerFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AnswerFields() {}

  /**
   * The text at a dotted path of object fields and array positions ({@code "user.id"}, {@code
   * "items[0].id"}); null when there is none.
   */
  public static String text(Response answer, String path) {
    JsonNode node = read(answer);
    for (String step : path.split("\\.")) {
      Matcher indexed = INDEXED.matcher(step);
      node =
          indexed.matches()
              ? node.path(indexed.group(1)).path(Integer.parseInt(indexed.group(2)))
              : node.path(step);
    }
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

  private static JsonNode read(Response answer) {
    try {
      return JSON.readTree(answer.asByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + answer.asString(), e);
    }
  }
}
