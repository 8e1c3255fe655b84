package app.pos.testsupport;

import app.pos.bookkeeping.boundary.TrialBalanceResumption;
import app.pos.platform.rest.PublicEndpoint;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only: runs what start-up runs for unfinished trial balances, without a restart. */
@Path("test-support/trial-balances/resume")
@PublicEndpoint
public class TrialBalanceResumeProbe {

  @Inject TrialBalanceResumption resumption;

  @POST
  @Operation(hidden = true)
  public Response resume() {
    resumption.resumeUnfinished();
    return Response.noContent().build();
  }
}
