package app.pos.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import app.pos.devkit.FollowLocations;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import app.pos.devkit.TestDatabaseSession;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The API as a frontend meets it: bodies that say nothing, CORS, links that never come from the
 * Host header, every created object readable at its Location, master data changed and retired,
 * staff passwords reset, jobs followed by the id they answer. CORS is also proven in headless
 * Chromium: a page served from another origin signs in and rings up a sale with fetch.
 */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one browser for the browser tests
class ApiResourcesIT {

  static final String INVENTORY = "inventory/api/";

  @ArquillianResource URL base;
  PosApi api;
  Staff admin;

  @BeforeEach
  void business() {
    api = new PosApi(base);
    admin = api.registerBusiness();
  }

  String create(String path, Map<String, Object> body) {
    return api.as(admin).body(body).post(path).then().statusCode(201).extract().path("id");
  }

  // --- bodies that say nothing ---------------------------------------------------------------

  @Test
  void aCallThatTakesNoBodyAcceptsAnEmptyObjectNullOrNothing() {
    Shop shop = Shop.of(api, admin, "W");
    String storefront = shop.storefront("S");
    String product = shop.product("P1", "P");
    // a transfer is asked for only when the units are at the warehouse
    shop.receive(product, "4", "1.00", "2.00");
    for (String body : List.of("{}", "null", " { } ", "")) {
      String transfer = shop.transfer(storefront, product, "1");
      api.as(admin)
          .body(body)
          .post(INVENTORY + "transfers/" + transfer + "/cancel/")
          .then()
          .statusCode(200)
          .body("status", equalTo("CANCELLED"));
    }
    String token = api.login(admin.email(), admin.password());
    api.as(token).body("{}").post("accounts/api/auth/logout/").then().statusCode(204);
    api.as(token).get("accounts/api/users/me/").then().statusCode(401);
    String other = api.login(admin.email(), admin.password());
    api.as(other).body("null").post("accounts/api/auth/logout/").then().statusCode(204);
  }

  @Test
  void aBodyWithContentOnACallThatTakesNoneIsRefusedWithNothingChanged() {
    Shop shop = Shop.of(api, admin, "W");
    String storefront = shop.storefront("S");
    String product = shop.product("P1", "P");
    // a transfer is asked for only when the units are at the warehouse
    shop.receive(product, "1", "1.00", "2.00");
    String transfer = shop.transfer(storefront, product, "1");
    api.as(admin)
        .body("{\"reason\": \"wrong\"}")
        .post(INVENTORY + "transfers/" + transfer + "/cancel/")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.body", hasItem(org.hamcrest.Matchers.containsString("takes no body")));
    api.as(admin)
        .get(INVENTORY + "transfers/" + transfer + "/")
        .then()
        .body("status", equalTo("PENDING"));
  }

  // --- CORS ----------------------------------------------------------------------------------

  static String allowedOrigin() {
    return "http://127.0.0.1:" + System.getProperty("it.cors.port");
  }

