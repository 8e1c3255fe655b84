package app.pos.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.TestDatabaseSession;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing from the served OpenAPI document: for every operation, generated and mutated JSON bodies
 * (the operation's own field names with hostile values, deep nesting, huge numbers, control
 * characters, wrong shapes, broken text), query strings (its declared parameters with hostile
 * values) and path values. Every answer must be below 500 and, when 4xx, problem+json; when every
 * answer to an operation was a 4xx, no table may have changed. jqwik's arbitraries generate the
 * inputs (its property runner cannot host the Arquillian extension, so they are sampled here).
 * Requests go straight over the JDK's HTTP client: deliberately bad input skips any request
 * validation.
 */
@SharedServer
@Order(1) // a long class: started first, so the run does not wait for it at the end
class FuzzIT {

  /**
   * Cases per operation at most (bodies for operations with one, query strings and path values),
   * reached only in rounds that {@link #SECONDS} lets start: the suite runs one round of {@link
   * #ROUND}.
   */
  static final int CASES = Integer.getInteger("fuzz.cases", 210);

  /** Cases per operation and round. */
  static final int ROUND = 30;

  /** Workers sending at once, each as its own business (the server answers them in parallel). */
  static final int WORKERS = Integer.getInteger("fuzz.workers", 4);

  /**
   * Time after which no further round starts. The first always runs whole, and the suite runs only
   * that one (the run is CPU-bound: more rounds take their time from every other class); a longer
   * box ({@code -Dfuzz.seconds=600}) fuzzes further.
   */
  static final long SECONDS = Long.getLong("fuzz.seconds", 0);

  /** Tables that record attempts, not effects. */
  static final Set<String> ATTEMPT_TABLES =
      Set.of(
          "aud_audit_log",
          "acc_throttle_counter",
          "acc_sign_in_backoff",
          "pf_idempotency_record",
          "flyway_schema_history",
          "acc_revoked_token",
          "ops_scheduled_run");

  @ArquillianResource URL base;

  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  record Operation(String method, String path, List<String> query, List<String> fields) {}

