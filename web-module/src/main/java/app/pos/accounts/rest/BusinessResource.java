package app.pos.accounts.rest;

import app.pos.accounts.boundary.BusinessView;
import app.pos.accounts.boundary.Businesses;
import app.pos.accounts.boundary.UpdateBusinessSettings;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("accounts/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Accounts")
public class BusinessResource {

  @Inject Businesses businesses;
  @Context UriInfo uri;

  @GET
  @Path("business")
  @Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
  @Operation(summary = "The caller's business and its settings")
  public BusinessView settings() {
    return businesses.settings();
  }

  @PATCH
  @Path("business")
  @Allow(Access.ADMIN)
  @Operation(summary = "Change the business's settings")
  public BusinessView changeSettings(UpdateBusinessSettings command) {
    return businesses.changeSettings(command);
  }

  @POST
  @Path("business/reset")
  @Allow(Access.ADMIN)
  @Operation(
      operationId = "resetBusinessSettings",
      summary = "Every setting back to its default (the name and the currency stay)")
  public BusinessView resetSettings() {
    return businesses.resetSettings();
  }

  @GET
  @Path("platform/businesses")
  @Allow(Access.SUPERUSER)
  @Operation(summary = "Every business on the platform (platform owner only)")
  public PageEnvelope<BusinessView> all(@BeanParam PageParams page) {
    return PageEnvelope.of(businesses.all(page.toRequest()), uri);
  }
}
