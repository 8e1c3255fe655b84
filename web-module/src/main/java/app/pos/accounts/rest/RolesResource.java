package app.pos.accounts.rest;

import app.pos.accounts.boundary.RoleView;
import app.pos.platform.entity.Role;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.PageEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("accounts/api/roles")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
@SecurityRequirement(name = "bearer")
@Tag(name = "Accounts")
public class RolesResource {

  @Context UriInfo uri;

  @GET
  @Operation(summary = "The staff roles")
  public PageEnvelope<RoleView> list() {
    List<RoleView> roles = Arrays.stream(Role.values()).map(RoleView::of).toList();
    return PageEnvelope.all(roles, uri);
  }
}