  @Test
  void everyOperationAnswersFuzzedInputWithA4xxProblemOrSuccessNeverA5xx() throws Exception {
    PosApi api = new PosApi(base);
    List<Operation> operations = operations();
    assertThat(operations).hasSizeGreaterThan(50);
    // the operations are shared out among workers, each fuzzing as the owner of a business of its
    // own, so its "nothing changed" check counts only rows its own requests could have written
    List<List<Operation>> shares = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      shares.add(new ArrayList<>());
    }
    for (int i = 0; i < operations.size(); i++) {
      shares.get(i % WORKERS).add(operations.get(i));
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    List<Future<Fuzzed>> running = new ArrayList<>();
    try {
      for (List<Operation> share : shares) {
        running.add(pool.submit(() -> fuzz(api, share, deadline)));
      }
      List<String> failures = new ArrayList<>();
      int requests = 0;
      int rounds = Integer.MAX_VALUE;
      int pending = 0;
      for (Future<Fuzzed> worker : running) {
        Fuzzed done = worker.get();
        failures.addAll(done.failures());
        requests += done.requests();
        rounds = Math.min(rounds, done.rounds());
        pending += done.pending();
      }
      System.out.printf(
          "FuzzIT: %d operations, %d requests by %d workers in at least %d rounds, %d operations"
              + " not fuzzed to %d cases%n",
          operations.size(), requests, WORKERS, rounds, pending, CASES);
      assertThat(requests).isGreaterThanOrEqualTo(operations.size() * Math.min(ROUND, CASES));
      assertThat(failures).as("of %d requests", requests).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  /** What one worker sent and found. */
  record Fuzzed(int requests, int rounds, int pending, List<String> failures) {}

  /**
   * Rounds over the share of operations, ROUND cases each, until CASES are sent or the time is
   * spent: every operation is covered in the first round even on a slow machine.
   */
  private Fuzzed fuzz(PosApi api, List<Operation> operations, long deadline) throws Exception {
    Staff admin = api.registerBusiness();
    String token = admin.token();
    List<String> failures = new ArrayList<>();
    int requests = 0;
    Map<Operation, Integer> pending = new java.util.LinkedHashMap<>(); // cases sent so far
    for (Operation operation : operations) {
      pending.put(operation, 0);
    }
    int rounds = 0;
    try (Connection db = TestDatabaseSession.connect()) {
      while (!pending.isEmpty() && (rounds == 0 || System.nanoTime() < deadline)) {
        rounds++;
        for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
          var entry = it.next();
          Operation operation = entry.getKey();
          int sent = entry.getValue();
          int count = Math.min(ROUND, CASES - sent);
          List<Request> round = requests(operation, count);
          entry.setValue(sent + count);
          if (sent + count >= CASES) {
            it.remove();
          }
          Map<String, Long> before = rowCounts(db, admin.businessId());
          boolean allRefused = true;
          for (Request request : round) {
            HttpResponse<String> answer;
            requests++;
            try {
              answer = send(request, token);
            } catch (java.net.http.HttpTimeoutException e) {
              failures.add("no answer within 30 s for " + request);
              continue;
            } catch (java.io.IOException e) {
              // a connection closed without an answer (to this request or, unannounced, after the
              // previous one on the same connection)
              failures.add("no answer (" + e.getMessage() + ") for " + request);
              continue;
            }
            int status = answer.statusCode();
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (status >= 500) {
              failures.add(status + " for " + request);
            } else if (listenerRefusal(request, answer)) {
              // the HTTP listener itself refuses an encoded control character in a path with a
              // bare 400 and closes the connection, saying so, before any application code
            } else if (status >= 400 && !type.startsWith("application/problem+json")) {
              failures.add(status + " with " + type + " for " + request);
            }
            if (status < 400) {
              allRefused = false;
            }
            if (status == 401 && !valid(token)) {
              token = api.login(admin.email(), admin.password()); // the fuzz signed itself out
            }
          }
          if (allRefused) {
            Map<String, Long> after = rowCounts(db, admin.businessId());
            if (!after.equals(before)) {
              failures.add(
                  "tables changed although every answer was 4xx: "
                      + operation.method()
                      + " "
                      + operation.path()
                      + " "
                      + difference(before, after));
            }
          }
        }
      }
    }
    return new Fuzzed(requests, rounds, pending.size(), failures);
  }

  record Request(String method, String target, String body) {
    @Override
    public String toString() {
      return method
          + " "
          + target
          + (body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
    }
  }

  private List<Operation> operations() {
    String document =
        RestAssured.given().baseUri(base.toString()).get("api/schema/").then().extract().asString();
    JsonPath json = new JsonPath(document);
    Map<String, Map<String, Object>> paths = json.getMap("paths");
    List<Operation> operations = new ArrayList<>();
    for (var path : paths.entrySet()) {
      if (path.getKey().startsWith("/test-support")) {
        continue; // the tests' own probes in the shared deployment, not the product's operations
      }
      for (var verb : path.getValue().entrySet()) {
        String method = verb.getKey().toUpperCase();
        if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
          continue;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> op = (Map<String, Object>) verb.getValue();
        List<String> query = new ArrayList<>();
        if (op.get("parameters") instanceof List<?> parameters) {
          for (Object p : parameters) {
            if (p instanceof Map<?, ?> m && "query".equals(m.get("in"))) {
              query.add(String.valueOf(m.get("name")));
            }
          }
        }
        operations.add(
            new Operation(method, path.getKey(), query, fields(json, op.get("requestBody"))));
      }
    }
    return operations;
  }

  /** The property names of an operation's JSON body schema (following one $ref). */
  private static List<String> fields(JsonPath document, Object requestBody) {
    if (!(requestBody instanceof Map<?, ?> body)
        || !(body.get("content") instanceof Map<?, ?> content)) {
      return null;
    }
    Object media = content.get("application/json");
    if (!(media instanceof Map<?, ?> m) || !(m.get("schema") instanceof Map<?, ?> schema)) {
      return List.of();
    }
    Object ref = schema.get("$ref");
    Map<?, ?> resolved = schema;
    if (ref instanceof String r && r.startsWith("#/components/schemas/")) {
      resolved = document.getMap("components.schemas." + r.substring(21));
    }
    if (resolved != null && resolved.get("properties") instanceof Map<?, ?> properties) {
      return properties.keySet().stream().map(String::valueOf).collect(Collectors.toList());
    }
    return List.of();
  }

  // generators: built once. jqwik keeps a generator per arbitrary it samples and finds it again by
  // the arbitrary's equality, which compares value lists deeply (a 10,001-character string among
  // them): arbitraries built anew for every operation and sample made that look-up the fuzz test's
  // largest cost, where one instance each is found at once

  static Arbitrary<String> hostileText() {
    return HOSTILE_TEXT;
  }

  private static final Arbitrary<String> HOSTILE_TEXT =
      Arbitraries.oneOf(
          Arbitraries.strings().ofMaxLength(12),
          Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8),
          Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(3),
          Arbitraries.of(
              "",
              " ",
              "null",
              "true",
              "0",
              "-1",
              "1e308",
              "1E+2147483647",
              "2147483648",
              "-9223372036854775809",
              "0.00001",
              "NaN",
              "' OR 1=1 --",
              "<script>alert(1)</script>",
              "=HYPERLINK(\"http://x.test\")",
              "../../etc/passwd",
              "%00",
              "\ud800",
              "RETAIL",
              "CASH",
              "ADMIN",
              "2026-02-30",
              "2026-12-01T00:00:00Z",
              "x".repeat(10_001)),
          Arbitraries.create(() -> UUID.randomUUID().toString()));

  private static final Arbitrary<String> JSON_SCALAR =
      Arbitraries.oneOf(
          HOSTILE_TEXT.map(FuzzIT::quoted),
          Arbitraries.of(
              "0",
              "-0",
              "1",
              "-1",
              "1.5",
              "-12.34567",
              "1e308",
              "1E+2147483647",
              "1e-400",
              "123456789012345678901234567890",
              "9".repeat(45),
              "true",
              "false",
              "null"),
          Arbitraries.bigDecimals().map(d -> d.toPlainString()));

  /** JSON values nested at most two deep. */
  private static final Arbitrary<String> JSON_VALUE = jsonValue(2);

  static Arbitrary<String> jsonValue(int depth) {
    if (depth <= 0) {
      return JSON_SCALAR;
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, JSON_SCALAR),
        net.jqwik.api.Tuple.of(
            1,
            jsonValue(depth - 1)
                .list()
                .ofMaxSize(3)
                .map(items -> "[" + String.join(",", items) + "]")),
        net.jqwik.api.Tuple.of(
            1,
            Combinators.combine(HOSTILE_TEXT, jsonValue(depth - 1))
                .as((k, v) -> "{" + quoted(k) + ":" + v + "}")));
  }

