import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the product over HTTP with the JDK's client (no dependencies: run it with {@code java
 * bench/LoadGenerator.java ...}).
 *
 * <pre>
 *   seed     STATE                          a business: owner, cashiers, products, stock at a storefront
 *   checkout STATE CLIENTS SECONDS [hot]    real checkouts (3 lines, split cash and card); prints one
 *                                           line: clients tps p50 p95 p99 ok conflicts errors
 *   mixed    STATE CLIENTS SECONDS LOG      checkouts, refunds and transfers with Idempotency-Keys;
 *                                           every 201 is appended to LOG as "kind id"
 *   verify   STATE [LOG]                    invariants: integrity checks pass, sales count, and every
 *                                           201 in LOG still there; prints the figures
 *   lookup   STATE COUNT PRODUCTS           catalogue: COUNT name searches and barcode lookups over
 *                                           PRODUCTS bulk-loaded items; prints p50 and p95 of each
 *   read     STATE CLIENTS SECONDS          GET users/me as the cashiers (the HTTP stack's floor: a
 *                                           token, one query, a small answer); prints clients tps errors
 *   offline  STATE BATCHES                  BATCHES batches of 500 offline sales (3 lines, cash) synced one
 *                                           after another by one till, then the first re-sent; prints
 *                                           sales-per-second batch-p50-ms applied duplicates exceptions
 *                                           rejected resent-sales-per-second
 *   tills    STATE CLIENTS LOG STOP         tills ring up sales until the file STOP exists: each sale has
 *                                           an Idempotency-Key (also its card payment's reference); an
 *                                           attempt that fails (no answer, a timeout, 5xx) is sent again
 *                                           with the same key and body, as a till does. LOG gets
 *                                           "sale KEY ID ATTEMPTS" per sale and "failed MILLIS KEY STATUS"
 *                                           per failed attempt; prints the figures (see tills())
 * </pre>
 *
 * POS_URL (default http://localhost:8080) says where the server is; POS_TIMEOUT_SECONDS (default
 * 30) how long a request may take (the tills mode has its own, TILL_TIMEOUT).
 */
public class LoadGenerator {

  static final String URL = System.getenv().getOrDefault("POS_URL", "http://localhost:8080");
  static final String PASSWORD = "Bench-Pass-1234";
  static final int PRODUCTS = 500;
  // HTTP/1.1 as a till reaches the server behind its TLS proxy (the JDK client would otherwise
  // upgrade to cleartext HTTP/2, which no browser speaks)
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "seed" -> seed(Path.of(args[1]));
      case "checkout" ->
          checkout(
              load(args[1]),
              Integer.parseInt(args[2]),
              Integer.parseInt(args[3]),
              args.length > 4 && args[4].equals("hot"));
      case "mixed" ->
          mixed(
              load(args[1]),
              Integer.parseInt(args[2]),
              Integer.parseInt(args[3]),
              Path.of(args[4]));
      case "verify" -> verify(load(args[1]), args.length > 2 ? Path.of(args[2]) : null);
      case "lookup" -> lookup(load(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "read" -> read(load(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "offline" -> offline(load(args[1]), Integer.parseInt(args[2]));
      case "tills" ->
          tills(load(args[1]), Integer.parseInt(args[2]), Path.of(args[3]), Path.of(args[4]));
      default ->
          throw new IllegalArgumentException(
              "seed, checkout, mixed, verify, lookup, read, offline or tills");
    }
  }

  record Answer(int status, String body, long nanos) {}

  static final Duration TIMEOUT =
      Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("POS_TIMEOUT_SECONDS", "30")));

  static Answer call(String method, String path, String token, String json, String key) {
    return call(method, path, token, json, key, TIMEOUT);
  }

  static Answer call(
      String method, String path, String token, String json, String key, Duration timeout) {
    return call(HTTP, method, path, token, json, key, timeout);
  }

  static Answer call(
      HttpClient http,
      String method,
      String path,
      String token,
      String json,
      String key,
      Duration timeout) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(URL + "/" + path))
            .timeout(timeout)
            .header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    long start = System.nanoTime();
    // the client's own request timeout is run by its selector thread; should that thread stall
    // (seen on an overloaded machine: every till waited 250 s with no timeout firing), this wait
    // still ends the attempt
    CompletableFuture<HttpResponse<String>> sent =
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    try {
      HttpResponse<String> response = sent.get(timeout.toMillis() + 2_000, TimeUnit.MILLISECONDS);
      return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
    } catch (ExecutionException e) {
      return new Answer(-1, String.valueOf(e.getCause()), System.nanoTime() - start);
    } catch (TimeoutException e) {
      sent.cancel(true);
      return new Answer(-1, "no answer (outer deadline)", System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, e.toString(), System.nanoTime() - start);
    }
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  static String ok(Answer a, int expected, String what) {
    if (a.status() != expected) {
      throw new IllegalStateException(what + ": HTTP " + a.status() + " " + a.body());
    }
    return a.body();
  }

  static void seed(Path state) throws IOException {
    String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@bench.pos";
    String owner =
        field(
            ok(
                call(
                    "POST",
                    "accounts/api/auth/register/",
                    null,
                    "{\"business_name\":\"Bench Mart\",\"email\":\""
                        + email
                        + "\",\"password\":\""
                        + PASSWORD
                        + "\",\"first_name\":\"Bench\",\"last_name\":\"Owner\"}",
                    null),
                201,
                "register"),
            "token");
    // the bench business needs more than a trial allows: the platform owner may upgrade it
    // (see bench/run.sh); checkouts themselves stay within the trial's monthly sales otherwise
    String warehouse =
        field(
            ok(
                call("POST", "inventory/api/warehouses/", owner, "{\"name\":\"Depot\"}", null),
                201,
                "warehouse"),
            "id");
    String storefront =
        field(
            ok(
                call(
                    "POST",
                    "inventory/api/storefronts/",
                    owner,
                    "{\"name\":\"Till street\",\"warehouse_id\":\"" + warehouse + "\"}",
                    null),
                201,
                "storefront"),
            "id");
    List<String> products = new ArrayList<>();
    StringBuilder items = new StringBuilder();
    StringBuilder moves = new StringBuilder();
    for (int i = 0; i < PRODUCTS; i++) {
      String id =
          field(
              ok(
                  call(
                      "POST",
                      "inventory/api/products/",
                      owner,
                      "{\"sku\":\"B-" + i + "\",\"name\":\"Bench product " + i + "\"}",
                      null),
                  201,
                  "product"),
              "id");
      products.add(id);
      items
          .append(items.isEmpty() ? "" : ",")
          .append("{\"product_id\":\"")
          .append(id)
          .append(
              "\",\"quantity\":\"100000\",\"unit_cost\":\"1.25\",\"retail_price\":\"2.00\",\"wholesale_price\":\"1.80\"}");
      moves
          .append(moves.isEmpty() ? "" : ",")
          .append("{\"product_id\":\"")
          .append(id)
          .append("\",\"quantity\":\"90000\"}");
    }
    ok(
        call(
            "POST",
            "inventory/api/batches/",
            owner,
            "{\"warehouse_id\":\""
                + warehouse
                + "\",\"supplier\":\"Bench\",\"reference\":\"B-1\",\"items\":["
                + items
                + "]}",
            null),
        201,
        "batch");
    String transfer =
        field(
            ok(
                call(
                    "POST",
                    "inventory/api/transfers/",
                    owner,
                    "{\"from_warehouse_id\":\""
                        + warehouse
                        + "\",\"to_storefront_id\":\""
                        + storefront
                        + "\",\"items\":["
                        + moves
                        + "]}",
                    null),
                201,
                "transfer"),
            "id");
    ok(
        call("POST", "inventory/api/transfers/" + transfer + "/complete/", owner, null, null),
        200,
        "complete");
    List<String> cashiers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String cashier = "cashier" + i + "." + email;
      ok(
          call(
              "POST",
              "accounts/api/users/",
              owner,
              "{\"email\":\""
                  + cashier
                  + "\",\"password\":\""
                  + PASSWORD
                  + "\",\"first_name\":\"C\",\"last_name\":\""
                  + i
                  + "\",\"role\":\"CASHIER\",\"storefront_ids\":[\""
                  + storefront
                  + "\"]}",
              null),
          201,
          "cashier");
      cashiers.add(
          field(
              ok(
                  call(
                      "POST",
                      "accounts/api/auth/login/",
                      null,
                      "{\"email\":\"" + cashier + "\",\"password\":\"" + PASSWORD + "\"}",
                      null),
                  200,
                  "login"),
              "token"));
    }
    Properties p = new Properties();
    p.setProperty("owner", owner);
    p.setProperty("ownerEmail", email);
    p.setProperty("warehouse", warehouse);
    p.setProperty("storefront", storefront);
    p.setProperty("products", String.join(",", products));
    p.setProperty("cashiers", String.join(",", cashiers));
    try (var out = Files.newBufferedWriter(state)) {
      p.store(out, "bench business");
    }
    System.out.println("seeded " + email + " with " + PRODUCTS + " products and 4 cashiers");
  }

  static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(Path.of(file))) {
      p.load(in);
    }
    return p;
  }

  /** A checkout of three lines at 2.00 each (no tax), paid half by card and the rest in cash. */
  static String sale(Properties s, boolean hot) {
    return sale(s, hot, null);
  }

  /**
   * The same, the card payment carrying {@code reference} (the till's key for the sale) when given.
   */
  static String sale(Properties s, boolean hot, String reference) {
    List<String> products = new ArrayList<>(List.of(s.getProperty("products").split(",")));
    if (!hot) {
      Collections.shuffle(products, ThreadLocalRandom.current());
    }
    StringBuilder lines = new StringBuilder();
    int units = 0;
    for (int i = 0; i < 3; i++) {
      int q = hot ? 1 : 1 + ThreadLocalRandom.current().nextInt(3);
      units += q;
      lines
          .append(i == 0 ? "" : ",")
          .append("{\"product_id\":\"")
          .append(products.get(i))
          .append("\",\"quantity\":")
          .append(q)
          .append("}");
    }
    int total = units * 200; // cents
    int card = total / 2;
    return "{\"storefront_id\":\""
        + s.getProperty("storefront")
        + "\",\"sale_type\":\"RETAIL\",\"items\":["
        + lines
        + "],\"payments\":[{\"method\":\"CARD\",\"amount\":\""
        + cents(card)
        + (reference == null ? "" : "\",\"reference\":\"" + reference)
        + "\"},{\"method\":\"CASH\",\"amount\":\""
        + cents(total - card + 500)
        + "\"}]}";
  }

  static String cents(int c) {
    return String.format(Locale.ROOT, "%d.%02d", c / 100, c % 100);
  }

  static void checkout(Properties s, int clients, int seconds, boolean hot) throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    drive(
        s,
        clients,
        seconds,
        token -> call("POST", "sales/api/sales/", token, sale(s, hot), null),
        a -> {
          latencies.add(a.nanos());
          if (a.status() == 201) ok.incrementAndGet();
          else if (a.status() == 409) conflicts.incrementAndGet();
          else errors.incrementAndGet();
        });
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%d %.1f %.1f %.1f %.1f %d %d %d%n",
        clients,
        ok.get() / (double) seconds,
        pct(sorted, 50),
        pct(sorted, 95),
        pct(sorted, 99),
        ok.get(),
        conflicts.get(),
        errors.get());
  }

  static final int OFFLINE_BATCH = 500;

  /**
   * A till back online: batches of 500 sales it rang up offline (the checkout's 3 lines at 2.00,
   * paid in cash), synced one after the other, then the first batch re-sent (all DUPLICATE). The
   * rate is sales recorded per second of sync, to set beside the online checkout rate of one till.
   */
  static void offline(Properties s, int batches) {
    String token = s.getProperty("cashiers").split(",")[0];
    String cashier =
        field(ok(call("GET", "accounts/api/users/me/", token, null, null), 200, "me"), "id");
    String till = UUID.randomUUID().toString();
    List<Long> latencies = new ArrayList<>();
    int[] counts = new int[4];
    long nanos = 0;
    String first = null;
    for (int b = 0; b < batches; b++) {
      String batch = offlineBatch(s, till, cashier);
      if (first == null) {
        first = batch;
      }
      Answer a =
          call("POST", "sales/api/offline-batches/", token, batch, null, Duration.ofSeconds(600));
      ok(a, 200, "offline batch");
      latencies.add(a.nanos());
      nanos += a.nanos();
      String[] names = {"applied", "duplicates", "exceptions", "rejected"};
      for (int i = 0; i < names.length; i++) {
        counts[i] += number(a.body(), names[i]);
      }
    }
    Answer again =
        call("POST", "sales/api/offline-batches/", token, first, null, Duration.ofSeconds(600));
    ok(again, 200, "offline batch re-sent");
    Collections.sort(latencies);
    System.out.printf(
        Locale.ROOT,
        "%.1f %.1f %d %d %d %d %.1f%n",
        (counts[0] + counts[2]) / (nanos / 1e9),
        pct(latencies, 50),
        counts[0],
        number(again.body(), "duplicates"),
        counts[2],
        counts[3],
        OFFLINE_BATCH / (again.nanos() / 1e9));
  }

  static int number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** 500 sales a till made offline over the last 500 minutes, each with its own client id. */
  static String offlineBatch(Properties s, String till, String cashier) {
    List<String> products = List.of(s.getProperty("products").split(","));
    StringBuilder sales = new StringBuilder();
    Instant start = Instant.now().minus(Duration.ofMinutes(OFFLINE_BATCH + 1));
    for (int n = 0; n < OFFLINE_BATCH; n++) {
      StringBuilder lines = new StringBuilder();
      int units = 0;
      List<String> shuffled = new ArrayList<>(products);
      Collections.shuffle(shuffled, ThreadLocalRandom.current());
      for (int i = 0; i < 3; i++) {
        int q = 1 + ThreadLocalRandom.current().nextInt(3);
        units += q;
        lines
            .append(i == 0 ? "" : ",")
            .append("{\"product_id\":\"")
            .append(shuffled.get(i))
            .append("\",\"quantity\":")
            .append(q)
            .append(",\"unit_price\":\"2.00\"}");
      }
      sales
          .append(n == 0 ? "" : ",")
          .append("{\"client_sale_id\":\"")
          .append(UUID.randomUUID())
          .append("\",\"occurred_at\":\"")
          .append(
              start.plus(Duration.ofMinutes(n)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
          .append("\",\"storefront_id\":\"")
          .append(s.getProperty("storefront"))
          .append("\",\"sale_type\":\"RETAIL\",\"cashier_id\":\"")
          .append(cashier)
          .append("\",\"items\":[")
          .append(lines)
          .append("],\"payments\":[{\"method\":\"CASH\",\"amount\":\"")
          .append(cents(units * 200))
          .append("\"}]}");
    }
    return "{\"till_id\":\"" + till + "\",\"sales\":[" + sales + "]}";
  }

  /** The same stack's floor: an authenticated read that does one small query. */
  static void read(Properties s, int clients, int seconds) throws Exception {
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    drive(
        s,
        clients,
        seconds,
        token -> call("GET", "accounts/api/users/me/", token, null, null),
        a -> (a.status() == 200 ? ok : errors).incrementAndGet());
    System.out.printf(
        Locale.ROOT, "%d %.1f %d%n", clients, ok.get() / (double) seconds, errors.get());
  }

  /** CLIENTS threads, each signed in as one of the cashiers, calling until the time is up. */
  static void drive(
      Properties s,
      int clients,
      int seconds,
      Function<String, Answer> request,
      Consumer<Answer> record)
      throws InterruptedException {
    String[] tokens = s.getProperty("cashiers").split(",");
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String token = tokens[c % tokens.length];
      threads.add(
          started(
              () -> {
                while (System.nanoTime() < end) {
                  record.accept(request.apply(token));
                }
              }));
    }
    for (Thread t : threads) t.join();
  }

  static double pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) return 0;
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1))
        / 1e6;
  }

  static void mixed(Properties s, int clients, int seconds, Path log) throws Exception {
    String[] tokens = s.getProperty("cashiers").split(",");
    String owner = s.getProperty("owner");
    AtomicLong made = new AtomicLong();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        String token = tokens[c % tokens.length];
        int client = c;
        threads.add(
            started(
                () -> {
                  int n = 0;
                  while (System.nanoTime() < end) {
                    n++;
                    made.incrementAndGet();
                    if (client == 0 && n % 5 == 0) {
                      // the owner moves a little more stock to the till
                      String body =
                          "{\"from_warehouse_id\":\""
                              + s.getProperty("warehouse")
                              + "\",\"to_storefront_id\":\""
                              + s.getProperty("storefront")
                              + "\",\"items\":[{\"product_id\":\""
                              + s.getProperty("products").split(",")[n % PRODUCTS]
                              + "\",\"quantity\":\"10\"}]}";
                      Answer t =
                          call(
                              "POST",
                              "inventory/api/transfers/",
                              owner,
                              body,
                              UUID.randomUUID().toString());
                      if (t.status() == 201) {
                        record(out, "transfer " + field(t.body(), "id"));
                        Answer done =
                            call(
                                "POST",
                                "inventory/api/transfers/" + field(t.body(), "id") + "/complete/",
                                owner,
                                null,
                                null);
                        if (done.status() == 200)
                          record(out, "transfer-completed " + field(t.body(), "id"));
                      }
                      continue;
                    }
                    Answer a =
                        call(
                            "POST",
                            "sales/api/sales/",
                            token,
                            sale(s, false),
                            UUID.randomUUID().toString());
                    if (a.status() != 201) continue;
                    String sale = field(a.body(), "id");
                    record(out, "sale " + sale);
                    if (n % 7 == 0) {
                      Matcher item =
                          Pattern.compile("\"items\":\\[\\{[^\\]]*?\"id\":\"([^\"]+)\"")
                              .matcher(a.body());
                      if (item.find()) {
                        Answer r =
                            call(
                                "POST",
                                "sales/api/refunds/",
                                owner,
                                "{\"sale_id\":\""
                                    + sale
                                    + "\",\"items\":[{\"sale_item_id\":\""
                                    + item.group(1)
                                    + "\",\"quantity\":1}],\"restock\":true,\"reason\":\"bench\"}",
                                UUID.randomUUID().toString());
                        made.incrementAndGet();
                        if (r.status() == 201) record(out, "refund " + field(r.body(), "id"));
                      }
                    }
                  }
                }));
      }
      for (Thread t : threads) t.join();
    }
    System.out.println("requests " + made.get());
  }

  static void lookup(Properties s, int count, int products) {
    String token = s.getProperty("owner");
    List<Long> search = new ArrayList<>();
    List<Long> barcode = new ArrayList<>();
    String[] words = {
      "salt", "rice", "oil", "soap", "tea", "milk", "flour", "sugar", "beans", "water"
    };
    for (int i = 0; i < count; i++) {
      int n = ThreadLocalRandom.current().nextInt(1, products + 1);
      String term = words[n % words.length] + "%20" + (n % 1000);
      Answer a =
          call(
              "GET", "inventory/api/products/?search=" + term + "&page_size=20", token, null, null);
      if (a.status() != 200)
        throw new IllegalStateException("search: " + a.status() + " " + a.body());
      search.add(a.nanos());
      Answer b =
          call(
              "GET",
              "inventory/api/products/by-barcode/" + (7_000_000_000_000L + n) + "/",
              token,
              null,
              null);
      if (b.status() != 200)
        throw new IllegalStateException("barcode: " + b.status() + " " + b.body());
      barcode.add(b.nanos());
    }
    Collections.sort(search);
    Collections.sort(barcode);
    System.out.printf(
        Locale.ROOT,
        "%.1f %.1f %.1f %.1f%n",
        pct(search, 50),
        pct(search, 95),
        pct(barcode, 50),
        pct(barcode, 95));
  }

  static synchronized void record(PrintWriter out, String line) {
    out.println(line);
    out.flush();
  }

  static void verify(Properties s, Path log) throws IOException {
    String owner = s.getProperty("owner");
    String integrity = ok(call("GET", "admin/api/integrity/", owner, null, null), 200, "integrity");
    Matcher failing = Pattern.compile("\"name\":\"([^\"]+)\",\"ok\":false").matcher(integrity);
    List<String> failed = new ArrayList<>();
    while (failing.find()) failed.add(failing.group(1));
    boolean ok = failed.isEmpty();
    int answered = 0;
    int present = 0;
    if (log != null) {
      for (String line : Files.readAllLines(log)) {
        String[] parts = line.split(" ");
        String path =
            switch (parts[0]) {
              case "sale" -> "sales/api/sales/";
              case "refund" -> "sales/api/refunds/";
              case "transfer", "transfer-completed" -> "inventory/api/transfers/";
              default -> null;
            };
        if (path == null) continue;
        answered++;
        Answer a = call("GET", path + parts[1] + "/", owner, null, null);
        boolean there =
            a.status() == 200
                && (!parts[0].equals("sale")
                    || a.body().contains("\"status\":\"COMPLETED\"")
                    || a.body().contains("REFUNDED"))
                && (!parts[0].equals("transfer-completed")
                    || a.body().contains("\"status\":\"COMPLETED\""));
        if (there) present++;
        else System.out.println("missing after restart: " + line + " -> " + a.status());
      }
    }
    System.out.println(
        "answered-2xx "
            + answered
            + " present "
            + present
            + " integrity-violations "
            + failed.size()
            + (failed.isEmpty() ? "" : " " + failed));
    if (!ok || present != answered) {
      System.exit(1);
    }
  }

  /** How long a till waits for an answer before it gives up on the attempt and sends it again. */
  static final Duration TILL_TIMEOUT = Duration.ofSeconds(10);

  /** How long a till keeps trying one sale before it gives up on it (reported as abandoned). */
  static final Duration TILL_PATIENCE = Duration.ofSeconds(120);

  /**
   * Tills through a load balancer: each sale gets a fresh Idempotency-Key, and an attempt without
   * an answer (connection refused or reset, a timeout) or with a 5xx is sent again with the same
   * key and body after a short pause, until it is answered or the till's patience runs out. A till
   * finishes the sale it is on when STOP appears. Prints one line per figure: requests (attempts
   * sent), failed (attempts that failed and were retried), retried (sales that needed more than one
   * attempt), succeeded (sales answered 201), refused (sales answered another 4xx: none expected),
   * abandoned (sales given up), last-failure (epoch ms of the last failed attempt, 0 if none).
   */
  static void tills(Properties s, int clients, Path log, Path stop) throws Exception {
    String[] tokens = s.getProperty("cashiers").split(",");
    AtomicLong requests = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong retried = new AtomicLong();
    AtomicLong succeeded = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    AtomicLong abandoned = new AtomicLong();
    AtomicLong lastFailure = new AtomicLong();
    long hardStop = System.nanoTime() + Duration.ofMinutes(15).toNanos();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        String token = tokens[c % tokens.length];
        // a client (connections, selector thread) of its own per till, as real tills have
        HttpClient http =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        threads.add(
            started(
                () -> {
                  while (!Files.exists(stop) && System.nanoTime() < hardStop) {
                    String key = UUID.randomUUID().toString();
                    String body = sale(s, false, key);
                    long giveUp = System.nanoTime() + TILL_PATIENCE.toNanos();
                    int attempts = 0;
                    while (true) {
                      attempts++;
                      requests.incrementAndGet();
                      Answer a =
                          call(http, "POST", "sales/api/sales/", token, body, key, TILL_TIMEOUT);
                      if (a.status() == 201) {
                        succeeded.incrementAndGet();
                        record(out, "sale " + key + " " + field(a.body(), "id") + " " + attempts);
                        break;
                      }
                      if (a.status() != -1 && a.status() < 500) {
                        refused.incrementAndGet();
                        record(
                            out,
                            "refused "
                                + key
                                + " "
                                + a.status()
                                + " "
                                + a.body().replace('\n', ' '));
                        break;
                      }
                      failed.incrementAndGet();
                      long now = System.currentTimeMillis();
                      lastFailure.accumulateAndGet(now, Math::max);
                      record(out, "failed " + now + " " + key + " " + a.status());
                      if (attempts == 1) retried.incrementAndGet();
                      if (System.nanoTime() > giveUp) {
                        abandoned.incrementAndGet();
                        record(out, "abandoned " + key);
                        break;
                      }
                      pause(Math.min(2000, 250L << Math.min(attempts - 1, 3)));
                    }
                  }
                }));
      }
      for (Thread t : threads) t.join();
    }
    System.out.println("requests " + requests.get());
    System.out.println("failed " + failed.get());
    System.out.println("retried " + retried.get());
    System.out.println("succeeded " + succeeded.get());
    System.out.println("refused " + refused.get());
    System.out.println("abandoned " + abandoned.get());
    System.out.println("last-failure " + lastFailure.get());
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Thread started(Runnable work) {
    Thread thread = new Thread(work);
    thread.start();
    return thread;
  }
}
