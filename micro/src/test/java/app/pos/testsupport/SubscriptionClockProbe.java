package app.pos.testsupport;

import app.pos.platform.rest.PublicEndpoint;
import app.pos.subscriptions.boundary.SubscriptionLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only: runs the daily subscription rules for one business as if it were {@code days} days
 * from now (other classes' businesses, tested at the same time, are left alone).
 */
@Path("test-support/subscriptions/lifecycle")
@PublicEndpoint
public class SubscriptionClockProbe {

  @Inject SubscriptionLifecycle lifecycle;

  @POST
  @Operation(hidden = true)
  @Produces(MediaType.APPLICATION_JSON)
  public SubscriptionLifecycle.Run run(
      @QueryParam("days") int days, @QueryParam("business_id") UUID business) {
    if (business == null) {
      throw new BadRequestException("business_id is required");
    }
    return lifecycle.runFor(business, Instant.now().plus(Duration.ofDays(days)));
  }
}
