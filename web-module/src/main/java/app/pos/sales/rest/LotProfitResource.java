package app.pos.sales.rest;

import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.QueryDates;
import app.pos.platform.rest.QueryIds;
import app.pos.sales.boundary.LotProfits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Profit per lot: what each lot's units sold for, what they cost, the margin. */
@ApplicationScoped
@Path("sales/api/reports/lot-profit")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Sales")
public class LotProfitResource {

  @Inject LotProfits profits;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "Revenue, cost and margin of what each lot sold (net of discounts and refunds, before"
              + " tax); ?date_from, date_to (UTC days the sales completed), product_id,"
              + " storefront_id")
  public PageEnvelope<LotProfits.LotProfit> lotProfit(
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to,
      @QueryParam("product_id") String productId,
      @QueryParam("storefront_id") String storefrontId,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        profits.list(
            QueryDates.day("date_from", from),
            QueryDates.day("date_to", to),
            QueryIds.uuid("product_id", productId),
            QueryIds.uuid("storefront_id", storefrontId),
            page.toRequest()),
        uri);
  }
}
