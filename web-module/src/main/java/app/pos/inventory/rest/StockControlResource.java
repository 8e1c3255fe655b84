package app.pos.inventory.rest;

import app.pos.inventory.boundary.AssignWarehouseStaff;
import app.pos.inventory.boundary.Availability;
import app.pos.inventory.boundary.CheckAvailability;
import app.pos.inventory.boundary.StockControlViews.AvailabilityView;
import app.pos.inventory.boundary.StockControlViews.ReconciliationView;
import app.pos.inventory.boundary.StockControlViews.WarehouseStaffView;
import app.pos.inventory.boundary.StockReconciliation;
import app.pos.inventory.boundary.WarehouseStaff;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.QueryDates;
import app.pos.platform.rest.QueryIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Availability checks, warehouse staff assignments and the stock reconciliation report. */
@ApplicationScoped
@Path("inventory/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
@SecurityRequirement(name = "bearer")
@Tag(name = "Inventory")
public class StockControlResource {

  @Inject Availability availability;
  @Inject WarehouseStaff staff;
  @Inject StockReconciliation reconciliation;

  @POST
  @Path("availability")
  @Operation(
      summary = "Whether so much of each product is available at a location now; reads only",
      operationId = "checkAvailability")
  public AvailabilityView availability(CheckAvailability command) {
    return availability.check(command);
  }

  @GET
  @Path("warehouses/{id}/staff")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(
      summary = "The warehouse staff assigned to a warehouse",
      operationId = "getWarehouseStaff")
  public WarehouseStaffView staff(@PathParam("id") UUID id) {
    return staff.staff(id);
  }

  @PUT
  @Path("warehouses/{id}/staff")
  @Allow({Access.ADMIN})
  @Operation(
      summary =
          "Set the warehouse staff of a warehouse (the whole set); a staff member with any"
              + " assignment acts only for their warehouses",
      operationId = "setWarehouseStaff")
  public WarehouseStaffView assign(@PathParam("id") UUID id, AssignWarehouseStaff command) {
    return staff.assign(id, command);
  }

  @GET
  @Path("reports/reconciliation")
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(
      summary =
          "Per product and location: opening, intake, transfers, sales, refunds, shrinkage,"
              + " corrections, closing (checked), reservations linked and orphaned",
      operationId = "stockReconciliation")
  public ReconciliationView reconciliation(
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to,
      @QueryParam("location_id") String locationId,
      @QueryParam("product_id") String productId) {
    return reconciliation.report(
        QueryDates.day("date_from", from),
        QueryDates.day("date_to", to),
        QueryIds.uuid("location_id", locationId),
        QueryIds.uuid("product_id", productId));
  }
}
