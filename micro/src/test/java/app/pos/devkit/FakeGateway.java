package app.pos.devkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for Stripe and Paystack that speaks the documented requests and answers the
 * product uses: Stripe's {@code POST /v1/checkout/sessions} (form encoded, secret key as bearer)
 * and Paystack's {@code POST /transaction/initialize} and {@code GET /transaction/verify/{ref}}. It
 * refuses a wrong key as the real ones do, and records every request for the tests to inspect.
 */
public final class FakeGateway implements AutoCloseable {

  public static final String STRIPE_SECRET = "sk_test_fake_stripe";
  public static final String STRIPE_WEBHOOK_SECRET = "whsec_test_fake";
  public static final String PAYSTACK_SECRET = "sk_test_fake_paystack";

  /** One request as the gateway received it. */
  public record Request(
      String method, String path, String authorization, Map<String, String> form, String body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Long> paystackAmounts = new ConcurrentHashMap<>();
  private final Map<String, String> paystackOutcome = new ConcurrentHashMap<>();
  private final AtomicLong transactionIds = new AtomicLong(4_000_000);

  private FakeGateway(HttpServer server) {
    this.server = server;
  }

  public static FakeGateway start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    FakeGateway gateway = new FakeGateway(server);
    server.createContext("/stripe/v1/checkout/sessions", gateway::stripeCheckout);
    server.createContext("/paystack/transaction/initialize", gateway::paystackInitialize);
    server.createContext("/paystack/transaction/verify/", gateway::paystackVerify);
    server.start();
    return gateway;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Makes Paystack's verify call report this outcome (for instance "failed") for a reference. */
  public void paystackWillReport(String reference, String status) {
    paystackOutcome.put(reference, status);
  }

  private void stripeCheckout(HttpExchange exchange) throws IOException {
    String body = read(exchange.getRequestBody());
    Map<String, String> form = form(body);
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    requests.add(
        new Request(
            exchange.getRequestMethod(), exchange.getRequestURI().getPath(), auth, form, body));
    if (!("Bearer " + STRIPE_SECRET).equals(auth)) {
      answer(
          exchange,
          401,
          "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key provided\"}}");
      return;
    }
    if (!"POST".equals(exchange.getRequestMethod())
        || form.get("client_reference_id") == null
        || form.get("line_items[0][price_data][unit_amount]") == null) {
      answer(
          exchange,
          400,
          "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Missing required param\"}}");
      return;
    }
    String id = "cs_test_" + UUID.randomUUID().toString().replace("-", "");
    answer(
        exchange,
        200,
        Json.createObjectBuilder()
            .add("id", id)
            .add("object", "checkout.session")
            .add("mode", form.getOrDefault("mode", "payment"))
            .add("url", "https://checkout.stripe.test/c/pay/" + id)
            .add("client_reference_id", form.get("client_reference_id"))
            .add("amount_total", Long.parseLong(form.get("line_items[0][price_data][unit_amount]")))
            .add("currency", form.getOrDefault("line_items[0][price_data][currency]", "usd"))
            .add("payment_status", "unpaid")
            .build()
            .toString());
  }

  private void paystackInitialize(HttpExchange exchange) throws IOException {
    String body = read(exchange.getRequestBody());
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    requests.add(
        new Request(
            exchange.getRequestMethod(), exchange.getRequestURI().getPath(), auth, Map.of(), body));
    if (!("Bearer " + PAYSTACK_SECRET).equals(auth)) {
      answer(exchange, 401, "{\"status\":false,\"message\":\"Invalid key\"}");
      return;
    }
    JsonObject json = Json.createReader(new StringReader(body)).readObject();
    String reference = json.getString("reference");
    paystackAmounts.put(reference, json.getJsonNumber("amount").longValue());
    String access = "ac_" + UUID.randomUUID().toString().substring(0, 12);
    answer(
        exchange,
        200,
        Json.createObjectBuilder()
            .add("status", true)
            .add("message", "Authorization URL created")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("authorization_url", "https://checkout.paystack.test/" + access)
                    .add("access_code", access)
                    .add("reference", reference))
            .build()
            .toString());
  }

  private void paystackVerify(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String reference =
        URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    requests.add(new Request(exchange.getRequestMethod(), path, auth, Map.of(), ""));
    Long amount = paystackAmounts.get(reference);
    if (!("Bearer " + PAYSTACK_SECRET).equals(auth) || amount == null) {
      answer(
          exchange,
          auth == null ? 401 : 404,
          "{\"status\":false,\"message\":\"Transaction reference not found\"}");
      return;
    }
    answer(
        exchange,
        200,
        Json.createObjectBuilder()
            .add("status", true)
            .add("message", "Verification successful")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("id", transactionIds.incrementAndGet())
                    .add("status", paystackOutcome.getOrDefault(reference, "success"))
                    .add("reference", reference)
                    .add("amount", amount)
                    .add("currency", "USD"))
            .build()
            .toString());
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return fields;
    }
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      fields.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return fields;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
