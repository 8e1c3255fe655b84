package app.pos.sales.rest;

import app.pos.platform.control.BusinessMetrics;
import app.pos.platform.control.DomainException;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.BodyOptional;
import app.pos.platform.rest.IdempotentResponses;
import app.pos.platform.rest.OneOf;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.QueryDates;
import app.pos.platform.rest.QueryEnums;
import app.pos.platform.rest.QueryIds;
import app.pos.sales.boundary.Checkout;
import app.pos.sales.boundary.ExchangeSale;
import app.pos.sales.boundary.ExchangeView;
import app.pos.sales.boundary.Exchanges;
import app.pos.sales.boundary.PaymentView;
import app.pos.sales.boundary.PendingRefund;
import app.pos.sales.boundary.Receipts;
import app.pos.sales.boundary.RefundPendingSale;
import app.pos.sales.boundary.Reservations;
import app.pos.sales.boundary.SaleView;
import app.pos.sales.boundary.Sales;
import app.pos.sales.boundary.TakenPayment;
import app.pos.sales.boundary.Tender;
import app.pos.sales.boundary.WarehouseSale;
import app.pos.sales.entity.PaymentMethod;
import app.pos.sales.entity.SaleStatus;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The till: checkout, tenders, cancellation, receipts. Cashiers at their own storefronts. */
@ApplicationScoped
@Path("sales/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Sales")
public class SalesResource {

  @Inject Sales sales;
  @Inject Exchanges exchanges;
  @Inject Receipts receipts;
  @Inject Reservations reservations;
  @Inject IdempotentResponses idempotent;
  @Inject BusinessMetrics metrics;
  @Context UriInfo uri;

