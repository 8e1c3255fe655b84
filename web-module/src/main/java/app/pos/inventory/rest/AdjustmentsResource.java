package app.pos.inventory.rest;

import app.pos.inventory.boundary.AdjustmentAttachments;
import app.pos.inventory.boundary.AdjustmentView;
import app.pos.inventory.boundary.AttachmentView;
import app.pos.inventory.boundary.CountStock;
import app.pos.inventory.boundary.Lots;
import app.pos.inventory.boundary.RepriceLot;
import app.pos.inventory.boundary.RequestAdjustment;
import app.pos.inventory.boundary.StockAdjustments;
import app.pos.inventory.boundary.StockAlerts;
import app.pos.inventory.boundary.StockCountView;
import app.pos.inventory.boundary.StockCounts;
import app.pos.inventory.boundary.Views.LotView;
import app.pos.inventory.control.Evidence;
import app.pos.inventory.entity.AdjustmentStatus;
import app.pos.inventory.entity.AdjustmentType;
import app.pos.inventory.entity.AlertStatus;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Adjustments, their evidence and approval, stock counts, lot prices, stock alerts. */
@ApplicationScoped
@Path("inventory/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
@SecurityRequirement(name = "bearer")
@Tag(name = "Inventory")
public class AdjustmentsResource {

  @Inject StockAdjustments adjustments;
  @Inject Lots lots;
  @Inject StockCounts counts;
  @Inject StockAlerts alerts;
  @Inject AdjustmentAttachments attachments;
  @Inject IdempotentResponses idempotent;
  @Context UriInfo uri;

  @POST
  @Path("adjustments")
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(
      summary =
          "Ask for a stock adjustment of one of the sixteen types (PENDING until a manager"
              + " approves)")
  @APIResponseSchema(value = AdjustmentView.class, responseCode = "201")
  public Response request(RequestAdjustment command) {
    return idempotent.created(
        () -> adjustments.request(command),
        a -> uri.getBaseUriBuilder().path("inventory/api/adjustments/{id}/").build(a.id()));
  }

  @GET
  @Path("adjustments")
  @Operation(summary = "Adjustments, newest first; ?status=, ?adjustment_type=")
  public PageEnvelope<AdjustmentView> list(
      @QueryParam("status") @OneOf(AdjustmentStatus.class) String status,
      @QueryParam("adjustment_type") @OneOf(AdjustmentType.class) String type,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        adjustments.list(
            QueryEnums.parse("status", status, AdjustmentStatus.class),
            QueryEnums.parse("adjustment_type", type, AdjustmentType.class),
            page.toRequest()),
        uri);
  }

  @GET
  @Path("adjustments/{id}")
  @Operation(summary = "One adjustment")
  public AdjustmentView get(@PathParam("id") UUID id) {
    return adjustments.find(id);
  }

  @POST
  @Path("adjustments/{id}/approve")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(
      summary =
          "Apply it: the stock moves (quantity before and after recorded) and the ledger is posted"
              + " at lot cost")
  @APIResponseSchema(value = AdjustmentView.class, responseCode = "200")
  public Response approve(@PathParam("id") UUID id) {
    return idempotent.respond(
        200,
        () -> adjustments.approve(id),
        a -> uri.getBaseUriBuilder().path("inventory/api/adjustments/{id}/").build(a.id()));
  }

  @POST
  @Path("adjustments/{id}/reject")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Reject it: nothing moves")
  public AdjustmentView reject(@PathParam("id") UUID id) {
    return adjustments.reject(id);
  }

  @POST
  @Path("adjustments/{id}/attachments")
  @Consumes({"image/jpeg", "image/png", "application/pdf"})
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(
      summary =
          "Attach a photo or document (the raw file as the body: image/jpeg, image/png or"
              + " application/pdf, at most 5 MiB; ?file_name=); 413 too large, 415 not one of"
              + " those by its content")
  @APIResponseSchema(value = AttachmentView.class, responseCode = "201")
  public Response attach(
      @PathParam("id") UUID id,
      @QueryParam("file_name") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body)
      throws IOException {
    byte[] content = body.readNBytes(Evidence.MAX_BYTES + 1);
    return Response.fromResponse(
            idempotent.created(
                () -> attachments.attach(id, contentType, fileName, content),
                a ->
                    uri.getBaseUriBuilder()
                        .path("inventory/api/adjustments/{id}/attachments/{attachment}/")
                        .build(id, a.id())))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  @GET
  @Path("adjustments/{id}/attachments")
  @Operation(summary = "The photos and documents of an adjustment, oldest first")
  public PageEnvelope<AttachmentView> attachments(@PathParam("id") UUID id) {
    return PageEnvelope.all(attachments.list(id), uri);
  }

  @GET
  @Path("adjustments/{id}/attachments/{attachment}")
  // */* as well: a client that accepts only JSON still gets its 404 or 403 as a problem
  @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.WILDCARD})
  @Operation(
      summary =
          "The file as it was stored, with its content type, always as a download (never rendered"
              + " inline)")
  @APIResponse(
      responseCode = "200",
      description = "The file's bytes, as image/jpeg, image/png or application/pdf",
      content = @Content(schema = @Schema(implementation = byte[].class)))
  public Response attachment(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment) {
    AdjustmentAttachments.Content file = attachments.content(id, attachment);
    return Response.ok(file.bytes(), file.type().mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @POST
  @Path("stock-counts")
  @Allow({Access.ADMIN, Access.MANAGER, Access.WAREHOUSE_STAFF})
  @Operation(
      summary =
          "Record a count (stored: stock-counts/{id}); each difference becomes a COUNT_VARIANCE"
              + " adjustment to approve, listed in the answer with the count's id")
  public PageEnvelope<AdjustmentView> count(CountStock command) {
    return PageEnvelope.all(counts.count(command).corrections(), uri);
  }

  @GET
  @Path("stock-counts")
  @Operation(summary = "Stock counts, newest first, with their corrections; ?location_id=")
  public PageEnvelope<StockCountView> stockCounts(
      @QueryParam("location_id") String locationId, @BeanParam PageParams page) {
    return PageEnvelope.of(
        counts.list(QueryIds.uuid("location_id", locationId), page.toRequest()), uri);
  }

  @GET
  @Path("stock-counts/{id}")
  @Operation(
      summary = "One stock count: its lines, the corrections proposed and which were applied")
  public StockCountView stockCount(@PathParam("id") UUID id) {
    return counts.find(id);
  }

  @GET
  @Path("lots/{id}")
  @Operation(summary = "One lot: cost, prices, expiry")
  public LotView lot(@PathParam("id") UUID id) {
    return lots.find(id);
  }

  @POST
  @Path("lots/{id}/reprice")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "New selling prices for a lot (audited)")
  public LotView reprice(@PathParam("id") UUID id, RepriceLot command) {
    return lots.reprice(id, command);
  }

  @GET
  @Path("stock-alerts")
  @Operation(summary = "Low-stock, out-of-stock and expiry alerts; ?status=OPEN|RESOLVED")
  public PageEnvelope<StockAlerts.AlertView> stockAlerts(
      @QueryParam("status") @OneOf(AlertStatus.class) String status, @BeanParam PageParams page) {
    return PageEnvelope.of(
        alerts.page(QueryEnums.parse("status", status, AlertStatus.class), page.toRequest()), uri);
  }
}
