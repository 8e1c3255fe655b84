package app.pos.inventory.rest;

import app.pos.inventory.boundary.AssignTransferRequest;
import app.pos.inventory.boundary.RequestStock;
import app.pos.inventory.boundary.StockControlViews.TransferRequestView;
import app.pos.inventory.boundary.TransferRequests;
import app.pos.inventory.entity.TransferPriority;
import app.pos.inventory.entity.TransferRequestStatus;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Storefronts asking for stock: any member of the storefront asks, a MANAGER/ADMIN who did not ask
 * assigns a warehouse.
 */
@ApplicationScoped
@Path("inventory/api/transfer-requests")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
@SecurityRequirement(name = "bearer")
@Tag(name = "Inventory")
public class TransferRequestsResource {

  @Inject TransferRequests requests;
  @Inject IdempotentResponses idempotent;
  @Context UriInfo uri;

  @POST
  @Operation(
      summary = "Ask for stock at a storefront (NEW); any member of the storefront",
      operationId = "createTransferRequest")
  @APIResponseSchema(value = TransferRequestView.class, responseCode = "201")
  public Response request(RequestStock command) {
    return idempotent.created(() -> requests.request(command), this::location);
  }

  @GET
  @Operation(
      summary = "Transfer requests, newest first; ?status=, ?storefront_id=, ?priority=",
      operationId = "listTransferRequests")
  public PageEnvelope<TransferRequestView> list(
      @QueryParam("status") @OneOf(TransferRequestStatus.class) String status,
      @QueryParam("storefront_id") String storefrontId,
      @QueryParam("priority") @OneOf(TransferPriority.class) String priority,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        requests.list(
            new TransferRequests.Filter(
                QueryEnums.parse("status", status, TransferRequestStatus.class),
                QueryIds.uuid("storefront_id", storefrontId),
                QueryEnums.parse("priority", priority, TransferPriority.class)),
            page.toRequest()),
        uri);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One transfer request", operationId = "getTransferRequest")
  public TransferRequestView find(@PathParam("id") UUID id) {
    return requests.find(id);
  }

  @POST
  @Path("{id}/assign")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(
      summary =
          "Assign a warehouse (creates its APPROVED transfer; 409 with short_lines when the"
              + " warehouse lacks the stock) or link a transfer; never by the requester",
      operationId = "assignTransferRequest")
  @APIResponseSchema(value = TransferRequestView.class, responseCode = "200")
  public Response assign(@PathParam("id") UUID id, AssignTransferRequest command) {
    return idempotent.respond(200, () -> requests.assign(id, command), this::location);
  }

  @POST
  @Path("{id}/cancel")
  @Operation(
      summary = "Cancel a request (the requester or a MANAGER/ADMIN), with its transfer if unsent",
      operationId = "cancelTransferRequest")
  @APIResponseSchema(value = TransferRequestView.class, responseCode = "200")
  public Response cancel(@PathParam("id") UUID id) {
    return idempotent.respond(200, () -> requests.cancel(id), this::location);
  }

  private URI location(TransferRequestView r) {
    return uri.getBaseUriBuilder().path("inventory/api/transfer-requests/{id}/").build(r.id());
  }
}
