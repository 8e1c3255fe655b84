package app.pos.reporting.rest;

import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.reporting.boundary.IntegrityChecks;
import app.pos.reporting.boundary.IntegrityReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("admin/api/integrity")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Operations")
public class IntegrityResource {

  @Inject IntegrityChecks checks;

  @GET
  @Allow(Access.ADMIN)
  @Operation(
      summary =
          "The money and stock invariants of the caller's business (all businesses for the platform owner)")
  public IntegrityReport check() {
    return checks.run();
  }
}
