package app.pos.sales.rest;

import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.IdempotentResponses;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.QueryIds;
import app.pos.sales.boundary.RefundView;
import app.pos.sales.boundary.Refunds;
import app.pos.sales.boundary.RequestRefund;
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

/** Refunds: MANAGER and ADMIN only. */
@ApplicationScoped
@Path("sales/api/refunds")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Sales")
public class RefundsResource {

  @Inject Refunds refunds;
  @Inject IdempotentResponses idempotent;
  @Context UriInfo uri;

  @POST
  @Operation(
      summary =
          "Refund units of a completed sale: revenue, tax (and cost of restocked units) reversed"
              + " in the ledger; 409 beyond what was sold")
  @APIResponseSchema(value = RefundView.class, responseCode = "201")
  public Response refund(RequestRefund command) {
    return idempotent.created(
        () -> refunds.refund(command),
        r -> uri.getBaseUriBuilder().path("sales/api/refunds/{id}/").build(r.id()));
  }

  @GET
  @Operation(summary = "Refunds, newest first; ?sale_id= for one sale's")
  public PageEnvelope<RefundView> list(
      @QueryParam("sale_id") String saleId, @BeanParam PageParams page) {
    return PageEnvelope.of(refunds.list(QueryIds.uuid("sale_id", saleId), page.toRequest()), uri);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One refund")
  public RefundView get(@PathParam("id") UUID id) {
    return refunds.find(id);
  }
}
