package app.pos.devkit;

import app.pos.devkit.PosApi.Staff;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A business a scenario test sets up through the public API, as its owner would on day one: signed
 * up, with a main warehouse, then storefronts, products, goods received and stock moved to the
 * shelves. The owner (ADMIN) makes every call.
 */
public final class Shop {

  public static final String INVENTORY = "inventory/api/";

  private final PosApi api;
  private final Staff admin;
  private final String warehouse;

  private Shop(PosApi api, Staff admin, String warehouseName) {
    this.api = api;
    this.admin = admin;
    this.warehouse = create(INVENTORY + "warehouses/", Map.of("name", warehouseName));
  }

  /** A new business (its owner signed up) with a warehouse called "Main warehouse". */
  public static Shop open(PosApi api) {
    return new Shop(api, api.registerBusiness(), "Main warehouse");
  }

  /** An existing business of {@code admin}'s, given a warehouse of that name. */
  public static Shop of(PosApi api, Staff admin, String warehouseName) {
    return new Shop(api, admin, warehouseName);
  }

  public Staff admin() {
    return admin;
  }

  public String warehouse() {
    return warehouse;
  }

  /** Creates an object as the owner; answers its id. */
  public String create(String path, Map<String, Object> body) {
    return AnswerFields.text(
        api.as(admin).body(body).post(path).then().statusCode(201).extract().response(), "id");
  }

  /** A customer: RETAIL or WHOLESALE, with that credit limit and days of credit terms. */
  public String customer(String type, String limit, int termsDays) {
    return create(
        "sales/api/customers/",
        Map.of(
            "name",
            "Customer " + UUID.randomUUID().toString().substring(0, 6),
            "customer_type",
            type,
            "credit_limit",
            limit,
            "credit_terms_days",
            termsDays));
  }

  /** A storefront supplied by the main warehouse. */
  public String storefront(String name) {
    return create(INVENTORY + "storefronts/", Map.of("name", name, "warehouse_id", warehouse));
  }

  /** A product; {@code more} adds fields such as {@code tax_rate} or {@code barcode}. */
  public String product(String sku, String name, Map<String, Object> more) {
    Map<String, Object> body = new HashMap<>(more);
    body.put("sku", sku);
    body.put("name", name);
    return create(INVENTORY + "products/", body);
  }

  public String product(String sku, String name) {
    return product(sku, name, Map.of());
  }

  /** Goods received at the main warehouse: one lot at that cost and those selling prices. */
  public void receive(
      String product, String quantity, String unitCost, String retail, String wholesale) {
    api.as(admin)
        .body(receipt(warehouse, product, quantity, unitCost, retail, wholesale))
        .post(INVENTORY + "batches/")
        .then()
        .statusCode(201);
  }

  /** The body of a goods receipt: one lot of a product at that cost and those selling prices. */
  public static Map<String, Object> receipt(
      String warehouse,
      String product,
      String quantity,
      String unitCost,
      String retail,
      String wholesale) {
    return Map.of(
        "warehouse_id",
        warehouse,
        "supplier",
        "Acme Foods",
        "reference",
        "INV-" + UUID.randomUUID(),
        "items",
        List.of(
            Map.of(
                "product_id",
                product,
                "quantity",
                quantity,
                "unit_cost",
                unitCost,
                "retail_price",
                retail,
                "wholesale_price",
                wholesale)));
  }

  /** Goods received that sell at one price, retail and wholesale alike. */
  public void receive(String product, String quantity, String unitCost, String price) {
    receive(product, quantity, unitCost, price, price);
  }

  /** A transfer of stock from the main warehouse to a storefront, still pending; answers its id. */
  public String transfer(String storefront, String product, String quantity) {
    return create(
        INVENTORY + "transfers/",
        Map.of(
            "from_warehouse_id",
            warehouse,
            "to_storefront_id",
            storefront,
            "items",
            List.of(Map.of("product_id", product, "quantity", quantity))));
  }

  /** Moves stock from the main warehouse to a storefront's shelves (a completed transfer). */
  public void stock(String storefront, String product, String quantity) {
    String transfer = transfer(storefront, product, quantity);
    api.as(admin).post(INVENTORY + "transfers/" + transfer + "/complete/").then().statusCode(200);
  }

  /** A checkout line: so much of a product. */
  public static Map<String, Object> line(String product, String quantity) {
    return new HashMap<>(Map.of("product_id", product, "quantity", quantity));
  }

  /** A tender: so much by that method. */
  public static Map<String, Object> pay(String method, String amount) {
    return Map.of("method", method, "amount", amount);
  }
}
