package app.pos.inventory.rest;

import app.pos.inventory.boundary.ProfitProjections;
import app.pos.inventory.boundary.SaleCatalogue;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.QueryIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a till sells from, and what the stock on hand would bring at a retail/wholesale mix. */
@ApplicationScoped
@Path("inventory/api")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
@SecurityRequirement(name = "bearer")
@Tag(name = "Inventory")
public class SaleCatalogueResource {

  @Inject SaleCatalogue catalogue;
  @Inject ProfitProjections projections;
  @Context UriInfo uri;

  @GET
  @Path("storefronts/{id}/catalogue")
  @Operation(
      summary =
          "The storefront's sale catalogue: active products with what is available there, the next"
              + " lot's prices and a suggested price; ?include_zero=true lists products with none"
              + " available too; ?search= over SKU, name and barcode")
  public PageEnvelope<SaleCatalogue.Item> catalogue(
      @PathParam("id") UUID id,
      @QueryParam("search") String search,
      @QueryParam("include_zero") String includeZero,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        catalogue.list(id, search, flag("include_zero", includeZero), page.toRequest()), uri);
  }

  @GET
  @Path("reports/profit-projection")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(
      summary =
          "Projected revenue, cost and margin of the stock on hand at a location sold at a"
              + " retail/wholesale mix (retail_percent + wholesale_percent = 100; default all"
              + " retail)")
  public ProfitProjections.Projection profitProjection(
      @QueryParam("location_id") String locationId,
      @QueryParam("retail_percent") String retailPercent,
      @QueryParam("wholesale_percent") String wholesalePercent) {
    boolean neither = retailPercent == null && wholesalePercent == null;
    return projections.project(
        QueryIds.uuid("location_id", locationId),
        neither ? new BigDecimal("100") : percent("retail_percent", retailPercent),
        neither ? BigDecimal.ZERO : percent("wholesale_percent", wholesalePercent));
  }

  static boolean flag(String name, String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new InvalidInputException(name, "must be true or false");
  }

  static BigDecimal percent(String name, String value) {
    if (value == null || value.isBlank()) {
      return BigDecimal.ZERO;
    }
    try {
      BigDecimal percent = new BigDecimal(value.trim());
      if (percent.signum() < 0
          || percent.compareTo(new BigDecimal("100")) > 0
          || Math.max(percent.stripTrailingZeros().scale(), 0) > 2) {
        throw new InvalidInputException(name, "must be a percentage from 0 to 100, two decimals");
      }
      return percent;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "must be a number");
    }
  }
}
