package app.pos.testsupport;

import app.pos.inventory.boundary.StockAlerts;
import app.pos.platform.rest.PublicEndpoint;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only: runs the daily stock-alert checks now (the levels for one business). */
@Path("test-support/stock-alerts")
@PublicEndpoint
public class StockAlertChecksProbe {

  @Inject StockAlerts alerts;

  @POST
  @Path("expiry")
  @Operation(hidden = true)
  public Response expiry() {
    alerts.raiseExpiryWarnings();
    return Response.noContent().build();
  }

  @POST
  @Path("levels")
  @Operation(hidden = true)
  public Response levels(@QueryParam("business_id") UUID business) {
    alerts.checkLevels(business);
    return Response.noContent().build();
  }
}
