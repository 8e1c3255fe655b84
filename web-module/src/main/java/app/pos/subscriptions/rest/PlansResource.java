package app.pos.subscriptions.rest;

import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.Created;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PublicEndpoint;
import app.pos.subscriptions.boundary.PlanView;
import app.pos.subscriptions.boundary.Plans;
import app.pos.subscriptions.boundary.SavePlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The plans on sale: anyone reads them, only the platform owner writes them. */
@ApplicationScoped
@Path("subscriptions/api/plans")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
public class PlansResource {

  @Inject Plans plans;
  @Context UriInfo uri;

  @GET
  @PublicEndpoint
  @Operation(
      summary =
          "The plans on sale with their prices and limits (no token needed);"
              + " ?include_inactive=true adds retired plans")
  public PageEnvelope<PlanView> list(
      @jakarta.ws.rs.QueryParam("include_inactive") String includeInactive) {
    return PageEnvelope.all(
        plans.list(
            app.pos.platform.control.ActiveFilter.of(null, includeInactive)
                == app.pos.platform.control.ActiveFilter.ALL),
        uri);
  }

  @GET
  @Path("{id}")
  @PublicEndpoint
  @Operation(summary = "One plan")
  public PlanView get(@PathParam("id") UUID id) {
    return plans.find(id);
  }

  @POST
  @Allow(Access.SUPERUSER)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Add a plan (platform owner)")
  @APIResponseSchema(value = PlanView.class, responseCode = "201")
  public Response create(SavePlan command) {
    PlanView plan = plans.create(command);
    return Created.at(uri, "subscriptions/api/plans/{id}/", plan.id(), plan);
  }

  @jakarta.ws.rs.PATCH
  @Path("{id}")
  @Allow(Access.SUPERUSER)
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary =
          "Change some of a plan's terms or limits, or retire it (is_active false): platform"
              + " owner")
  public PlanView patch(
      @PathParam("id") UUID id, app.pos.subscriptions.boundary.UpdatePlan command) {
    return plans.patch(id, command);
  }

  @jakarta.ws.rs.DELETE
  @Path("{id}")
  @Allow(Access.SUPERUSER)
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary =
          "Delete a plan no subscription refers to (409 in-use otherwise: retire it): platform"
              + " owner")
  public Response delete(@PathParam("id") UUID id) {
    plans.delete(id);
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}")
  @Allow(Access.SUPERUSER)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Change a plan's terms or limits (platform owner)")
  public PlanView update(@PathParam("id") UUID id, SavePlan command) {
    return plans.update(id, command);
  }
}
