package app.pos.inventory.rest;

import app.pos.inventory.boundary.GoodsReceipts;
import app.pos.inventory.boundary.ReceiveGoods;
import app.pos.inventory.boundary.RequestTransfer;
import app.pos.inventory.boundary.StockLevels;
import app.pos.inventory.boundary.Transfers;
import app.pos.inventory.boundary.Views.GoodsReceiptView;
import app.pos.inventory.boundary.Views.StockLevelView;
import app.pos.inventory.boundary.Views.TransferView;
import app.pos.inventory.boundary.Views.ValuationView;
import app.pos.inventory.entity.TransferStatus;
import app.pos.platform.control.CsvTable;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.XlsxTable;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.IdempotentResponses;
import app.pos.platform.rest.OneOf;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.QueryEnums;
import app.pos.platform.rest.QueryIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Receiving, stock levels, transfers and valuation: ADMIN, MANAGER and WAREHOUSE_STAFF write. */
@ApplicationScoped
@Path("inventory/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
@SecurityRequirement(name = "bearer")
@Tag(name = "Inventory")
public class StockResource {

  private static final Set<String> LOCATION_TYPES = Set.of("WAREHOUSE", "STOREFRONT");

  @Inject GoodsReceipts receipts;
  @Inject StockLevels levels;
  @Inject Transfers transfers;
  @Inject IdempotentResponses idempotent;
  @Context UriInfo uri;

  @POST
  @Path("batches")
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(
      summary =
          "Receive goods at a warehouse: lots, stock and Dr 1200 / Cr 2000 (or 1000 when paid)")
  @APIResponseSchema(value = GoodsReceiptView.class, responseCode = "201")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "delivery",
                      summary = "A delivery of one product into a warehouse",
                      value =
                          "{\"warehouse_id\": \"6f1c3a52-8a4e-4d4b-9d1e-2a1f0c3b4d5e\", \"supplier\": \"Acme Foods\", \"reference\": \"INV-1\", \"items\": [{\"product_id\": \"0b7e4c1d-3f2a-4e5b-8c9d-1a2b3c4d5e6f\", \"quantity\": 10, \"unit_cost\": \"12.5000\", \"retail_price\": \"20.00\", \"wholesale_price\": \"17.50\", \"expiry_date\": \"2027-06-30\"}]}")))
  public Response receive(ReceiveGoods command) {
    return idempotent.created(
        () -> receipts.receive(command),
        r -> uri.getBaseUriBuilder().path("inventory/api/batches/{id}/").build(r.id()));
  }

  @GET
  @Path("batches")
  @Operation(summary = "Goods received, newest first")
  public PageEnvelope<GoodsReceiptView> batches(@BeanParam PageParams page) {
    return PageEnvelope.of(receipts.list(page.toRequest()), uri);
  }

  @GET
  @Path("batches/{id}")
  @Operation(summary = "One receipt with its lots")
  public GoodsReceiptView batch(@PathParam("id") UUID id) {
    return receipts.find(id);
  }

  @GET
  @Path("inventory")
  @Operation(
      summary = "On hand, reserved and available per product and location, with next-lot prices")
  public PageEnvelope<StockLevelView> inventory(
      @QueryParam("product_id") String productId,
      @QueryParam("location_id") String locationId,
      @QueryParam("location_type") String locationType,
      @QueryParam("low_stock") String lowStock,
      @BeanParam PageParams page) {
    if (locationType != null && !LOCATION_TYPES.contains(locationType)) {
      throw new InvalidInputException("location_type", "must be WAREHOUSE or STOREFRONT");
    }
    return PageEnvelope.of(
        levels.list(
            new StockLevels.Filter(
                QueryIds.uuid("product_id", productId),
                QueryIds.uuid("location_id", locationId),
                locationType,
                "true".equalsIgnoreCase(lowStock)),
            page.toRequest()),
        uri);
  }

  @POST
  @Path("transfers")
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(
      summary =
          "Request a transfer from a warehouse to a storefront (PENDING); 409 with short_lines when"
              + " the warehouse lacks the stock")
  @APIResponseSchema(value = TransferView.class, responseCode = "201")
  public Response requestTransfer(RequestTransfer command) {
    return idempotent.created(
        () -> transfers.request(command),
        t -> uri.getBaseUriBuilder().path("inventory/api/transfers/{id}/").build(t.id()));
  }

  @GET
  @Path("transfers")
  @Operation(
      summary =
          "Transfers, newest first; ?status=, ?search= a reference (TRF-YYYYMMDD-XXXXXX, or its"
              + " start)")
  public PageEnvelope<TransferView> transfers(
      @QueryParam("status") @OneOf(TransferStatus.class) String status,
      @QueryParam("search") String search,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        transfers.list(
            QueryEnums.parse("status", status, TransferStatus.class), search, page.toRequest()),
        uri);
  }

  @GET
  @Path("transfers/{id}")
  @Operation(summary = "One transfer")
  public TransferView transfer(@PathParam("id") UUID id) {
    return transfers.find(id);
  }

  @POST
  @Path("transfers/{id}/complete")
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(
      summary = "Move the stock (FEFO lots, costs and prices kept); 409 if the warehouse lacks it")
  @APIResponseSchema(value = TransferView.class, responseCode = "200")
  public Response complete(@PathParam("id") UUID id) {
    return idempotent.respond(200, () -> transfers.complete(id), this::location);
  }

  @POST
  @Path("transfers/{id}/approve")
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(summary = "Approve a PENDING transfer")
  public TransferView approve(@PathParam("id") UUID id) {
    return transfers.approve(id);
  }

  @POST
  @Path("transfers/{id}/reject")
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(summary = "Reject a PENDING or APPROVED transfer")
  public TransferView reject(@PathParam("id") UUID id) {
    return transfers.reject(id);
  }

  @POST
  @Path("transfers/{id}/dispatch")
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(
      summary = "Send it: the stock leaves the warehouse (IN_TRANSIT); 409 if it is not there")
  @APIResponseSchema(value = TransferView.class, responseCode = "200")
  public Response dispatch(@PathParam("id") UUID id) {
    return idempotent.respond(200, () -> transfers.dispatch(id), this::location);
  }

  @POST
  @Path("transfers/{id}/receive")
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(summary = "Receive it at the storefront (COMPLETED)")
  @APIResponseSchema(value = TransferView.class, responseCode = "200")
  public Response receive(@PathParam("id") UUID id) {
    return idempotent.respond(200, () -> transfers.receive(id), this::location);
  }

  @POST
  @Path("transfers/{id}/cancel")
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(
      summary =
          "Cancel a transfer not yet received; one in transit puts its stock back to its lots at"
              + " the warehouse")
  @APIResponseSchema(value = TransferView.class, responseCode = "200")
  public Response cancel(@PathParam("id") UUID id) {
    return idempotent.respond(200, () -> transfers.cancel(id), this::location);
  }

  private java.net.URI location(TransferView t) {
    return uri.getBaseUriBuilder().path("inventory/api/transfers/{id}/").build(t.id());
  }

  @GET
  @Path("reports/valuation")
  @Produces({MediaType.APPLICATION_JSON, "text/csv", XlsxTable.MEDIA_TYPE})
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(
      summary =
          "Stock value by product and location; the total equals account 1200; ?format=csv or"
              + " ?format=xlsx (a workbook naming products and locations)")
  @APIResponseSchema(value = ValuationView.class, responseCode = "200")
  public Response valuation(
      @QueryParam("location_id") String locationId, @QueryParam("format") String format) {
    ValuationView valuation = levels.valuation(QueryIds.uuid("location_id", locationId));
    if ("xlsx".equalsIgnoreCase(format)) {
      return Response.ok(valuationWorkbook(valuation), XlsxTable.MEDIA_TYPE)
          .header("Content-Disposition", "attachment; filename=\"valuation.xlsx\"")
          .header("X-Content-Type-Options", "nosniff")
          .build();
    }
    if (format != null
        && !format.isBlank()
        && !"csv".equalsIgnoreCase(format)
        && !"json".equalsIgnoreCase(format)) {
      throw new InvalidInputException("format", "must be json, csv or xlsx");
    }
    if (!"csv".equalsIgnoreCase(format)) {
      return Response.ok(valuation, MediaType.APPLICATION_JSON_TYPE).build();
    }
    CsvTable csv = new CsvTable("product_id", "sku", "location_id", "quantity_on_hand", "value");
    for (var row : valuation.rows()) {
      csv.row(
          row.productId(),
          row.sku(),
          row.inTransit() ? "in transit" : row.locationId(),
          CsvTable.quantity(row.quantityOnHand()),
          CsvTable.money(row.value()));
    }
    csv.row(null, null, null, "total", CsvTable.money(valuation.totalValue()));
    return Response.ok(csv.toString(), "text/csv")
        .header("Content-Disposition", "attachment; filename=\"valuation.csv\"")
        .build();
  }

  /** The valuation as one sheet: each row names its product and location, then the total. */
  static byte[] valuationWorkbook(ValuationView valuation) {
    XlsxTable sheet =
        new XlsxTable(
            "Valuation",
            "product_id",
            "sku",
            "product_name",
            "location_id",
            "location_name",
            "quantity_on_hand",
            "value");
    for (var row : valuation.rows()) {
      sheet.row(
          row.productId().toString(),
          row.sku(),
          row.productName(),
          row.inTransit() ? null : row.locationId().toString(),
          row.inTransit() ? "in transit" : row.locationName(),
          CsvTable.quantity(row.quantityOnHand()),
          XlsxTable.money(row.value()));
    }
    sheet.row(null, null, null, null, null, "total", XlsxTable.money(valuation.totalValue()));
    return sheet.toBytes();
  }
}
