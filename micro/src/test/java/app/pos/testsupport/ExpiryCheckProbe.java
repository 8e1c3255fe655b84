package app.pos.testsupport;

import app.pos.inventory.boundary.StockAlerts;
import app.pos.platform.rest.PublicEndpoint;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only: runs the daily expiry check now. */
@Path("test-support/stock-alerts/expiry")
@PublicEndpoint
public class ExpiryCheckProbe {

  @Inject StockAlerts alerts;

  @POST
  @Operation(hidden = true)
  public Response run() {
    alerts.raiseExpiryWarnings();
    return Response.noContent().build();
  }
}
