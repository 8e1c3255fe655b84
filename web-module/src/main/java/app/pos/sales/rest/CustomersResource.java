package app.pos.sales.rest;

import app.pos.platform.control.ActiveFilter;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.Created;
import app.pos.platform.rest.IdempotentResponses;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.sales.boundary.CreateCustomer;
import app.pos.sales.boundary.CreditTransactionView;
import app.pos.sales.boundary.CustomerView;
import app.pos.sales.boundary.Customers;
import app.pos.sales.boundary.Tender;
import app.pos.sales.boundary.UpdateCustomer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

/** Customers: ADMIN, MANAGER and CASHIER; warehouse staff have no business here. */
@ApplicationScoped
@Path("sales/api/customers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Sales")
public class CustomersResource {

  @Inject Customers customers;
  @Inject IdempotentResponses idempotent;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Add a customer (RETAIL or WHOLESALE, optional credit limit)")
  @APIResponseSchema(value = CustomerView.class, responseCode = "201")
  public Response create(CreateCustomer command) {
    CustomerView customer = customers.create(command);
    return Created.at(uri, "sales/api/customers/{id}/", customer.id(), customer);
  }

  @GET
  @Operation(
      summary =
          "Customers; ?search= over name, phone and e-mail; retired ones with ?is_active=false"
              + " or ?include_inactive=true")
  public PageEnvelope<CustomerView> list(
      @QueryParam("search") String search,
      @QueryParam("is_active") String isActive,
      @QueryParam("include_inactive") String includeInactive,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        customers.list(search, ActiveFilter.of(isActive, includeInactive), page.toRequest()), uri);
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Delete a customer with no sale or credit history (409 in-use otherwise: retire)")
  public Response delete(@PathParam("id") UUID id) {
    customers.delete(id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One customer with their credit position")
  public CustomerView get(@PathParam("id") UUID id) {
    return customers.find(id);
  }

  @PATCH
  @Path("{id}")
  @Operation(summary = "Change a customer; credit limit, terms and blocking by MANAGER or ADMIN")
  public CustomerView update(@PathParam("id") UUID id, UpdateCustomer command) {
    return customers.update(id, command);
  }

  @POST
  @Path("{id}/payments")
  @Operation(
      summary =
          "The customer pays down their balance: Dr cash/card/mobile/bank, Cr 1100; 409 above what"
              + " they owe")
  @APIResponseSchema(value = CreditTransactionView.class, responseCode = "201")
  public Response pay(@PathParam("id") UUID id, Tender tender) {
    return idempotent.created(
        () -> customers.pay(id, tender),
        t -> uri.getBaseUriBuilder().path("sales/api/credit-transactions/").build());
  }
}
