package app.pos.accounts.rest;

import app.pos.accounts.boundary.MembershipView;
import app.pos.accounts.boundary.SignIns;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.PageEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("accounts/api/memberships")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
@SecurityRequirement(name = "bearer")
@Tag(name = "Accounts")
public class MembershipsResource {

  @Inject SignIns signIns;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listMemberships",
      summary = "The businesses the caller belongs to, with their role in each",
      description = "current marks the business this token speaks for; switch-business changes it")
  public PageEnvelope<MembershipView> list() {
    return PageEnvelope.all(signIns.memberships(), uri);
  }
}
