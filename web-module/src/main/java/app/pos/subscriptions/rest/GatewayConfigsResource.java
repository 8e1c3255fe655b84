package app.pos.subscriptions.rest;

import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.PageEnvelope;
import app.pos.subscriptions.boundary.GatewaySettings;
import app.pos.subscriptions.boundary.SaveGatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payment gateway keys: a business's ADMIN and MANAGER read which gateways are set up (never a
 * secret); only the platform owner writes them, since they are the platform's keys.
 */
@ApplicationScoped
@Path("subscriptions/api/gateway-configs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow(Access.SUPERUSER)
@SecurityRequirement(name = "bearer")
@Tag(name = "Subscriptions")
public class GatewayConfigsResource {

  @Inject GatewaySettings settings;
  @Context UriInfo uri;

  @GET
  @Allow({Access.ADMIN, Access.MANAGER, Access.SUPERUSER})
  @Operation(
      summary =
          "Each gateway's settings: where keys come from and which are set, never their values")
  public PageEnvelope<GatewaySettings.GatewayView> list() {
    return PageEnvelope.all(settings.list(), uri);
  }

  @PUT
  @Path("{gateway}")
  @Operation(summary = "Save a gateway's keys, sealed at rest (STRIPE or PAYSTACK)")
  public GatewaySettings.GatewayView save(
      @PathParam("gateway") String gateway, SaveGatewayConfig command) {
    return settings.save(gateway.toUpperCase(), command);
  }
}