  @Test
  void aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
    api.anonymous()
        .header("Origin", allowedOrigin())
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
        .options("sales/api/sales/")
        .then()
        .statusCode(204)
        .header("Access-Control-Allow-Origin", allowedOrigin())
        .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("POST"))
        .header(
            "Access-Control-Allow-Headers",
            org.hamcrest.Matchers.allOf(
                org.hamcrest.Matchers.containsString("Authorization"),
                org.hamcrest.Matchers.containsString("Content-Type"),
                org.hamcrest.Matchers.containsString("Idempotency-Key")));
  }

  @Test
  void anAllowedOriginsPageCanReadTheLocationOrRetryAfterOfAnAnswer() {
    api.as(admin)
        .header("Origin", allowedOrigin())
        .body(Map.of("name", "W"))
        .post(INVENTORY + "warehouses/")
        .then()
        .statusCode(201)
        .header("Access-Control-Allow-Origin", allowedOrigin())
        .header(
            "Access-Control-Expose-Headers",
            org.hamcrest.Matchers.allOf(
                org.hamcrest.Matchers.containsString("Location"),
                org.hamcrest.Matchers.containsString("Retry-After")));
  }

  @Test
  void anAllowedOriginsPageCanReadAnErrorAnswer() {
    // a form shows the problem
    api.anonymous()
        .header("Origin", allowedOrigin())
        .get("accounts/api/users/me/")
        .then()
        .statusCode(401)
        .header("Access-Control-Allow-Origin", allowedOrigin());
  }

  @Test
  void anOriginNotOnTheListGetsNoCorsHeaders() {
    String stranger = "http://evil.example";
    Response preflight =
        api.anonymous()
            .header("Origin", stranger)
            .header("Access-Control-Request-Method", "POST")
            .options("sales/api/sales/");
    assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    assertThat(preflight.header("Access-Control-Allow-Methods")).isNull();
    Response read = api.as(admin).header("Origin", stranger).get("accounts/api/users/me/");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.header("Access-Control-Allow-Origin")).isNull();
    assertThat(read.header("Access-Control-Expose-Headers")).isNull();
  }

  /** A page from another origin that signs in and rings up a sale with fetch (result as JSON). */
  static final String TILL_PAGE =
      """
      <!doctype html><html><head><meta charset="utf-8"><title>till</title></head><body><script>
      async function ringUp(api, email, password, storefront, product) {
        try {
          const json = {'Content-Type': 'application/json'};
          const login = await fetch(api + 'accounts/api/auth/login/', {method: 'POST',
              headers: json, body: JSON.stringify({email: email, password: password})});
          const token = (await login.json()).token;
          const sale = await fetch(api + 'sales/api/sales/', {method: 'POST',
              headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token,
                        'Idempotency-Key': 'till-' + Date.now()},
              body: JSON.stringify({storefront_id: storefront, sale_type: 'RETAIL',
                  items: [{product_id: product, quantity: 1}],
                  payments: [{method: 'CASH', amount: '10.00'}]})});
          const body = await sale.json();
          return JSON.stringify({status: sale.status, location: sale.headers.get('Location'),
              sale_status: body.status, change_due: body.change_due});
        } catch (e) {
          return JSON.stringify({error: String(e)});
        }
      }
      </script></body></html>
      """;

  static com.sun.net.httpserver.HttpServer page(int port) throws java.io.IOException {
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] html = TILL_PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, html.length);
          exchange.getResponseBody().write(html);
          exchange.close();
        });
    server.start();
    return server;
  }

  /**
   * Headless Chromium, started by the first browser test and shared by the others (starting it is
   * most of their cost); quit when the class ends.
   */
  org.openqa.selenium.chrome.ChromeDriver browser;

  org.openqa.selenium.chrome.ChromeDriver browser() {
    java.nio.file.Path chromium = java.nio.file.Path.of("/usr/bin/chromium");
    java.nio.file.Path driver = java.nio.file.Path.of("/usr/bin/chromedriver");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.isExecutable(chromium) && java.nio.file.Files.isExecutable(driver),
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    if (browser == null) {
      org.openqa.selenium.chrome.ChromeOptions options =
          new org.openqa.selenium.chrome.ChromeOptions();
      options.setBinary(chromium.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");
      browser =
          new org.openqa.selenium.chrome.ChromeDriver(
              new org.openqa.selenium.chrome.ChromeDriverService.Builder()
                  .usingDriverExecutable(driver.toFile())
                  .build(),
              options);
      browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }
    return browser;
  }

  @AfterAll
  void quitBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Runs the till page's ringUp in the page the browser shows, as the admin, and answers it. */
  String ringUp(Stocked shop) {
    return (String)
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " ringUp(arguments[0], arguments[1], arguments[2], arguments[3], arguments[4])"
                + ".then(done);",
            base.toString(),
            admin.email(),
            admin.password(),
            shop.storefront,
            shop.product);
  }

  @Test
  void aTillPageOnAnAllowedOriginSignsInToRingUpASaleInTheBrowser() throws Exception {
    Stocked shop = stocked();
    com.sun.net.httpserver.HttpServer allowed =
        page(Integer.parseInt(System.getProperty("it.cors.port")));
    try {
      browser().get(allowedOrigin() + "/");
      Map<String, Object> sale =
          new com.fasterxml.jackson.databind.ObjectMapper().readValue(ringUp(shop), Map.class);
      assertThat(sale).containsEntry("status", 201).containsEntry("sale_status", "COMPLETED");
      assertThat(sale).containsEntry("change_due", "1.00");
      assertThat((String) sale.get("location")).contains("/sales/api/sales/");
    } finally {
      allowed.stop(0);
    }
    api.as(admin)
        .queryParam("storefront_id", shop.storefront)
        .get("sales/api/sales/")
        .then()
        .body("count", equalTo(1));
  }

  @Test
  void aTillPageOnAnOriginNotOnTheListCannotRingUpASale() throws Exception {
    Stocked shop = stocked();
    com.sun.net.httpserver.HttpServer stranger = page(0);
    try {
      browser().get("http://127.0.0.1:" + stranger.getAddress().getPort() + "/");
      assertThat(ringUp(shop)).contains("\"error\"").contains("TypeError");
    } finally {
      stranger.stop(0);
    }
    // the refused page's requests never reached a sale
    api.as(admin)
        .queryParam("storefront_id", shop.storefront)
        .get("sales/api/sales/")
        .then()
        .body("count", equalTo(0));
  }

  // --- links ---------------------------------------------------------------------------------

  @Test
  void linksNeverComeFromAForgedHostHeader() {
    Response created =
        api.as(admin)
            .header("Host", "evil.example:666")
            .body(Map.of("name", "Forged"))
            .post(INVENTORY + "warehouses/");
    created.then().statusCode(201);
    String location = created.header("Location");
    assertThat(location).doesNotContain("evil.example").startsWith("http");
    assertThat(java.net.URI.create(location).getPort()).isEqualTo(base.getPort());
    for (int i = 0; i < 3; i++) {
      create(INVENTORY + "categories/", Map.of("name", "C" + i));
    }
    Response page =
        api.as(admin)
            .header("Host", "evil.example:666")
            .queryParam("page_size", 2)
            .get(INVENTORY + "categories/");
    String next = page.path("next");
    assertThat(next).doesNotContain("evil.example").contains("page=2");
    api.as(admin).get(next).then().statusCode(200).body("previous", not(nullValue()));
  }

  @Test
  void everyLocationThisSuiteReceivedWasFollowedTo200() {
    create(INVENTORY + "categories/", Map.of("name", "Drinks"));
    assertThat(FollowLocations.followed())
        .anyMatch(l -> l.contains("/inventory/api/categories/"))
        .anyMatch(l -> l.contains("/accounts/api/users/"));
  }

  // --- complete resources --------------------------------------------------------------------

  @Test
  void aCreatedObjectOfEachKindIsReadableAtItsLocation() {
    for (String[] kind :
        new String[][] {
          {"warehouses/", "{\"name\": \"Main\"}"},
          {"storefronts/", "{\"name\": \"High street\"}"},
          {"categories/", "{\"name\": \"Tea\"}"},
          {"suppliers/", "{\"name\": \"Acme\"}"}
        }) {
      Response r = api.as(admin).body(kind[1]).post(INVENTORY + kind[0]);
      r.then().statusCode(201);
      api.as(admin)
          .get(r.header("Location"))
          .then()
          .statusCode(200)
          .body("id", equalTo(r.path("id")))
          .body("is_active", equalTo(true));
    }
    Stocked shop = stocked();
    Response sale =
        api.as(admin)
            .body(
                Map.of(
                    "storefront_id",
                    shop.storefront,
                    "sale_type",
                    "RETAIL",
                    "items",
                    List.of(Map.of("product_id", shop.product, "quantity", "1"))))
            .post("sales/api/sales/");
    sale.then().statusCode(201).body("status", equalTo("PENDING"));
    Response payment =
        api.as(admin)
            .body(Map.of("method", "CASH", "amount", "9.00"))
            .post("sales/api/sales/" + sale.path("id") + "/payments/");
    payment.then().statusCode(201);
    api.as(admin)
        .get(payment.header("Location"))
        .then()
        .statusCode(200)
        .body("sale_id", equalTo(sale.path("id")))
        .body("amount", equalTo("9.00"));
  }

  @Test
  void aStorefrontIsNotReadAtAWarehousesPath() {
    String storefront = create(INVENTORY + "storefronts/", Map.of("name", "S"));
    api.as(admin).get(INVENTORY + "warehouses/" + storefront + "/").then().statusCode(404);
  }

  @Test
  void anotherBusinessCannotReadAStorefront() {
    String storefront = create(INVENTORY + "storefronts/", Map.of("name", "S"));
    Staff other = api.registerBusiness();
    api.as(other).get(INVENTORY + "storefronts/" + storefront + "/").then().statusCode(404);
  }

  record Stocked(String warehouse, String storefront, String product) {}

  /** A warehouse, a storefront it replenishes, and a product with 10 units at the storefront. */
  Stocked stocked() {
    Shop shop = Shop.of(api, admin, "WH " + UUID.randomUUID());
    String storefront = shop.storefront("SF " + UUID.randomUUID());
    String product = shop.product("SKU-" + UUID.randomUUID().toString().substring(0, 8), "Tea");
    shop.receive(product, "20", "5.00", "9.00", "8.00");
    shop.stock(storefront, product, "10");
    return new Stocked(shop.warehouse(), storefront, product);
  }

  // --- change and retire master data ---------------------------------------------------------

  @Test
  void aProductsNameCanBeFixed() {
    String product = create(INVENTORY + "products/", Map.of("sku", "TEA", "name", "Taa"));
    api.as(admin)
        .body(Map.of("name", "Tea", "reorder_level", "5"))
        .patch(INVENTORY + "products/" + product + "/")
        .then()
        .statusCode(200)
        .body("name", equalTo("Tea"))
        .body("sku", equalTo("TEA"));
    api.as(admin)
        .get(INVENTORY + "products/" + product + "/")
        .then()
        .body("name", equalTo("Tea"))
        .body("reorder_level", equalTo(5.0f));
  }

  @Test
  void aChangeToAProductIsAudited() {
    String product = create(INVENTORY + "products/", Map.of("sku", "TEA", "name", "Taa"));
    patch200("products/" + product, Map.of("name", "Tea", "reorder_level", "5"));
    api.as(admin)
        .queryParam("action", "product.updated")
        .get("accounts/api/audit-logs/")
        .then()
        .statusCode(200)
        .body("results.entity_id", hasItem(product));
  }

  @Test
  void eachKindOfInventoryMasterDataCanBeChanged() {
    String warehouse = create(INVENTORY + "warehouses/", Map.of("name", "Mian"));
    String storefront = create(INVENTORY + "storefronts/", Map.of("name", "Hgh street"));
    String category = create(INVENTORY + "categories/", Map.of("name", "Drnks"));
    String supplier = create(INVENTORY + "suppliers/", Map.of("name", "Acm"));
    patch200("warehouses/" + warehouse, Map.of("name", "Main", "address", "1 Dock Road"))
        .body("name", equalTo("Main"))
        .body("address", equalTo("1 Dock Road"));
    patch200("storefronts/" + storefront, Map.of("name", "High street", "warehouse_id", warehouse))
        .body("warehouse_id", equalTo(warehouse));
    patch200("categories/" + category, Map.of("name", "Drinks")).body("name", equalTo("Drinks"));
    patch200("suppliers/" + supplier, Map.of("name", "Acme", "phone", "+1 555 0100"))
        .body("name", equalTo("Acme"))
        .body("phone", equalTo("+1 555 0100"));
    for (String action :
        List.of("location.updated", "category.updated", "supplier.updated", "location.updated")) {
      api.as(admin)
          .queryParam("action", action)
          .get("accounts/api/audit-logs/")
          .then()
          .body("count", org.hamcrest.Matchers.greaterThan(0));
    }
  }

  io.restassured.response.ValidatableResponse patch200(String path, Map<String, Object> body) {
    return api.as(admin).body(body).patch(INVENTORY + path + "/").then().statusCode(200);
  }

  static Map<String, Object> nulls(String... fields) {
    Map<String, Object> body = new java.util.HashMap<>();
    for (String field : fields) {
      body.put(field, null);
    }
    return body;
  }

  @Test
  void anOptionalFieldSentAsNullInAPatchIsCleared() {
    String category = create(INVENTORY + "categories/", Map.of("name", "Tea"));
    String product =
        create(
            INVENTORY + "products/",
            Map.of(
                "sku", "OOLONG", "name", "Oolong", "barcode", "4006381", "category_id", category));
    patch200("products/" + product, nulls("barcode", "category_id"))
        .body("barcode", nullValue())
        .body("category_id", nullValue())
        .body("name", equalTo("Oolong"));
    api.as(admin)
        .get(INVENTORY + "products/" + product + "/")
        .then()
        .body("barcode", nullValue())
        .body("category_id", nullValue());
    String supplier =
        create(INVENTORY + "suppliers/", Map.of("name", "Leaf Co", "phone", "+1 555 0101"));
    patch200("suppliers/" + supplier, nulls("phone"))
        .body("phone", nullValue())
        .body("name", equalTo("Leaf Co"));
  }

  @Test
  void aFieldLeftOutOfAPatchStaysAsItIs() {
    String product =
        create(
            INVENTORY + "products/",
            Map.of("sku", "SENCHA", "name", "Sencha", "barcode", "4006382"));
    patch200("products/" + product, Map.of("name", "Sencha tea"))
        .body("barcode", equalTo("4006382"));
  }

  @Test
  void aPatchThatBreaksARuleIsRefusedWithNothingChanged() {
    String category = create(INVENTORY + "categories/", Map.of("name", "Drinks"));
    String child = create(INVENTORY + "categories/", Map.of("name", "Tea", "parent_id", category));
    create(INVENTORY + "products/", Map.of("sku", "A", "name", "A"));
    String b = create(INVENTORY + "products/", Map.of("sku", "B", "name", "B"));
    api.as(admin)
        .body(Map.of("parent_id", child))
        .patch(INVENTORY + "categories/" + category + "/")
        .then()
        .statusCode(400)
        .body("errors.parent_id", not(nullValue()));
    api.as(admin)
        .body(Map.of("sku", "A", "name", "Renamed"))
        .patch(INVENTORY + "products/" + b + "/")
        .then()
        .statusCode(400)
        .body("errors.sku", not(nullValue()));
    api.as(admin)
        .body(Map.of("name", " "))
        .patch(INVENTORY + "products/" + b + "/")
        .then()
        .statusCode(400);
    api.as(admin)
        .body(Map.of("is_active", "no"))
        .patch(INVENTORY + "products/" + b + "/")
        .then()
        .statusCode(400);
    api.as(admin)
        .get(INVENTORY + "products/" + b + "/")
        .then()
        .body("name", equalTo("B"))
        .body("is_active", equalTo(true));
    api.as(admin)
        .get(INVENTORY + "categories/" + category + "/")
        .then()
        .body("parent_id", nullValue());
  }

  @Test
  void onlyAManagerOrAnAdminChangesOrRetiresInventoryMasterData() {
    String product = create(INVENTORY + "products/", Map.of("sku", "TEA", "name", "Tea"));
    Staff manager = api.addStaff(admin, "MANAGER");
    for (String role : List.of("CASHIER", "WAREHOUSE_STAFF")) {
      Staff staff = api.addStaff(admin, role);
      api.as(staff)
          .body(Map.of("name", "Hacked"))
          .patch(INVENTORY + "products/" + product + "/")
          .then()
          .statusCode(403);
      api.as(staff).delete(INVENTORY + "products/" + product + "/").then().statusCode(403);
      api.as(staff).get(INVENTORY + "products/" + product + "/").then().statusCode(200);
    }
    api.as(manager)
        .body(Map.of("name", "Green tea"))
        .patch(INVENTORY + "products/" + product + "/")
        .then()
        .statusCode(200);
    api.as(admin)
        .get(INVENTORY + "products/" + product + "/")
        .then()
        .body("name", equalTo("Green tea"));
  }

  @Test
  void anotherBusinessCannotChangeOrRetireAProduct() {
    String product = create(INVENTORY + "products/", Map.of("sku", "TEA", "name", "Tea"));
    Staff other = api.registerBusiness();
    api.as(other)
        .body(Map.of("name", "Stolen"))
        .patch(INVENTORY + "products/" + product + "/")
        .then()
        .statusCode(404);
    api.as(other).delete(INVENTORY + "products/" + product + "/").then().statusCode(404);
    api.as(admin)
        .get(INVENTORY + "products/" + product + "/")
        .then()
        .statusCode(200)
        .body("name", equalTo("Tea"));
  }

  @Test
  void retiredMasterDataIsListedOnlyWhenAFilterAsksForIt() {
    for (String kind :
        List.of("warehouses", "storefronts", "categories", "suppliers", "products")) {
      Map<String, Object> body = new HashMap<>(Map.of("name", "Old " + kind));
      if (kind.equals("products")) {
        body.put("sku", "OLD");
      }
      String id = create(INVENTORY + kind + "/", body);
      String kept =
          create(
              INVENTORY + kind + "/",
              kind.equals("products")
                  ? Map.of("sku", "NEW", "name", "New")
                  : Map.of("name", "New " + kind));
      patch200(kind + "/" + id, Map.of("is_active", false)).body("is_active", equalTo(false));
      api.as(admin)
          .get(INVENTORY + kind + "/")
          .then()
          .statusCode(200)
          .body("results.id", not(hasItem(id)))
          .body("results.id", hasItem(kept));
      api.as(admin)
          .queryParam("is_active", "false")
          .get(INVENTORY + kind + "/")
          .then()
          .body("results.id", equalTo(List.of(id)));
      api.as(admin)
          .queryParam("include_inactive", "true")
          .get(INVENTORY + kind + "/")
          .then()
          .body("count", equalTo(2));
      api.as(admin).get(INVENTORY + kind + "/" + id + "/").then().statusCode(200);
    }
  }

  @Test
  void aListFilteredOnBeingActiveByNeitherTrueNorFalseIsRefused() {
    for (String kind :
        List.of("warehouses", "storefronts", "categories", "suppliers", "products")) {
      api.as(admin)
          .queryParam("is_active", "maybe")
          .get(INVENTORY + kind + "/")
          .then()
          .statusCode(400)
          .body("errors.is_active", not(nullValue()));
    }
  }

  @Test
  void aProductIsReceivedOnlyWhileItIsActive() {
    String warehouse = create(INVENTORY + "warehouses/", Map.of("name", "W"));
    String product = create(INVENTORY + "products/", Map.of("sku", "TEA", "name", "Tea"));
    patch200("products/" + product, Map.of("is_active", false));
    Map<String, Object> receipt = Shop.receipt(warehouse, product, "1", "1.00", "2.00", "2.00");
    api.as(admin).body(receipt).post(INVENTORY + "batches/").then().statusCode(400);
    patch200("products/" + product, Map.of("is_active", true));
    api.as(admin).body(receipt).post(INVENTORY + "batches/").then().statusCode(201);
  }

  @Test
  void aRetiredWarehouseTakesNoNewStock() {
    String warehouse = create(INVENTORY + "warehouses/", Map.of("name", "W"));
    String product = create(INVENTORY + "products/", Map.of("sku", "TEA", "name", "Tea"));
    patch200("warehouses/" + warehouse, Map.of("is_active", false));
    api.as(admin)
        .body(Shop.receipt(warehouse, product, "1", "1.00", "2.00", "2.00"))
        .post(INVENTORY + "batches/")
        .then()
        .statusCode(400)
        .body("errors.warehouse_id", not(nullValue()));
  }

  @Test
  void unusedMasterDataIsDeletedForGood() {
    for (String kind :
        List.of("warehouses", "storefronts", "categories", "suppliers", "products")) {
      String id =
          create(
              INVENTORY + kind + "/",
              kind.equals("products")
                  ? Map.of("sku", "GONE", "name", "Gone")
                  : Map.of("name", "Gone " + kind));
      api.as(admin).delete(INVENTORY + kind + "/" + id + "/").then().statusCode(204);
      api.as(admin).get(INVENTORY + kind + "/" + id + "/").then().statusCode(404);
      api.as(admin)
          .queryParam("include_inactive", "true")
          .get(INVENTORY + kind + "/")
          .then()
          .body("results.id", not(hasItem(id)));
    }
  }

  @Test
  void masterDataSomethingRefersToCannotBeDeleted() {
    Stocked shop = stocked();
    String category = create(INVENTORY + "categories/", Map.of("name", "Tea"));
    create(INVENTORY + "products/", Map.of("sku", "IN-CAT", "name", "x", "category_id", category));
    String storefrontOfCashier = create(INVENTORY + "storefronts/", Map.of("name", "Till 2"));
    api.addStaff(admin, "CASHIER", List.of(storefrontOfCashier));
    for (String path :
        List.of(
            "warehouses/" + shop.warehouse,
            "storefronts/" + shop.storefront,
            "products/" + shop.product,
            "categories/" + category,
            "storefronts/" + storefrontOfCashier)) {
      api.as(admin)
          .delete(INVENTORY + path + "/")
          .then()
          .statusCode(409)
          .contentType(startsWith("application/problem+json"))
          .body("type", org.hamcrest.Matchers.endsWith("in-use"));
      api.as(admin).get(INVENTORY + path + "/").then().statusCode(200);
    }
  }

  @Test
  void aRetiredStorefrontSellsNothing() {
    Stocked shop = stocked();
    patch200("storefronts/" + shop.storefront, Map.of("is_active", false));
    api.as(admin)
        .body(
            Map.of(
                "storefront_id",
                shop.storefront,
                "items",
                List.of(Map.of("product_id", shop.product, "quantity", "1")),
                "payments",
                List.of(Map.of("method", "CASH", "amount", "9.00"))))
        .post("sales/api/sales/")
        .then()
        .statusCode(400)
        .body("errors.storefront_id", not(nullValue()));
  }

  @Test
  void aRetiredCustomerLeavesTheDefaultListOfCustomers() {
    String kept = create("sales/api/customers/", Map.of("name", "Ama", "customer_type", "RETAIL"));
    String retired =
        create("sales/api/customers/", Map.of("name", "Kofi", "customer_type", "RETAIL"));
    api.as(admin)
        .body(Map.of("is_active", false))
        .patch("sales/api/customers/" + retired + "/")
        .then()
        .statusCode(200)
        .body("is_active", equalTo(false));
    api.as(admin)
        .get("sales/api/customers/")
        .then()
        .body("results.id", hasItem(kept))
        .body("results.id", not(hasItem(retired)));
    api.as(admin)
        .queryParam("is_active", "false")
        .get("sales/api/customers/")
        .then()
        .body("results.id", equalTo(List.of(retired)));
  }

  @Test
  void aCustomerIsDeletedOnlyWithoutHistory() {
    String kept = create("sales/api/customers/", Map.of("name", "Ama", "customer_type", "RETAIL"));
    String unused =
        create("sales/api/customers/", Map.of("name", "Kofi", "customer_type", "RETAIL"));
    api.as(admin).delete("sales/api/customers/" + unused + "/").then().statusCode(204);
    api.as(admin).get("sales/api/customers/" + unused + "/").then().statusCode(404);

    Stocked shop = stocked();
    api.as(admin)
        .body(
            Map.of(
                "storefront_id",
                shop.storefront,
                "customer_id",
                kept,
                "items",
                List.of(Map.of("product_id", shop.product, "quantity", "1")),
                "payments",
                List.of(Map.of("method", "CASH", "amount", "9.00"))))
        .post("sales/api/sales/")
        .then()
        .statusCode(201);
    api.as(admin)
        .delete("sales/api/customers/" + kept + "/")
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.endsWith("in-use"));
    api.as(admin).get("sales/api/customers/" + kept + "/").then().statusCode(200);
  }

  @Test
  void aLedgerAccountRetiredWithAPatchLeavesTheDefaultChart() {
    String rent =
        create(
            "bookkeeping/api/accounts/",
            Map.of("code", "6100", "name", "Rnt", "account_type", "EXPENSE"));
    // the same patch renames it: a patch sets each field it names
    api.as(admin)
        .body(Map.of("name", "Rent", "is_active", false))
        .patch("bookkeeping/api/accounts/" + rent + "/")
        .then()
        .statusCode(200)
        .body("name", equalTo("Rent"))
        .body("is_active", equalTo(false));
    api.as(admin)
        .get("bookkeeping/api/accounts/")
        .then()
        .body("results.id", not(hasItem(rent)))
        .body("results.code", hasItem("1000"));
    api.as(admin)
        .queryParam("is_active", "false")
        .get("bookkeeping/api/accounts/")
        .then()
        .body("results.id", equalTo(List.of(rent)));
  }

  @Test
  void aSystemLedgerAccountCannotBeRetired() {
    String cash =
        api.as(admin)
            .get("bookkeeping/api/accounts/")
            .path("results.find { it.code == '1000' }.id");
    api.as(admin)
        .body(Map.of("is_active", false))
        .patch("bookkeeping/api/accounts/" + cash + "/")
        .then()
        .statusCode(409);
  }

  @Test
  void onlyAnAdminChangesALedgerAccount() {
    String rent =
        create(
            "bookkeeping/api/accounts/",
            Map.of("code", "6100", "name", "Rnt", "account_type", "EXPENSE"));
    api.as(api.addStaff(admin, "MANAGER"))
        .body(Map.of("name", "Mine"))
        .patch("bookkeeping/api/accounts/" + rent + "/")
        .then()
        .statusCode(403);
  }

  @Test
  void aDeactivatedMemberOfStaffLeavesTheDefaultListOfUsers() {
    Staff cashier = api.addStaff(admin, "CASHIER");
    api.as(admin).delete("accounts/api/users/" + cashier.userId() + "/").then().statusCode(204);
    api.as(admin)
        .get("accounts/api/users/")
        .then()
        .body("results.id", not(hasItem(cashier.userId().toString())));
    api.as(admin)
        .queryParam("include_inactive", "true")
        .get("accounts/api/users/")
        .then()
        .body("results.id", hasItem(cashier.userId().toString()));
  }

  @Test
  void aPatchThatNamesNoFieldOfTheObjectIs400() {
    String warehouse = create(INVENTORY + "warehouses/", Map.of("name", "W"));
    api.as(admin)
        .body(Map.of("nmae", "Typo"))
        .patch(INVENTORY + "warehouses/" + warehouse + "/")
        .then()
        .statusCode(400)
        .body("errors.nmae", not(nullValue()));
  }

  @Test
  void onlyThePlatformOwnerChangesAPlan() {
    Staff owner = api.platformOwner();
    String plan = tinyPlan(owner);
    api.as(owner)
        .body(Map.of("price", "6.50"))
        .patch("subscriptions/api/plans/" + plan + "/")
        .then()
        .statusCode(200)
        .body("price", equalTo("6.50"))
        .body("name", equalTo("Tiny"))
        .body("limits.users", equalTo(2));
    api.as(admin)
        .body(Map.of("price", "0.00"))
        .patch("subscriptions/api/plans/" + plan + "/")
        .then()
        .statusCode(403);
    api.anonymous()
        .get("subscriptions/api/plans/" + plan + "/")
        .then()
        .body("price", equalTo("6.50"));
  }

  /** A new plan of the platform's, with a code no other test uses. */
  String tinyPlan(Staff owner) {
    return api.as(owner)
        .body(
            Map.of(
                "code", "it-" + UUID.randomUUID().toString().substring(0, 8),
                "name", "Tiny",
                "price", "5.00",
                "currency", "USD",
                "interval", "MONTHLY",
                "max_users", 2))
        .post("subscriptions/api/plans/")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void aRetiredPlanLeavesThePublicListOfPlans() {
    Staff owner = api.platformOwner();
    String plan = tinyPlan(owner);
    api.as(owner)
        .body(Map.of("is_active", false))
        .patch("subscriptions/api/plans/" + plan + "/")
        .then()
        .statusCode(200);
    api.anonymous().get("subscriptions/api/plans/").then().body("results.id", not(hasItem(plan)));
    api.anonymous()
        .queryParam("include_inactive", "true")
        .get("subscriptions/api/plans/")
        .then()
        .body("results.id", hasItem(plan));
    api.anonymous()
        .get("subscriptions/api/plans/" + plan + "/")
        .then()
        .body("price", equalTo("5.00"));
  }

  @Test
  void aPlanLimitSentAsNullInAPatchIsLifted() {
    Staff owner = api.platformOwner();
    String plan =
        api.as(owner)
            .body(
                Map.of(
                    "code", "it-" + UUID.randomUUID().toString().substring(0, 8),
                    "name", "Capped",
                    "price", "5.00",
                    "currency", "USD",
                    "interval", "MONTHLY",
                    "max_users", 2,
                    "max_products", 10))
            .post("subscriptions/api/plans/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    api.as(owner)
        .body(nulls("max_users"))
        .patch("subscriptions/api/plans/" + plan + "/")
        .then()
        .statusCode(200)
        .body("limits.users", nullValue())
        .body("limits.products", equalTo(10));
  }

  // --- staff passwords -----------------------------------------------------------------------

  @Test
  void aResetPasswordReplacesTheOldOne() {
    Staff cashier = api.addStaff(admin, "CASHIER");
    resetPassword(cashier);
    api.anonymous()
        .body(Map.of("email", cashier.email(), "password", cashier.password()))
        .post("accounts/api/auth/login/")
        .then()
        .statusCode(401);
    api.login(cashier.email(), "Brand-New-Pass-77");
  }

  /** The admin sets a new password for that member of staff; answers what the reset answered. */
  Response resetPassword(Staff staff) {
    Response reset =
        api.as(admin)
            .body(Map.of("password", "Brand-New-Pass-77"))
            .patch("accounts/api/users/" + staff.userId() + "/");
    reset.then().statusCode(200);
    return reset;
  }

  @Test
  void aPasswordResetSignsTheMemberOfStaffOut() {
    Staff cashier = api.addStaff(admin, "CASHIER");
    resetPassword(cashier);
    api.as(cashier).get("accounts/api/users/me/").then().statusCode(401);
  }

  @Test
  void aResetPasswordIsNeverShownInTheAnswerOrTheAuditLog() {
    resetPassword(api.addStaff(admin, "CASHIER"))
        .then()
        .body("$", not(org.hamcrest.Matchers.hasKey("password")));
    Response audit =
        api.as(admin).queryParam("action", "user.updated").get("accounts/api/audit-logs/");
    assertThat(audit.asString()).doesNotContain("Brand-New-Pass-77");
  }

  @Test
  void aResetPasswordFollowsThePasswordPolicy() {
    Staff cashier = api.addStaff(admin, "CASHIER");
    api.as(admin)
        .body(Map.of("password", "short"))
        .patch("accounts/api/users/" + cashier.userId() + "/")
        .then()
        .statusCode(400)
        .body("errors.password", not(nullValue()));
    api.login(cashier.email(), cashier.password());
  }

  @Test
  void onlyAnAdminResetsAStaffPassword() {
    Staff cashier = api.addStaff(admin, "CASHIER");
    Staff manager = api.addStaff(admin, "MANAGER");
    api.as(manager)
        .body(Map.of("password", "Brand-New-Pass-77"))
        .patch("accounts/api/users/" + cashier.userId() + "/")
        .then()
        .statusCode(403);
    api.login(cashier.email(), cashier.password());
  }

  @Test
  void anAdminCannotResetTheirOwnPasswordThisWay() {
    api.as(admin)
        .body(Map.of("password", "Brand-New-Pass-77"))
        .patch("accounts/api/users/" + admin.userId() + "/")
        .then()
        .statusCode(400);
    api.login(admin.email(), admin.password());
  }

  // --- gateway configs -----------------------------------------------------------------------

  @Test
  void anAdminReadsGatewayConfigsButOnlyThePlatformOwnerWritesThem() {
    api.as(admin)
        .get("subscriptions/api/gateway-configs/")
        .then()
        .statusCode(200)
        .body("results.gateway", hasItem("STRIPE"));
    api.as(api.addStaff(admin, "CASHIER"))
        .get("subscriptions/api/gateway-configs/")
        .then()
        .statusCode(403);
    api.as(admin)
        .body(Map.of("secret_key", "sk_live_mine"))
        .put("subscriptions/api/gateway-configs/STRIPE/")
        .then()
        .statusCode(403);
  }

  // --- jobs ----------------------------------------------------------------------------------

  Response followUntilFinished(String url) {
    return api.awaitFinished(admin, url);
  }

  @Test
  void theIdAJobStartAnswersIsTheIdItsExecutionIsFollowedBy() throws Exception {
    Response started = api.as(admin).body("{}").post("admin/api/jobs/integrity-check/");
    started.then().statusCode(202);
    String executionId = started.path("execution_id");
    assertThat(started.<String>path("id")).isEqualTo(executionId);
    Response done = followUntilFinished("admin/api/jobs/executions/" + executionId + "/");
    done.then()
        .body("execution_id", equalTo(executionId))
        .body("name", equalTo("integrity-check"))
        .body("status", equalTo("COMPLETED"))
        .body("progress.percent", equalTo(100))
        .body("result", startsWith("http"));
    assertThat(done.<String>path("result_url")).startsWith(base.getProtocol() + "://");
    api.as(admin).get(done.<String>path("result")).then().statusCode(200);
    assertThat(started.header("Location"))
        .endsWith("/admin/api/jobs/executions/" + executionId + "/");
  }

  @Test
  void aJobWithBadParametersIsRefusedAtStartNamingTheFieldWithoutARun() throws Exception {
    long before = jobRuns();
    api.as(admin)
        .body(Map.of("date_from", "31/12/2027"))
        .post("admin/api/jobs/sales-report/")
        .then()
        .statusCode(400)
        .body("errors.date_from", not(nullValue()));
    api.as(admin)
        .body(Map.of("date_from", "2026-12-01", "date_to", "2026-11-01"))
        .post("admin/api/jobs/sales-report/")
        .then()
        .statusCode(400)
        .body("errors.date_to", not(nullValue()));
    assertThat(jobRuns()).isEqualTo(before);
  }

  long jobRuns() throws Exception {
    try (Connection c = TestDatabaseSession.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT count(*) FROM ops_job_run WHERE business_id = ?")) {
      s.setObject(1, admin.businessId());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void theSalesReportJobTakesARangeOfYears() throws Exception {
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    Response started =
        api.as(admin)
            .body(Map.of("date_from", today.minusYears(2).toString(), "date_to", today.toString()))
            .post("admin/api/jobs/sales-report/");
    started.then().statusCode(202);
    Response done =
        followUntilFinished(
            "admin/api/jobs/executions/" + started.<String>path("execution_id") + "/");
    assertThat(done.<String>path("status")).isEqualTo("COMPLETED");
    assertThat(done.<Integer>path("progress.items_total")).isGreaterThan(700);
  }

  @Test
  void aTrialBalancesJobExecutionIdIsFollowedAtTheExecutionsPath() throws Exception {
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    Response started =
        api.as(admin)
            .body(
                Map.of(
                    "period_start",
                    today.withDayOfMonth(1).toString(),
                    "period_end",
                    today.toString()))
            .post("bookkeeping/api/trial-balances/");
    started.then().statusCode(202);
    String run = started.path("job_execution_id");
    Response done = followUntilFinished("admin/api/jobs/executions/" + run + "/");
    done.then().body("name", equalTo("trial-balance")).body("status", equalTo("COMPLETED"));
    api.as(admin)
        .get(done.<String>path("result"))
        .then()
        .statusCode(200)
        .body("id", equalTo(started.path("id")));
  }

  @Test
  void aJobStartedWithNoBodyOrAnEmptyOneRunsWithItsDefaults() {
    for (String body : List.of("", "{}", "null")) {
      api.as(admin)
          // a JSON null is what sloppy clients send; the document describes the object form
          .filter(app.pos.devkit.ApiContract.hostileRequest())
          .contentType(ContentType.JSON)
          .body(body)
          .post("admin/api/jobs/integrity-check/")
          .then()
          .statusCode(202);
    }
  }
}
