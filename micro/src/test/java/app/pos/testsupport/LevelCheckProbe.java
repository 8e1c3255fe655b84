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

/** Test-only: runs the daily check of every product's levels now, for one business. */
@Path("test-support/stock-alerts/levels")
@PublicEndpoint
public class LevelCheckProbe {

  @Inject StockAlerts alerts;

  @POST
  @Operation(hidden = true)
  public Response run(@QueryParam("business_id") UUID business) {
    alerts.checkLevels(business);
    return Response.noContent().build();
  }
}
