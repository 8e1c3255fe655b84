package app.pos.inventory.rest;

import app.pos.inventory.boundary.TillSnapshotView;
import app.pos.inventory.boundary.TillSnapshots;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.QueryDates;
import app.pos.platform.rest.QueryIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue a till keeps to sell offline: ADMIN, MANAGER and CASHIER. */
@ApplicationScoped
@Path("inventory/api/till-snapshot")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Inventory")
public class TillSnapshotResource {

  static final int DEFAULT_PAGE = 500;

  @Inject TillSnapshots snapshots;

  @GET
  @Operation(
      operationId = "getTillSnapshot",
      summary =
          "A storefront's catalogue for a till to sell offline: prices of the next unit, units"
              + " available, tax rate; keyset-paged (cursor = next_cursor), a delta with"
              + " updated_since (send as_of back)")
  public TillSnapshotView snapshot(
      @QueryParam("storefront_id") String storefrontId,
      @QueryParam("updated_since") String updatedSince,
      @QueryParam("cursor") String cursor,
      @QueryParam("page_size") String pageSize) {
    return snapshots.page(
        QueryIds.uuid("storefront_id", storefrontId),
        QueryDates.from("updated_since", updatedSince),
        QueryIds.uuid("cursor", cursor),
        pageSize(pageSize));
  }

  static int pageSize(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_PAGE;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("page_size", "must be a whole number");
    }
  }
}
