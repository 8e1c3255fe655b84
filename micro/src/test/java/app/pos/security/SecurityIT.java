package app.pos.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.pos.devkit.FakeGateway;
import app.pos.devkit.Inbox;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import app.pos.devkit.TestDatabaseSession;
import app.pos.subscriptions.control.WebhookSignatures;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Security sweeps driven by the OpenAPI document, so a new endpoint is covered the day it exists:
 * another business never reaches an object (every path with an id, every verb), lists never show
 * another business's rows, hostile PATCH bodies change nothing, and fields a caller may not set are
 * ignored.
 */
@SharedServer
@Order(4) // a long class: started first, so the run does not wait for it at the end
// one business with one of everything for the whole class, made once: it is most of the class's
// cost, and each test either only reads it or writes what the others do not look at
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {

  /** Path parameters that name no business object (platform data, assets, names, periods). */
  static final Set<String> NOT_TENANT_OBJECTS =
      Set.of(
          "/subscriptions/api/plans",
          "/subscriptions/api/gateway-configs",
          "/admin/api/jobs",
          "/admin",
          "/api/schema/swagger-ui",
          "/api/schema/redoc",
          "/bookkeeping/api/periods");

  @ArquillianResource URL base;
  PosApi api;
  Staff owner;

  /** One object of each kind in the first business, by the path of its collection. */
  Map<String, String> objects;

  /**
   * Another business's owner, also an ADMIN of the first: their token for their own business must
   * still see nothing of it.
   */
  Staff other;

  @BeforeAll
  void business() throws Exception {
    api = new PosApi(base);
    owner = api.registerBusiness();
    objects = everything(owner);
    other = api.registerBusiness();
    joinAsAdmin(owner, other);
  }

  String create(String path, Object body) {
    return api.as(owner).body(body).post(path).then().statusCode(201).extract().path("id");
  }

  /** Creates one of everything the API has an id path for, through the API. */
  Map<String, String> everything(Staff a) {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("/accounts/api/users", api.addStaff(a, "CASHIER").userId().toString());
    ids.put(
        "/accounts/api/invitations",
        create(
            "accounts/api/invitations/",
            Map.of("email", PosApi.uniqueEmail("invitee"), "role", "CASHIER")));
    Shop shop = Shop.of(api, a, "W");
    String warehouse = shop.warehouse();
    String storefront = shop.storefront("S");
    ids.put("/inventory/api/warehouses", warehouse);
    ids.put("/inventory/api/storefronts", storefront);
    ids.put("/inventory/api/categories", create("inventory/api/categories/", Map.of("name", "C")));
    ids.put("/inventory/api/suppliers", create("inventory/api/suppliers/", Map.of("name", "Acme")));
    String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
    String barcode =
        String.valueOf(Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 1_000_000_000_000L);
    String product = shop.product(sku, "Rice", Map.of("barcode", barcode));
    ids.put("/inventory/api/products", product);
    ids.put("/inventory/api/products/by-sku", sku);
    ids.put("/inventory/api/products/by-barcode", barcode);
    Response batch =
        api.as(a)
            .body(Shop.receipt(warehouse, product, "50", "2.00", "5.00", "4.00"))
            .post("inventory/api/batches/");
    batch.then().statusCode(201);
    ids.put("/inventory/api/batches", batch.path("id"));
    ids.put("/inventory/api/lots", batch.path("items[0].id"));
    shop.stock(storefront, product, "20");
    ids.put(
        "/inventory/api/transfers",
        create(
            "inventory/api/transfers/",
            Map.of(
                "from_warehouse_id", warehouse,
                "to_storefront_id", storefront,
                "items", List.of(Map.of("product_id", product, "quantity", "20")))));
    ids.put(
        "/inventory/api/transfer-requests",
        create(
            "inventory/api/transfer-requests/",
            Map.of(
                "storefront_id",
                storefront,
                "items",
                List.of(Map.of("product_id", product, "quantity", "1")))));
    ids.put(
        "/inventory/api/adjustments",
        create(
            "inventory/api/adjustments/",
            Map.of(
                "location_id", warehouse,
                "product_id", product,
                "adjustment_type", "DAMAGE",
                "quantity", "1",
                "reason", "Dropped")));
    String counted =
        api.as(a)
            .body(
                Map.of(
                    "location_id",
                    warehouse,
                    "counts",
                    List.of(Map.of("product_id", product, "counted_quantity", "0"))))
            .post("inventory/api/stock-counts/")
            .then()
            .statusCode(200)
            .extract()
            .path("results[0].stock_count_id");
    ids.put("/inventory/api/stock-counts", counted);
    ids.put(
        "/sales/api/customers",
        create("sales/api/customers/", Map.of("name", "Ama", "customer_type", "RETAIL")));
    Response sold =
        api.as(a)
            .body(
                Map.of(
                    "storefront_id", storefront,
                    "items", List.of(Map.of("product_id", product, "quantity", "2")),
                    "payments", List.of(Map.of("method", "CASH", "amount", "10"))))
            .post("sales/api/sales/");
    sold.then().statusCode(201);
    ids.put("/sales/api/payments", sold.path("payments[0].id"));
    ids.put(
        "/sales/api/refunds",
        create(
            "sales/api/refunds/",
            Map.of(
                "sale_id", sold.path("id"),
                "items",
                    List.of(
                        Map.of("sale_item_id", (String) sold.path("items[0].id"), "quantity", 1)),
                "reason", "Torn")));
    ids.put(
        "/sales/api/sales",
        create(
            "sales/api/sales/",
            Map.of(
                "storefront_id",
                storefront,
                "items",
                List.of(Map.of("product_id", product, "quantity", "1")))));
    ids.put(
        "/sales/api/carts",
        create("sales/api/carts/", Map.of("storefront_id", storefront, "sale_type", "RETAIL")));
    ids.put(
        "/sales/api/exchanges",
        create(
            "sales/api/sales/" + sold.path("id") + "/exchange/",
            Map.of(
                "returns",
                List.of(Map.of("sale_item_id", (String) sold.path("items[0].id"), "quantity", 1)),
                "items",
                List.of(Map.of("product_id", product, "quantity", "1")),
                "method",
                "CASH",
                "reason",
                "Wrong size")));
    // an offline sale charged below the shelf price: a price exception for a manager
    Map<String, Object> offline = new java.util.HashMap<>();
    offline.put("client_sale_id", UUID.randomUUID().toString());
    offline.put(
        "occurred_at", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString());
    offline.put("storefront_id", storefront);
    offline.put("sale_type", "RETAIL");
    offline.put("cashier_id", a.userId().toString());
    offline.put(
        "items", List.of(Map.of("product_id", product, "quantity", "1", "unit_price", "4.50")));
    offline.put("payments", List.of(Map.of("method", "CASH", "amount", "4.50")));
    ids.put(
        "/sales/api/exceptions",
        api.as(a)
            .body(Map.of("till_id", UUID.randomUUID().toString(), "sales", List.of(offline)))
            .post("sales/api/offline-batches/")
            .then()
            .statusCode(200)
            .extract()
            .path("results[0].exceptions[0].id"));
    String account =
        create(
            "bookkeeping/api/accounts/",
            Map.of("code", "6100", "name", "Rent", "account_type", "EXPENSE"));
    ids.put("/bookkeeping/api/accounts", account);
    ids.put(
        "/bookkeeping/api/journal-entries",
        create(
            "bookkeeping/api/journal-entries/",
            Map.of(
                "date",
                LocalDate.now().toString(),
                "description",
                "Rent",
                "lines",
                List.of(
                    Map.of("account_code", "6100", "debit", "100"),
                    Map.of("account_code", "1000", "credit", "100")))));
    ids.put(
        "/bookkeeping/api/budgets",
        create(
            "bookkeeping/api/budgets/",
            Map.of(
                "account_id",
                account,
                "period_start",
                LocalDate.now().withDayOfMonth(1).toString(),
                "period_end",
                LocalDate.now().toString(),
                "amount",
                "500")));
    String today = LocalDate.now().toString();
    ids.put(
        "/bookkeeping/api/trial-balances",
        api.as(a)
            .body(Map.of("period_start", today, "period_end", today))
            .post("bookkeeping/api/trial-balances/")
            .then()
            .statusCode(202)
            .extract()
            .path("id"));
    ids.put(
        "/admin/api/jobs/executions",
        api.as(a)
            .body(Map.of())
            .post("admin/api/jobs/inventory-valuation/")
            .then()
            .statusCode(202)
            .extract()
            .path("id"));
    // a paid subscription with its invoice, through the (fake) gateway and a signed event
    String plan =
        api.anonymous()
            .get("subscriptions/api/plans/")
            .path("results.find { it.code == 'business' }.id");
    String subscription =
        create("subscriptions/api/subscriptions/", Map.of("plan_id", plan, "gateway", "STRIPE"));
    String session;
    try (Connection c = TestDatabaseSession.connect();
        var q =
            c.prepareStatement("SELECT checkout_reference FROM sub_subscription WHERE id = ?")) {
      q.setObject(1, UUID.fromString(subscription));
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        session = rs.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    byte[] event =
        ("{\"id\":\"evt_"
                + UUID.randomUUID()
                + "\",\"type\":\"checkout.session.completed\","
                + "\"data\":{\"object\":{\"id\":\""
                + session
                + "\",\"client_reference_id\":\""
                + subscription
                + "\",\"payment_status\":\"paid\",\"amount_total\":7900,"
                + "\"currency\":\"usd\"}}}")
            .getBytes(StandardCharsets.UTF_8);
    api.anonymous()
        .header(
            "Stripe-Signature",
            WebhookSignatures.stripeHeader(event, FakeGateway.STRIPE_WEBHOOK_SECRET, Instant.now()))
        .contentType(ContentType.JSON)
        .body(event)
        .post("subscriptions/api/webhooks/stripe/")
        .then()
        .statusCode(200);
    ids.put("/subscriptions/api/subscriptions", subscription);
    ids.put(
        "/subscriptions/api/invoices",
        api.as(a).get("subscriptions/api/invoices/").path("results[0].id"));
    ids.values().forEach(id -> assertThat(id).isNotNull());
    return ids;
  }

  Map<String, Map<String, Object>> paths() {
    return api.anonymous()
        .accept(ContentType.JSON)
        .get("api/schema/")
        .then()
        .extract()
        .path("paths");
  }

  static String collectionOf(String path) {
    return path.substring(0, path.indexOf("/{"));
  }

  Response call(Staff who, String method, String path, boolean withBody) {
    // another business's ids and an empty body: not requests the document describes
    RequestSpecification request = api.hostile(who);
    if (withBody) {
      request = request.contentType(ContentType.JSON).body("{}");
    }
    return request.request(method.toUpperCase(), path.substring(1));
  }

  @Test
  void anotherBusinessGets404ForEveryCallOnAnObjectOfTheFirst() throws Exception {
    Map<String, String> before = ownersView();
    Set<String> uncovered = new TreeSet<>();
    int calls = 0;
    for (Map.Entry<String, Map<String, Object>> entry : paths().entrySet()) {
      String path = entry.getKey();
      if (!path.contains("{") || path.startsWith("/test-support")) {
        continue;
      }
      String collection = collectionOf(path);
      if (NOT_TENANT_OBJECTS.contains(collection)) {
        continue;
      }
      String id = objects.get(collection);
      if (id == null) {
        uncovered.add(path);
        continue;
      }
      // a nested object's id (an adjustment's attachment) gets the same id: no such object either
      String theirs = path.replaceAll("\\{[^}]+}", id);
      String nobodys = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
      for (Map.Entry<String, Object> operation : entry.getValue().entrySet()) {
        String method = operation.getKey();
        if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
          continue;
        }
        @SuppressWarnings("unchecked")
        boolean body = ((Map<String, Object>) operation.getValue()).containsKey("requestBody");
        Response answer = call(other, method, theirs, body);
        Response missing = call(other, method, nobodys, body);
        calls++;
        assertThat(answer.statusCode())
            .as(method.toUpperCase() + " " + theirs + " by another business")
            .isEqualTo(missing.statusCode())
            .isBetween(400, 499);
        if (method.equals("get") || !body) {
          assertThat(answer.statusCode()).as(method.toUpperCase() + " " + theirs).isEqualTo(404);
        }
      }
    }
    assertThat(uncovered).as("paths with an id this test has no object for").isEmpty();
    assertThat(calls).isGreaterThan(30);
    assertThat(ownersView()).as("the first business's objects after the sweep").isEqualTo(before);
  }

  @Test
  void noListOfAnotherBusinessShowsARowOfTheFirst() {
    for (Map.Entry<String, Map<String, Object>> entry : paths().entrySet()) {
      String path = entry.getKey();
      if (path.contains("{")
          || !entry.getValue().containsKey("get")
          || path.startsWith("/test-support")) {
        continue;
      }
      String body = api.as(other).get(path.substring(1)).asString();
      if (path.equals("/accounts/api/memberships/")) {
        continue; // the person's own memberships name the first business: they belong to it
      }
      for (String id : objects.values()) {
        assertThat(body).as("GET " + path + " by another business").doesNotContain(id);
      }
      assertThat(body).doesNotContain(owner.businessId().toString());
    }
  }

  /**
   * {@code who} accepts an invitation to {@code admin}'s business as ADMIN (keeping their token).
   */
  void joinAsAdmin(Staff admin, Staff who) {
    api.as(admin)
        .body(Map.of("email", who.email(), "role", "ADMIN"))
        .post("accounts/api/invitations/")
        .then()
        .statusCode(201);
    String token = Inbox.latest(who.email(), "You are invited", 1).token("/accept-invitation");
    api.anonymous()
        .body(Map.of("token", token, "password", who.password()))
        .post("accounts/api/invitations/accept/")
        .then()
        .statusCode(200);
  }

  /** What the first business sees of each of its objects. */
  Map<String, String> ownersView() {
    Map<String, String> view = new LinkedHashMap<>();
    for (Map.Entry<String, String> object : objects.entrySet()) {
      if (object.getKey().equals("/bookkeeping/api/trial-balances")
          || object.getKey().equals("/admin/api/jobs/executions")) {
        continue; // their jobs may still be running: not the other business's doing
      }
      Response r = api.as(owner).get(object.getKey().substring(1) + "/" + object.getValue() + "/");
      view.put(object.getKey(), r.statusCode() + " " + r.asString());
    }
    return view;
  }

  @Test
  void hostilePatchBodiesAreRefusedWithNothingChanged() throws Exception {
    List<String> hostile =
        List.of(
            "[]",
            "\"text\"",
            "null",
            "{\"a\":",
            "{\"first_name\":\""
                + "x".repeat(100_000)
                + "\",\"name\":\""
                + "x".repeat(100_000)
                + "\",\"phone\":\""
                + "9".repeat(100_000)
                + "\"}",
            "{\"role\":\"GOD\",\"customer_type\":\"VIP\",\"currency\":\"XXXX\",\"avatar_url\":\"javascript:alert(1)\"}",
            "{\"default_tax_rate\":1e308,\"credit_limit\":-1,\"credit_terms_days\":100000,"
                + "\"storefront_ids\":[\"not-a-uuid\"],\"phone\":\"'; DROP TABLE acc_user; --\"}",
            "{\"time_zone\":\"Mars/Olympus\",\"is_active\":\"yes\",\"credit_blocked\":\"maybe\",\"phone\":\"\\ud800\"}");
    String fingerprint = fingerprint();
    List<String> patched = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> entry : paths().entrySet()) {
      if (!entry.getValue().containsKey("patch")
          || entry.getKey().startsWith("/test-support")
          // plans are the platform's, not a business's: only the platform owner patches them
          || entry.getKey().startsWith("/subscriptions/api/plans")) {
        continue;
      }
      String path = entry.getKey();
      if (path.contains("{")) {
        String id = objects.get(collectionOf(path));
        assertThat(id).as("an object for " + path).isNotNull();
        path = path.replaceFirst("\\{[^}]+}", id);
      }
      patched.add(path);
      for (String body : hostile) {
        Response r =
            api.hostile(owner).contentType(ContentType.JSON).body(body).patch(path.substring(1));
        assertThat(r.statusCode())
            .as("PATCH " + path + " with " + body.substring(0, Math.min(60, body.length())))
            .isBetween(400, 499);
        assertThat(r.contentType()).startsWith("application/problem+json");
      }
      Response huge =
          api.hostile(owner)
              .contentType(ContentType.JSON)
              .body("{\"name\":\"" + "x".repeat(12 * 1024 * 1024) + "\"}")
              .patch(path.substring(1));
      assertThat(huge.statusCode()).as("PATCH " + path + " with 12 MiB").isEqualTo(413);
    }
    assertThat(patched).hasSizeGreaterThanOrEqualTo(4);
    assertThat(fingerprint())
        .as("the business's rows after the hostile PATCHes")
        .isEqualTo(fingerprint);
  }

  /** A digest of the rows PATCH endpoints could touch, to see that nothing changed. */
  String fingerprint() throws Exception {
    StringBuilder all = new StringBuilder();
    try (Connection c = TestDatabaseSession.connect()) {
      for (String sql :
          List.of(
              "SELECT md5(string_agg(t::text, ',' ORDER BY t.id)) FROM acc_user t WHERE business_id = ?",
              "SELECT md5(string_agg(t::text, ',' ORDER BY t.id)) FROM sal_customer t WHERE business_id = ?",
              "SELECT md5(string_agg(t::text, ',' ORDER BY t.user_id)) FROM acc_user_profile t WHERE business_id = ?",
              "SELECT md5(t::text) FROM acc_business t WHERE id = ?")) {
        try (var q = c.prepareStatement(sql)) {
          q.setObject(1, owner.businessId());
          try (ResultSet rs = q.executeQuery()) {
            rs.next();
            all.append(rs.getString(1)).append('/');
          }
        }
      }
    }
    return all.toString();
  }

  @Test
  void fieldsACallerMayNotSetAreIgnoredOrRefused() {
    Staff other = api.registerBusiness();
    Staff cashier = api.addStaff(owner, "CASHIER");
    // a cashier cannot promote themselves, join another business or become the platform owner
    // fields a profile does not take are refused by name; business_id, set by the server, is
    // ignored
    api.hostile(cashier)
        .body(Map.of("role", "ADMIN", "is_superuser", true, "phone", "+1 555 0100"))
        .patch("accounts/api/users/me/profile/")
        .then()
        .statusCode(400)
        .body("errors.role", org.hamcrest.Matchers.notNullValue())
        .body("errors.is_superuser", org.hamcrest.Matchers.notNullValue());
    api.as(cashier)
        .body(Map.of("business_id", other.businessId().toString(), "phone", "+1 555 0100"))
        .patch("accounts/api/users/me/profile/")
        .then()
        .statusCode(200);
    api.as(cashier)
        .get("accounts/api/users/me/")
        .then()
        .body("role", equalTo("CASHIER"))
        .body("is_superuser", equalTo(false))
        .body("business_id", equalTo(owner.businessId().toString()));
    api.as(cashier)
        .body(Map.of("role", "ADMIN"))
        .patch("accounts/api/users/" + cashier.userId() + "/")
        .then()
        .statusCode(403);

    // an admin creating staff cannot make a superuser or place them in another business
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("email", PosApi.uniqueEmail("mass"));
    user.put("password", PosApi.PASSWORD);
    user.put("first_name", "M");
    user.put("last_name", "A");
    user.put("role", "MANAGER");
    user.put("is_superuser", true);
    user.put("business_id", other.businessId().toString());
    String created = create("accounts/api/users/", user);
    api.as(owner)
        .get("accounts/api/users/" + created + "/")
        .then()
        .body("is_superuser", equalTo(false))
        .body("business_id", equalTo(owner.businessId().toString()));

    // a sale's status, totals, posting and receipt are the server's
    String pending = objects.get("/sales/api/sales");
    String storefront = api.as(owner).get("sales/api/sales/" + pending + "/").path("storefront_id");
    Map<String, Object> sale = new LinkedHashMap<>();
    sale.put("storefront_id", storefront);
    sale.put(
        "items",
        List.of(Map.of("product_id", objects.get("/inventory/api/products"), "quantity", "1")));
    sale.put("status", "COMPLETED");
    sale.put("journal_entry_id", UUID.randomUUID().toString());
    sale.put("total", "0.01");
    sale.put("amount_paid", "999");
    sale.put("receipt_number", "R-999999");
    sale.put("business_id", other.businessId().toString());
    api.as(owner)
        .body(sale)
        .post("sales/api/sales/")
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING"))
        .body("journal_entry_id", equalTo(null))
        .body("total", equalTo("5.00"))
        .body("amount_paid", equalTo("0.00"));

    // balances come from postings and payments only
    api.as(owner)
        .body(Map.of("code", "6200", "name", "Fuel", "account_type", "EXPENSE", "balance", "1000"))
        .post("bookkeeping/api/accounts/")
        .then()
        .statusCode(201)
        .body("balance", equalTo("0.00"));
    String customer = objects.get("/sales/api/customers");
    api.as(owner)
        .body(Map.of("outstanding_balance", "500", "name", "Ama M."))
        .patch("sales/api/customers/" + customer + "/")
        .then()
        .statusCode(200)
        .body("outstanding_balance", equalTo("0.00"))
        .body("name", equalTo("Ama M."));
  }
}