  @POST
  @Path("sales")
  @Operation(
      summary =
          "Ring up a sale: COMPLETED when the payments cover it (stock, tenders and ledger in one"
              + " transaction), else PENDING with its stock reserved; 409 when stock or credit is short")
  @APIResponseSchema(value = SaleView.class, responseCode = "201")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "cashSale",
                      summary = "Two items paid in cash",
                      value =
                          "{\"storefront_id\": \"6f1c3a52-8a4e-4d4b-9d1e-2a1f0c3b4d5e\", \"items\": [{\"product_id\": \"0b7e4c1d-3f2a-4e5b-8c9d-1a2b3c4d5e6f\", \"quantity\": 2}], \"payments\": [{\"method\": \"CASH\", \"amount\": \"50.00\"}]}")))
  public Response checkout(Checkout command) {
    long started = System.nanoTime();
    int status = 500;
    try {
      Response created =
          idempotent.created(
              () -> sales.checkout(command),
              s -> uri.getBaseUriBuilder().path("sales/api/sales/{id}/").build(s.id()));
      status = created.getStatus();
      return created;
    } catch (DomainException refused) {
      status = refused.status();
      throw refused;
    } finally {
      metrics.checkout(java.time.Duration.ofNanos(System.nanoTime() - started), status);
    }
  }

  @POST
  @Path("warehouse-sales")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(
      summary =
          "Sell to a wholesale customer straight from a warehouse: wholesale prices and cost of"
              + " goods from the warehouse's lots, posted as any sale; PENDING without payments",
      operationId = "sellFromWarehouse")
  @APIResponseSchema(value = SaleView.class, responseCode = "201")
  public Response sellFromWarehouse(WarehouseSale command) {
    return idempotent.created(
        () -> sales.sellFromWarehouse(command),
        s -> uri.getBaseUriBuilder().path("sales/api/sales/{id}/").build(s.id()));
  }

  @GET
  @Path("sales")
  @Operation(summary = "Sales, newest first; cashiers see their storefronts' sales")
  public PageEnvelope<SaleView> list(
      @QueryParam("status") @OneOf(SaleStatus.class) String status,
      @QueryParam("storefront_id") String storefrontId,
      @QueryParam("customer_id") String customerId,
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        sales.list(
            QueryEnums.parse("status", status, SaleStatus.class),
            QueryIds.uuid("storefront_id", storefrontId),
            QueryIds.uuid("customer_id", customerId),
            QueryDates.from("date_from", from),
            QueryDates.until("date_to", to),
            page.toRequest()),
        uri);
  }

  @GET
  @Path("sales/{id}")
  @Operation(summary = "One sale with its lines, payments and journal entry")
  public SaleView get(@PathParam("id") UUID id) {
    return sales.find(id);
  }

  @POST
  @Path("sales/{id}/payments")
  @Operation(summary = "Take a payment for a pending sale; it completes when covered")
  @APIResponseSchema(value = TakenPayment.class, responseCode = "201")
  public Response pay(@PathParam("id") UUID id, Tender tender) {
    return idempotent.created(
        () -> sales.pay(id, tender),
        p -> uri.getBaseUriBuilder().path("sales/api/payments/{id}/").build(p.id()));
  }

  @POST
  @Path("sales/{id}/cancel")
  @BodyOptional
  @Operation(
      summary =
          "Cancel a pending sale that has taken no money: reservations released, an uncharged"
              + " CREDIT tender voided; 409 sale-has-payments once money was taken (refund-pending)")
  @APIResponseSchema(value = SaleView.class, responseCode = "200")
  public Response cancel(@PathParam("id") UUID id) {
    return idempotent.respond(
        200,
        () -> sales.cancel(id),
        s -> uri.getBaseUriBuilder().path("sales/api/sales/{id}/").build(s.id()));
  }

  @POST
  @Path("sales/{id}/refund-pending")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(
      summary =
          "Refund a pending sale: CANCELLED, its reserved stock released, what was paid towards it"
              + " handed back by tender (nothing was posted, so nothing is posted)",
      operationId = "refundPendingSale")
  @APIResponseSchema(value = PendingRefund.class, responseCode = "200")
  public Response refundPending(@PathParam("id") UUID id, RefundPendingSale command) {
    return idempotent.respond(
        200,
        () -> sales.refundPending(id, command),
        r -> uri.getBaseUriBuilder().path("sales/api/sales/{id}/").build(r.sale().id()));
  }

  @POST
  @Path("sales/{id}/exchange")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(
      summary =
          "Exchange units of a sale for new ones in one transaction: the return is a refund (its"
              + " own journal entry), the new lines a new sale (its own entry) paid by the tender"
              + " given",
      operationId = "exchangeSale")
  @APIResponseSchema(value = ExchangeView.class, responseCode = "201")
  public Response exchange(@PathParam("id") UUID id, ExchangeSale command) {
    return idempotent.created(
        () -> exchanges.exchange(id, command),
        e -> uri.getBaseUriBuilder().path("sales/api/exchanges/{id}/").build(e.id()));
  }

  @GET
  @Path("exchanges")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(
      summary =
          "Exchanges, newest first, each with its refund and new sale; ?sale_id= for those"
              + " of one original sale",
      operationId = "listExchanges")
  public PageEnvelope<ExchangeView> exchanges(
      @QueryParam("sale_id") String saleId, @BeanParam PageParams page) {
    return PageEnvelope.of(exchanges.list(QueryIds.uuid("sale_id", saleId), page.toRequest()), uri);
  }

  @GET
  @Path("exchanges/{id}")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "One exchange with its refund and its new sale", operationId = "getExchange")
  public ExchangeView exchangeOf(@PathParam("id") UUID id) {
    return exchanges.find(id);
  }

  @GET
  @Path("sales/{id}/receipt")
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, "application/pdf"})
  @Operation(
      summary = "The receipt: JSON, or text/plain and application/pdf when asked with Accept")
  @APIResponseSchema(value = Receipts.Receipt.class, responseCode = "200")
  public Response receipt(
      @PathParam("id") UUID id, @jakarta.ws.rs.HeaderParam("Accept") String accept) {
    Receipts.Receipt receipt = receipts.of(id);
    String wanted = accept == null ? "" : accept;
    if (wanted.contains("application/pdf")) {
      return Response.ok(receipts.pdf(receipt), "application/pdf")
          .header("Content-Disposition", "inline; filename=\"" + receipt.receiptNumber() + ".pdf\"")
          .build();
    }
    if (wanted.contains(MediaType.TEXT_PLAIN) && !wanted.contains(MediaType.APPLICATION_JSON)) {
      return Response.ok(Receipts.text(receipt), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
          .build();
    }
    return Response.ok(receipt, MediaType.APPLICATION_JSON_TYPE).build();
  }

  @GET
  @Path("payments")
  @Operation(summary = "Payments taken, newest first")
  public PageEnvelope<PaymentView> payments(
      @QueryParam("method") @OneOf(PaymentMethod.class) String method,
      @QueryParam("sale_id") String saleId,
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        sales.payments(
            QueryEnums.parse("method", method, PaymentMethod.class),
            QueryIds.uuid("sale_id", saleId),
            QueryDates.from("date_from", from),
            QueryDates.until("date_to", to),
            page.toRequest()),
        uri);
  }

  @GET
  @Path("payments/{id}")
  @Operation(summary = "One payment (a cashier sees those of their own storefronts' sales)")
  public PaymentView payment(@PathParam("id") UUID id) {
    return sales.payment(id);
  }

  @POST
  @Path("reservations/release-expired")
  @BodyOptional
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(
      summary =
          "Release the stock of pending sales whose reservation expired; ?dry_run=true only lists")
  public Reservations.ReleaseReport releaseExpired(@QueryParam("dry_run") String dryRun) {
    if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
      throw new InvalidInputException("dry_run", "must be true or false");
    }
    return reservations.releaseExpired("true".equals(dryRun));
  }
}
