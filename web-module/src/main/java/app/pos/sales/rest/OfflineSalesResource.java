package app.pos.sales.rest;

import app.pos.platform.control.InvalidInputException;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.IdempotentResponses;
import app.pos.platform.rest.OneOf;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.QueryDates;
import app.pos.platform.rest.QueryEnums;
import app.pos.platform.rest.QueryIds;
import app.pos.sales.boundary.OfflineBatchResult;
import app.pos.sales.boundary.OfflineSales;
import app.pos.sales.boundary.ResolveSaleException;
import app.pos.sales.boundary.SaleExceptionView;
import app.pos.sales.boundary.SaleExceptions;
import app.pos.sales.boundary.SyncOfflineBatch;
import app.pos.sales.boundary.TillCustomers;
import app.pos.sales.boundary.TillCustomersView;
import app.pos.sales.entity.SaleExceptionKind;
import app.pos.sales.entity.SaleExceptionStatus;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Offline tills: syncing the sales rung up without a connection (ADMIN, MANAGER, CASHIER at their
 * storefronts), what a till keeps to sell offline, and the managers' queue of exceptions.
 */
@ApplicationScoped
@Path("sales/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Sales")
public class OfflineSalesResource {

  @Inject OfflineSales offline;
  @Inject SaleExceptions exceptions;
  @Inject TillCustomers tillCustomers;
  @Inject IdempotentResponses idempotent;
  @Context UriInfo uri;

  @POST
  @Path("offline-batches")
  @Operation(
      operationId = "syncOfflineBatch",
      summary =
          "Sync sales a till made offline (up to 500): applied in occurred_at order, each in its"
              + " own transaction, once per client_sale_id (a re-send answers DUPLICATE with the"
              + " first result); short stock, other prices and refused credit become exceptions")
  @APIResponseSchema(value = OfflineBatchResult.class, responseCode = "200")
  public Response sync(SyncOfflineBatch batch) {
    return idempotent.respond(200, () -> offline.sync(batch), r -> null);
  }

  @GET
  @Path("till-snapshot/customers")
  @Operation(
      operationId = "getTillCustomers",
      summary =
          "The business's tax and discount settings and each customer's credit, for a till to"
              + " sell offline; keyset-paged (cursor = next_cursor), a delta with updated_since")
  public TillCustomersView tillCustomers(
      @QueryParam("updated_since") String updatedSince,
      @QueryParam("cursor") String cursor,
      @QueryParam("page_size") String pageSize) {
    return tillCustomers.page(
        QueryDates.from("updated_since", updatedSince),
        QueryIds.uuid("cursor", cursor),
        pageSize(pageSize));
  }

  @GET
  @Path("exceptions")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(
      operationId = "listSaleExceptions",
      summary =
          "What offline sales could not honour (oversold units, other prices, refused credit),"
              + " newest first; filters kind, status, sale_id")
  public PageEnvelope<SaleExceptionView> list(
      @QueryParam("kind") @OneOf(SaleExceptionKind.class) String kind,
      @QueryParam("status") @OneOf(SaleExceptionStatus.class) String status,
      @QueryParam("sale_id") String saleId,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        exceptions.list(
            QueryEnums.parse("kind", kind, SaleExceptionKind.class),
            QueryEnums.parse("status", status, SaleExceptionStatus.class),
            QueryIds.uuid("sale_id", saleId),
            page.toRequest()),
        uri);
  }

  @GET
  @Path("exceptions/{id}")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(operationId = "getSaleException", summary = "One exception")
  public SaleExceptionView get(@PathParam("id") UUID id) {
    return exceptions.find(id);
  }

  @POST
  @Path("exceptions/{id}/resolve")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(
      operationId = "resolveSaleException",
      summary =
          "Resolve an exception once: oversold units by STOCK_ARRIVED (taken from the"
              + " storefront's lots now; 409 while they are not there) or WRITTEN_OFF, each"
              + " posted; other kinds ACKNOWLEDGED")
  @APIResponseSchema(value = SaleExceptionView.class, responseCode = "200")
  public Response resolve(@PathParam("id") UUID id, ResolveSaleException command) {
    return idempotent.respond(
        200,
        () -> exceptions.resolve(id, command),
        e -> uri.getBaseUriBuilder().path("sales/api/exceptions/{id}/").build(e.id()));
  }

  static int pageSize(String value) {
    if (value == null || value.isBlank()) {
      return 500;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("page_size", "must be a whole number");
    }
  }
}
