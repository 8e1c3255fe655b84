package app.pos.sales.rest;

import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.QueryIds;
import app.pos.sales.boundary.CreditTransactionView;
import app.pos.sales.boundary.Customers;
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

/** Customers' credit histories. */
@ApplicationScoped
@Path("sales/api/credit-transactions")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Sales")
public class CreditTransactionsResource {

  @Inject Customers customers;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "Changes to customers' balances (credit sales, payments, refunds) with the balance before"
              + " and after; ?customer_id= for one customer")
  public PageEnvelope<CreditTransactionView> list(
      @QueryParam("customer_id") String customerId, @BeanParam PageParams page) {
    return PageEnvelope.of(
        customers.creditHistory(QueryIds.uuid("customer_id", customerId), page.toRequest()), uri);
  }
}
