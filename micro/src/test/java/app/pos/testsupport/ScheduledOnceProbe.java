package app.pos.testsupport;

import app.pos.platform.boundary.ScheduledOnce;
import app.pos.platform.rest.PublicEndpoint;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only: claims a scheduled task's slot as a timer on one instance of a cluster would. */
@Path("test-support/scheduled/claim")
@PublicEndpoint
public class ScheduledOnceProbe {

  @Inject ScheduledOnce once;

  @POST
  @Operation(hidden = true)
  public String claim(@QueryParam("task") String task) {
    return String.valueOf(once.claim(task, Duration.ofMinutes(15)));
  }
}
