package app.pos.testsupport;

import app.pos.platform.rest.PublicEndpoint;
import app.pos.subscriptions.boundary.SubscriptionLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only: runs the daily subscription rules as if it were {@code days} days from now. */
@Path("test-support/subscriptions/lifecycle")
@PublicEndpoint
public class SubscriptionClockProbe {

  @Inject SubscriptionLifecycle lifecycle;

  @POST
  @Operation(hidden = true)
  @Produces(MediaType.APPLICATION_JSON)
  public SubscriptionLifecycle.Run run(@QueryParam("days") int days) {
    return lifecycle.run(Instant.now().plus(Duration.ofDays(days)));
  }
}
