package app.pos.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Adjustments of every kind, their ledger and stock effects, and the evidence attached to them. */
@SharedServer
class AdjustmentsIT {

  static final String API = Shop.INVENTORY;

  /** The smallest PNG worth the name: its signature, then an IHDR chunk's start. */
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
  };

  static final byte[] JPEG = {
    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0
  };

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @ArquillianResource URL base;
  PosApi api;
  Shop shop;
  Staff admin;
  String product;
  String lot;

  @BeforeEach
  void open() {
    api = new PosApi(base);
    shop = Shop.open(api);
    admin = shop.admin();
    product = shop.product("RICE-5KG", "Jasmine rice 5kg");
    shop.receive(product, "10", "2.50", "4.00", "3.50");
    lot = api.as(admin).get(API + "batches/").then().extract().path("results[0].items[0].id");
  }

  Response adjust(Staff who, String type, String quantity, String lotId) {
    Map<String, Object> body =
        new HashMap<>(
            Map.of(
                "location_id", shop.warehouse(),
                "product_id", product,
                "adjustment_type", type,
                "quantity", quantity,
                "reason", "shelf check"));
    if (lotId != null) {
      body.put("lot_id", lotId);
    }
    return api.as(who).body(body).post(API + "adjustments/");
  }

  String requested(String type, String quantity, String lotId) {
    return adjust(admin, type, quantity, lotId).then().statusCode(201).extract().path("id");
  }

  Response approve(String id) {
    return api.as(admin).post(API + "adjustments/" + id + "/approve/");
  }

  String balance(String code) {
    return api.as(admin)
        .get("bookkeeping/api/accounts/")
        .then()
        .extract()
        .path("results.find { it.code == '" + code + "' }.balance");
  }

  String onHand() {
    Object qty =
        api.as(admin)
            .get(API + "inventory/?location_id=" + shop.warehouse())
            .then()
            .extract()
            .path("results[0].quantity_on_hand");
    return new java.math.BigDecimal(String.valueOf(qty)).stripTrailingZeros().toPlainString();
  }

  void integrityIsClean() {
    api.as(admin).get("admin/api/integrity/").then().statusCode(200).body("ok", equalTo(true));
  }

  @Test
  void foundStockIsAnInventoryGainAtLotCost() {
    approve(requested("FOUND", "2", lot)).then().statusCode(200).body("value", equalTo("5.00"));
    assertThat(onHand()).isEqualTo("12");
    assertThat(balance("1200")).isEqualTo("30.00");
    assertThat(balance("4200")).isEqualTo("5.00");
    integrityIsClean();
  }

  @Test
  void theftIsShrinkageAtLotCost() {
    approve(requested("THEFT", "3", null)).then().statusCode(200).body("value", equalTo("7.50"));
    assertThat(onHand()).isEqualTo("7");
    assertThat(balance("5100")).isEqualTo("7.50");
    assertThat(balance("1200")).isEqualTo("17.50");
    integrityIsClean();
  }

  @Test
  void aReturnToTheSupplierReducesWhatIsOwed() {
    // the receipt was on account: 2000 holds 25.00
    approve(requested("RETURN_TO_SUPPLIER", "4", lot)).then().statusCode(200);
    assertThat(balance("2000")).isEqualTo("15.00");
    assertThat(balance("1200")).isEqualTo("15.00");
    assertThat(onHand()).isEqualTo("6");
    integrityIsClean();
  }

  @Test
  void aSampleGivenAwayIsAnOperatingExpense() {
    approve(requested("SAMPLE", "1", null)).then().statusCode(200);
    assertThat(balance("6000")).isEqualTo("2.50");
    assertThat(balance("5100")).isEqualTo("0.00");
  }

  @Test
  void aCustomerReturnPutsTheCostOfGoodsBack() {
    approve(requested("CUSTOMER_RETURN", "1", lot)).then().statusCode(200);
    assertThat(balance("5000")).isEqualTo("-2.50");
    assertThat(onHand()).isEqualTo("11");
    integrityIsClean();
  }

  @Test
  void anAppliedAdjustmentRecordsTheQuantityOnHandEitherSideOfIt() {
    String id = requested("DAMAGE", "2", null);
    api.as(admin)
        .get(API + "adjustments/" + id + "/")
        .then()
        .body("quantity_before", nullValue())
        .body("quantity_after", nullValue());
    approve(id)
        .then()
        .statusCode(200)
        .body("quantity", equalTo(-2.0f))
        .body("quantity_before", equalTo(10.0f))
        .body("quantity_after", equalTo(8.0f));
  }

  @Test
  void aTypeWithoutADirectionTakesASignedQuantity() {
    approve(requested("OTHER", "-1", null))
        .then()
        .statusCode(200)
        .body("quantity", equalTo(-1.0f))
        .body("adjustment_type", equalTo("OTHER"));
    assertThat(onHand()).isEqualTo("9");
  }

  @Test
  void aTypeWithADirectionRefusesANegativeQuantity() {
    adjust(admin, "SPOILAGE", "-1", null)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.quantity[0]", containsString("must be positive"));
    api.as(admin).get(API + "adjustments/").then().body("count", equalTo(0));
  }

  @Test
  void anUnknownTypeIsRefusedNamingTheSixteen() {
    api.hostile(admin)
        .body(
            Map.of(
                "location_id", shop.warehouse(),
                "product_id", product,
                "adjustment_type", "CORRECTION",
                "quantity", "1",
                "reason", "old client"))
        .post(API + "adjustments/")
        .then()
        .statusCode(400)
        .body("errors.adjustment_type[0]", containsString("COUNT_VARIANCE"));
  }

  @Test
  void theListFiltersByTypeOrStatus() {
    requested("THEFT", "1", null);
    approve(requested("EXPIRED", "1", null)).then().statusCode(200);
    api.as(admin)
        .get(API + "adjustments/?adjustment_type=EXPIRED")
        .then()
        .body("count", equalTo(1))
        .body("results[0].status", equalTo("APPROVED"));
    api.as(admin).get(API + "adjustments/?status=PENDING").then().body("count", equalTo(1));
  }

  @Test
  void cashiersMayNotAskForAnAdjustment() {
    adjust(api.addStaff(admin, "CASHIER"), "THEFT", "1", null).then().statusCode(403);
  }

  @Test
  void warehouseStaffAskButOnlyManagersApprove() {
    String id =
        adjust(api.addStaff(admin, "WAREHOUSE_STAFF"), "LOSS", "1", null)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Staff warehouseStaff = api.addStaff(admin, "WAREHOUSE_STAFF");
    api.as(warehouseStaff).post(API + "adjustments/" + id + "/approve/").then().statusCode(403);
    api.as(api.addStaff(admin, "MANAGER"))
        .post(API + "adjustments/" + id + "/approve/")
        .then()
        .statusCode(200);
  }

  @Test
  void anApprovalRepeatedWithItsIdempotencyKeyMovesStockOnce() {
    String id = requested("WRITE_OFF", "2", null);
    String key = UUID.randomUUID().toString();
    String first =
        api.as(admin)
            .header("Idempotency-Key", key)
            .post(API + "adjustments/" + id + "/approve/")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String again =
        api.as(admin)
            .header("Idempotency-Key", key)
            .post(API + "adjustments/" + id + "/approve/")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(again).isEqualTo(first);
    assertThat(onHand()).isEqualTo("8");
    assertThat(balance("5100")).isEqualTo("5.00");
  }

  @Test
  void aRequestRepeatedWithItsIdempotencyKeyIsStoredOnce() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body =
        Map.of(
            "location_id", shop.warehouse(),
            "product_id", product,
            "adjustment_type", "DAMAGE",
            "quantity", "1",
            "reason", "dropped");
    String first =
        api.as(admin)
            .header("Idempotency-Key", key)
            .body(body)
            .post(API + "adjustments/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String again =
        api.as(admin)
            .header("Idempotency-Key", key)
            .body(body)
            .post(API + "adjustments/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(again).isEqualTo(first);
    api.as(admin).get(API + "adjustments/").then().body("count", equalTo(1));
  }

  // evidence

  Response upload(Staff who, String id, String contentType, byte[] content) {
    return api.as(who)
        .contentType(contentType)
        .body(content)
        .post(API + "adjustments/" + id + "/attachments/?file_name=shelf 3.png");
  }

  Response uploadHostile(String id, String contentType, byte[] content) {
    return api.hostile(admin)
        .contentType(contentType)
        .body(content)
        .post(API + "adjustments/" + id + "/attachments/");
  }

  int attachments(String id) {
    return api.as(admin)
        .get(API + "adjustments/" + id + "/attachments/")
        .then()
        .statusCode(200)
        .extract()
        .path("count");
  }

  @Test
  void aPhotoIsStoredWithItsDetectedTypeUnderASafeFileName() {
    String id = requested("DAMAGE", "1", null);
    upload(api.addStaff(admin, "WAREHOUSE_STAFF"), id, "image/png", PNG)
        .then()
        .statusCode(201)
        .header("Location", containsString("/attachments/"))
        .body("type", equalTo("PNG"))
        .body("content_type", equalTo("image/png"))
        .body("size_bytes", equalTo(PNG.length))
        .body("file_name", equalTo("shelf_3.png"));
    assertThat(attachments(id)).isEqualTo(1);
  }

  @Test
  void aStoredPhotoIsServedBackAsADownloadThatIsNeverSniffed() {
    String id = requested("DAMAGE", "1", null);
    String attachment =
        upload(admin, id, "image/png", PNG).then().statusCode(201).extract().path("id");
    Response file =
        api.as(admin)
            .accept("image/png")
            .get(API + "adjustments/" + id + "/attachments/" + attachment + "/");
    file.then()
        .statusCode(200)
        .contentType(startsWith("image/png"))
        .header("Content-Disposition", equalTo("attachment; filename=\"shelf_3.png\""))
        .header("X-Content-Type-Options", equalTo("nosniff"));
    assertThat(file.asByteArray()).isEqualTo(PNG);
  }

  @Test
  void aPdfDocumentIsAccepted() {
    String id = requested("RETURN_TO_SUPPLIER", "1", lot);
    upload(admin, id, "application/pdf", PDF)
        .then()
        .statusCode(201)
        .body("type", equalTo("PDF"))
        .body("file_name", equalTo("shelf_3.pdf"));
  }

  @Test
  void htmlDisguisedAsAPngIsRefused() {
    String id = requested("DAMAGE", "1", null);
    uploadHostile(
            id,
            "image/png",
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
        .then()
        .statusCode(415)
        .contentType(startsWith("application/problem+json"))
        .body("type", containsString("unsupported-attachment-type"));
    assertThat(attachments(id)).isZero();
  }

  @Test
  void aJpegSentAsAPngIsRefused() {
    String id = requested("DAMAGE", "1", null);
    uploadHostile(id, "image/png", JPEG).then().statusCode(415);
    assertThat(attachments(id)).isZero();
  }

  @Test
  void aTypeOutsideTheAllowListIsRefused() {
    String id = requested("DAMAGE", "1", null);
    uploadHostile(id, "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8))
        .then()
        .statusCode(415)
        .contentType(startsWith("application/problem+json"));
    assertThat(attachments(id)).isZero();
  }

  @Test
  void aFileOverFiveMebibytesIsRefused() {
    String id = requested("DAMAGE", "1", null);
    byte[] big = Arrays.copyOf(JPEG, 5 * 1024 * 1024 + 1);
    uploadHostile(id, "image/jpeg", big)
        .then()
        .statusCode(413)
        .contentType(startsWith("application/problem+json"));
    assertThat(attachments(id)).isZero();
  }

  @Test
  void aFileOfFiveMebibytesIsAccepted() {
    String id = requested("DAMAGE", "1", null);
    byte[] big = Arrays.copyOf(JPEG, 5 * 1024 * 1024);
    upload(admin, id, "image/jpeg", big)
        .then()
        .statusCode(201)
        .body("size_bytes", equalTo(big.length));
  }

  @Test
  void anUploadRepeatedWithItsIdempotencyKeyIsStoredOnce() {
    String id = requested("DAMAGE", "1", null);
    String key = UUID.randomUUID().toString();
    java.util.function.Supplier<String> upload =
        () ->
            api.as(admin)
                .header("Idempotency-Key", key)
                .contentType("image/png")
                .body(PNG)
                .post(API + "adjustments/" + id + "/attachments/")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    assertThat(upload.get()).isEqualTo(upload.get());
    assertThat(attachments(id)).isEqualTo(1);
  }

  @Test
  void evidenceIsNotAddedToADecidedAdjustment() {
    String id = requested("DAMAGE", "1", null);
    upload(admin, id, "image/png", PNG).then().statusCode(201);
    approve(id).then().statusCode(200);
    upload(admin, id, "image/png", PNG)
        .then()
        .statusCode(409)
        .body("type", endsWith("/adjustment-decided"));
    assertThat(attachments(id)).isEqualTo(1);
  }

  @Test
  void anAdjustmentHoldsAtMostTenFiles() {
    String id = requested("DAMAGE", "1", null);
    for (int i = 0; i < 10; i++) {
      upload(admin, id, "image/png", PNG).then().statusCode(201);
    }
    upload(admin, id, "image/png", PNG)
        .then()
        .statusCode(409)
        .body("type", endsWith("/too-many-attachments"));
    assertThat(attachments(id)).isEqualTo(10);
  }

  @Test
  void cashiersMayNotAttachEvidence() {
    String id = requested("DAMAGE", "1", null);
    upload(api.addStaff(admin, "CASHIER"), id, "image/png", PNG).then().statusCode(403);
  }

  @Test
  void anotherBusinessCannotReadAnAttachment() {
    String id = requested("DAMAGE", "1", null);
    String attachment = upload(admin, id, "image/png", PNG).then().extract().path("id");
    Staff other = api.registerBusiness();
    api.as(other)
        .accept("image/png")
        .get(API + "adjustments/" + id + "/attachments/" + attachment + "/")
        .then()
        .statusCode(404);
    upload(other, id, "image/png", PNG).then().statusCode(404);
  }

  @Test
  void aManagerDoesNotApproveTheirOwnAdjustment() {
    Staff manager = api.addStaff(admin, "MANAGER");
    String id = adjust(manager, "LOSS", "1", null).then().statusCode(201).extract().path("id");
    api.as(manager)
        .post(API + "adjustments/" + id + "/approve/")
        .then()
        .statusCode(403)
        .body("type", org.hamcrest.Matchers.endsWith("own-adjustment"));
  }

  @Test
  void anotherManagerApprovesAManagersAdjustment() {
    Staff manager = api.addStaff(admin, "MANAGER");
    String id = adjust(manager, "LOSS", "1", null).then().statusCode(201).extract().path("id");
    api.as(api.addStaff(admin, "MANAGER"))
        .post(API + "adjustments/" + id + "/approve/")
        .then()
        .statusCode(200);
  }

  /** Assigns a new warehouse staff member to another warehouse: from then on assignments apply. */
  void businessAssignsWarehouseStaff() {
    String north = shop.create(API + "warehouses/", Map.of("name", "North warehouse"));
    api.as(admin)
        .body(
            Map.of(
                "user_ids",
                java.util.List.of(api.addStaff(admin, "WAREHOUSE_STAFF").userId().toString())))
        .put(API + "warehouses/" + north + "/staff/")
        .then()
        .statusCode(200);
  }

  @Test
  void unassignedWarehouseStaffDoNotAskForAdjustmentsOnceTheBusinessAssigns() {
    businessAssignsWarehouseStaff();
    adjust(api.addStaff(admin, "WAREHOUSE_STAFF"), "LOSS", "1", null).then().statusCode(403);
  }

  @Test
  void unassignedWarehouseStaffDoNotAttachEvidenceOnceTheBusinessAssigns() {
    String id = requested("LOSS", "1", null);
    businessAssignsWarehouseStaff();
    upload(api.addStaff(admin, "WAREHOUSE_STAFF"), id, "image/png", PNG).then().statusCode(403);
  }
}
