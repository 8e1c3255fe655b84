package app.pos.subscriptions.rest;

import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.BodyOptional;
import app.pos.platform.rest.Created;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.subscriptions.boundary.GrantComplimentary;
import app.pos.subscriptions.boundary.InvoicePdf;
import app.pos.subscriptions.boundary.InvoiceView;
import app.pos.subscriptions.boundary.Subscribe;
import app.pos.subscriptions.boundary.SubscriptionView;
import app.pos.subscriptions.boundary.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The business's subscription, invoices and usage: ADMIN writes, MANAGER reads. */
@ApplicationScoped
@Path("subscriptions/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Subscriptions")
public class SubscriptionsResource {

  @Inject Subscriptions subscriptions;
  @Inject InvoicePdf pdf;
  @Context UriInfo uri;

  @POST
  @Path("subscriptions")
  @Allow(Access.ADMIN)
  @Operation(
      summary =
          "Subscribe to a paid plan: a PENDING subscription and the gateway's checkout_url to pay at")
  @APIResponseSchema(value = SubscriptionView.class, responseCode = "201")
  public Response subscribe(Subscribe command) {
    SubscriptionView view = subscriptions.subscribe(command);
    return Created.at(uri, "subscriptions/api/subscriptions/{id}/", view.id(), view);
  }

  @POST
  @Path("platform/complimentary")
  @Allow(Access.SUPERUSER)
  @Operation(
      operationId = "grantComplimentarySubscription",
      summary =
          "Give a business one period of a plan at no charge (platform owner): ACTIVE with a 0.00"
              + " paid invoice")
  @APIResponseSchema(value = SubscriptionView.class, responseCode = "201")
  public Response complimentary(GrantComplimentary command) {
    SubscriptionView view = subscriptions.grantComplimentary(command.businessId, command.planId);
    return Created.at(uri, "subscriptions/api/subscriptions/{id}/", view.id(), view);
  }

  @GET
  @Path("subscriptions")
  @Operation(summary = "The business's subscriptions, newest first")
  public PageEnvelope<SubscriptionView> list(@BeanParam PageParams page) {
    return PageEnvelope.of(subscriptions.list(page.toRequest()), uri);
  }

  @GET
  @Path("subscriptions/current")
  @Operation(summary = "The subscription in force")
  public SubscriptionView current() {
    return subscriptions.current();
  }

  @GET
  @Path("subscriptions/{id}")
  @Operation(summary = "One subscription")
  public SubscriptionView get(@PathParam("id") UUID id) {
    return subscriptions.find(id);
  }

  @POST
  @Path("subscriptions/{id}/cancel")
  @BodyOptional
  @Allow(Access.ADMIN)
  @Operation(summary = "Cancel at the end of the paid period")
  public SubscriptionView cancel(@PathParam("id") UUID id) {
    return subscriptions.cancel(id);
  }

  @GET
  @Path("usage")
  @Operation(
      summary = "Users, storefronts, warehouses, products and this month's sales against the plan")
  public Subscriptions.Usage usage() {
    return subscriptions.usage();
  }

  @GET
  @Path("invoices")
  @Operation(summary = "The platform's invoices to the business, newest first")
  public PageEnvelope<InvoiceView> invoices(@BeanParam PageParams page) {
    return PageEnvelope.of(subscriptions.invoices(page.toRequest()), uri);
  }

  @GET
  @Path("invoices/{id}")
  @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
  @Operation(summary = "One invoice; as a PDF with Accept: application/pdf")
  @APIResponseSchema(value = InvoiceView.class, responseCode = "200")
  public Response invoice(@PathParam("id") UUID id, @HeaderParam("Accept") String accept) {
    InvoiceView invoice = subscriptions.invoice(id);
    if (accept != null && accept.contains("application/pdf")) {
      return Response.ok(pdf.render(invoice), "application/pdf")
          .header("Content-Disposition", "inline; filename=\"" + invoice.invoiceNumber() + ".pdf\"")
          .build();
    }
    return Response.ok(invoice, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