  private static final Map<List<String>, Arbitrary<String>> BODIES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A body for an operation: its own fields with hostile values, or a mutated shape. */
  static Arbitrary<String> body(List<String> fields) {
    return BODIES.computeIfAbsent(fields, FuzzIT::newBody);
  }

  private static Arbitrary<String> newBody(List<String> fields) {
    Arbitrary<String> shaped =
        fields.isEmpty()
            ? JSON_VALUE
            : Arbitraries.of(fields)
                .list()
                .ofMinSize(1)
                .ofMaxSize(Math.max(1, fields.size()))
                .flatMap(
                    keys ->
                        JSON_VALUE
                            .list()
                            .ofSize(keys.size())
                            .map(
                                values -> {
                                  StringBuilder out = new StringBuilder("{");
                                  for (int i = 0; i < keys.size(); i++) {
                                    out.append(i == 0 ? "" : ",")
                                        .append(quoted(keys.get(i)))
                                        .append(':')
                                        .append(values.get(i));
                                  }
                                  return out.append('}').toString();
                                }));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, shaped),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(33, 3000).map(FuzzIT::nested)),
        net.jqwik.api.Tuple.of(
            1, shaped.map(b -> b.substring(0, Math.max(1, b.length() / 2)))), // truncated
        net.jqwik.api.Tuple.of(
            1, Arbitraries.of("[]", "\"x\"", "1", "null", "{}", "{\"a\":1,\"a\":2}", "{,}")));
  }

  static String nested(int depth) {
    return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** jqwik's sampling outside a property shares one store: the workers take turns at it. */
  private static final Object SAMPLING = new Object();

  /** Requests for an operation: a third each bodies, query strings and path values. */
  private List<Request> requests(Operation operation, int count) {
    List<Request> out = new ArrayList<>();
    boolean hasBody = operation.fields() != null;
    List<String> bodies;
    List<String> values;
    synchronized (SAMPLING) {
      bodies = hasBody ? body(operation.fields()).sampleStream().limit(count).toList() : List.of();
      values = hostileText().sampleStream().limit(count).toList();
    }
    for (int i = 0; i < count; i++) {
      String path = pathWith(operation.path(), i % 3 == 2 ? values.get(i) : null);
      String query = "";
      if (i % 3 == 1 || !hasBody) {
        List<String> names = new ArrayList<>(operation.query());
        names.add(i % 2 == 0 ? "page" : "page_size");
        String name = names.get(i % names.size());
        query = "?" + encode(name) + "=" + encode(values.get(i));
      }
      out.add(
          new Request(
              operation.method(), path + query, hasBody && i % 3 == 0 ? bodies.get(i) : null));
    }
    return out;
  }

  /** The path with each {parameter} a random id, or the hostile value given. */
  private static String pathWith(String template, String value) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template.substring(i));
        break;
      }
      int close = template.indexOf('}', open);
      out.append(template, i, open);
      out.append(value == null ? UUID.randomUUID().toString() : encode(value));
      i = close + 1;
    }
    return out.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpResponse<String> send(Request request, String token) throws Exception {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(root + request.target().replaceFirst("^/", "")))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (request.body() != null) {
      builder
          .header("Content-Type", "application/json")
          .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
    } else {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The listener's own bare 400 for an encoded control character in the path. */
  private static boolean listenerRefusal(Request request, HttpResponse<String> answer) {
    String path = request.target().split("\\?", 2)[0];
    return answer.statusCode() == 400
        && answer.body().isEmpty()
        && answer.headers().firstValue("Connection").orElse("").equalsIgnoreCase("close")
        && path.matches(".*%[01][0-9a-fA-F].*");
  }

  private boolean valid(String token) throws Exception {
    return send(new Request("GET", "accounts/api/users/me/", null), token).statusCode() == 200;
  }

  /**
   * Rows per table that belong to the fuzzing business: by {@code business_id}, by {@code user_id}
   * (its users' rows) or, for the business itself, by {@code id}. Other classes run at the same
   * time and the shared server's timers (expiry warnings at 02:15, reservation releases every 15
   * minutes, ...) write other businesses' rows at any time, so rows of no business (plans, the job
   * repository) are not compared here: {@code ServerWideIT}'s hostile sweep, which runs alone,
   * counts every row of every table.
   */
  private static Map<String, Long> rowCounts(Connection db, UUID business) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    StringBuilder sql = new StringBuilder();
    for (Map.Entry<String, String> table : scopes(db).entrySet()) {
      sql.append(sql.length() == 0 ? "" : " UNION ALL ")
          .append("SELECT '")
          .append(table.getKey())
          .append("', count(*) FROM ")
          .append(table.getKey())
          .append(" WHERE ")
          .append(table.getValue().replace("{business}", business.toString()));
    }
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql.toString())) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }

  private static volatile Map<String, String> scopes;

  /** Each table's condition for a business's rows ({business} in it), read once per run. */
  private static Map<String, String> scopes(Connection db) throws SQLException {
    if (scopes != null) {
      return scopes;
    }
    Map<String, String> found = new TreeMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT t.table_name, bool_or(k.column_name = 'business_id'),"
                    + " bool_or(k.column_name = 'user_id')"
                    + " FROM information_schema.tables t JOIN information_schema.columns k"
                    + " ON k.table_schema = t.table_schema AND k.table_name = t.table_name"
                    + " WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'"
                    + " GROUP BY t.table_name")) {
      while (rs.next()) {
        String table = rs.getString(1);
        if (ATTEMPT_TABLES.contains(table)) {
          continue;
        }
        if (rs.getBoolean(2)) {
          found.put(table, "business_id = '{business}'");
        } else if (table.equals("acc_business")) {
          found.put(table, "id = '{business}'");
        } else if (rs.getBoolean(3)) {
          found.put(table, "user_id IN (SELECT id FROM acc_user WHERE business_id = '{business}')");
        }
      }
    }
    scopes = found;
    return found;
  }

  private static String difference(Map<String, Long> before, Map<String, Long> after) {
    return after.entrySet().stream()
        .filter(e -> !e.getValue().equals(before.get(e.getKey())))
        .map(e -> e.getKey() + " " + before.get(e.getKey()) + " -> " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
