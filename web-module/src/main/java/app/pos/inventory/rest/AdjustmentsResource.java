package app.pos.inventory.rest;

import app.pos.inventory.boundary.AdjustmentView;
import app.pos.inventory.boundary.CountStock;
import app.pos.inventory.boundary.Lots;
import app.pos.inventory.boundary.RepriceLot;
import app.pos.inventory.boundary.RequestAdjustment;
import app.pos.inventory.boundary.StockAdjustments;
import app.pos.inventory.boundary.StockAlerts;
import app.pos.inventory.boundary.StockCounts;
import app.pos.inventory.boundary.Views.LotView;
import app.pos.inventory.entity.AlertStatus;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.Created;
import app.pos.platform.rest.OneOf;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.QueryEnums;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Adjustments and their approval, lot prices, stock alerts. */
@Path("inventory/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
@SecurityRequirement(name = "bearer")
@Tag(name = "Inventory")
public class AdjustmentsResource {

  @Inject StockAdjustments adjustments;
  @Inject Lots lots;
  @Inject StockCounts counts;
  @Inject StockAlerts alerts;
  @Context UriInfo uri;

  @POST
  @Path("adjustments")
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(summary = "Ask for a stock adjustment (PENDING until a manager approves)")
  @APIResponseSchema(value = AdjustmentView.class, responseCode = "201")
  public Response request(RequestAdjustment command) {
    AdjustmentView adjustment = adjustments.request(command);
    return Created.at(uri, "inventory/api/adjustments/{id}/", adjustment.id(), adjustment);
  }

  @GET
  @Path("adjustments")
  @Operation(summary = "Adjustments, newest first")
  public PageEnvelope<AdjustmentView> list(@BeanParam PageParams page) {
    return PageEnvelope.of(adjustments.list(page.toRequest()), uri);
  }

  @GET
  @Path("adjustments/{id}")
  @Operation(summary = "One adjustment")
  public AdjustmentView get(@PathParam("id") UUID id) {
    return adjustments.find(id);
  }

  @POST
  @Path("adjustments/{id}/approve")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Apply it: the stock moves and the ledger is posted at lot cost")
  public AdjustmentView approve(@PathParam("id") UUID id) {
    return adjustments.approve(id);
  }

  @POST
  @Path("adjustments/{id}/reject")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Reject it: nothing moves")
  public AdjustmentView reject(@PathParam("id") UUID id) {
    return adjustments.reject(id);
  }

  @POST
  @Path("stock-counts")
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(summary = "Record a count; each difference becomes a CORRECTION adjustment to approve")
  public PageEnvelope<AdjustmentView> count(CountStock command) {
    return PageEnvelope.all(counts.count(command), uri);
  }

  @GET
  @Path("lots/{id}")
  @Operation(summary = "One lot: cost, prices, expiry")
  public LotView lot(@PathParam("id") UUID id) {
    return lots.find(id);
  }

  @POST
  @Path("lots/{id}/reprice")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "New selling prices for a lot (audited)")
  public LotView reprice(@PathParam("id") UUID id, RepriceLot command) {
    return lots.reprice(id, command);
  }

  @GET
  @Path("stock-alerts")
  @Operation(summary = "Low-stock, out-of-stock and expiry alerts; ?status=OPEN|RESOLVED")
  public PageEnvelope<StockAlerts.AlertView> stockAlerts(
      @QueryParam("status") @OneOf(AlertStatus.class) String status, @BeanParam PageParams page) {
    return PageEnvelope.of(
        alerts.page(QueryEnums.parse("status", status, AlertStatus.class), page.toRequest()), uri);
  }
}
