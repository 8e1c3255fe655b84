package app.pos.sales.rest;

import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.BodyOptional;
import app.pos.platform.rest.IdempotentResponses;
import app.pos.platform.rest.OneOf;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.QueryEnums;
import app.pos.platform.rest.QueryIds;
import app.pos.sales.boundary.AddCartItem;
import app.pos.sales.boundary.CartView;
import app.pos.sales.boundary.CompleteCart;
import app.pos.sales.boundary.HeldCarts;
import app.pos.sales.boundary.OpenCart;
import app.pos.sales.boundary.SaleView;
import app.pos.sales.entity.CartStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** Held carts: built line by line at a till, parked, resumed and rung up. */
@ApplicationScoped
@Path("sales/api/carts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Sales")
public class HeldCartsResource {

  @Inject HeldCarts carts;
  @Inject IdempotentResponses idempotent;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Open a held cart (DRAFT) at a storefront", operationId = "openCart")
  @APIResponseSchema(value = CartView.class, responseCode = "201")
  public Response open(OpenCart command) {
    return idempotent.created(() -> carts.open(command), this::location);
  }

  @GET
  @Operation(
      summary = "Held carts, newest first; cashiers see their storefronts' carts",
      operationId = "listCarts")
  public PageEnvelope<CartView> list(
      @QueryParam("status") @OneOf(CartStatus.class) String status,
      @QueryParam("storefront_id") String storefrontId,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        carts.list(
            QueryEnums.parse("status", status, CartStatus.class),
            QueryIds.uuid("storefront_id", storefrontId),
            page.toRequest()),
        uri);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One held cart with its lines", operationId = "getCart")
  public CartView get(@PathParam("id") UUID id) {
    return carts.find(id);
  }

  @POST
  @Path("{id}/items")
  @Operation(
      summary =
          "Add a line to a draft cart: its units are held for the cart (409 when the storefront"
              + " lacks them)",
      operationId = "addCartItem")
  @APIResponseSchema(value = CartView.class, responseCode = "201")
  public Response add(@PathParam("id") UUID id, AddCartItem command) {
    return idempotent.created(() -> carts.add(id, command), this::location);
  }

  @DELETE
  @Path("{id}/items/{item_id}")
  @Operation(
      summary = "Remove a line from a draft cart: its held units go back on the shelf",
      operationId = "removeCartItem")
  @APIResponseSchema(value = CartView.class, responseCode = "200")
  public Response remove(@PathParam("id") UUID id, @PathParam("item_id") UUID itemId) {
    return Response.ok(carts.remove(id, itemId)).build();
  }

  @POST
  @Path("{id}/abandon")
  @BodyOptional
  @Operation(
      summary = "Abandon a draft cart: every held unit goes back on the shelf",
      operationId = "abandonCart")
  @APIResponseSchema(value = CartView.class, responseCode = "200")
  public Response abandon(@PathParam("id") UUID id) {
    return idempotent.respond(200, () -> carts.abandon(id), this::location);
  }

  @POST
  @Path("{id}/complete")
  @Operation(
      summary =
          "Ring a draft cart up: a COMPLETED sale through the checkout (its payments must cover"
              + " it); the cart names the sale",
      operationId = "completeCart")
  @APIResponseSchema(value = SaleView.class, responseCode = "201")
  public Response complete(@PathParam("id") UUID id, CompleteCart command) {
    return idempotent.created(
        () -> carts.complete(id, command),
        s -> uri.getBaseUriBuilder().path("sales/api/sales/{id}/").build(s.id()));
  }

  private java.net.URI location(CartView cart) {
    return uri.getBaseUriBuilder().path("sales/api/carts/{id}/").build(cart.id());
  }
}
