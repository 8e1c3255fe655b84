package app.pos.reporting.rest;

import app.pos.platform.boundary.Jobs;
import app.pos.platform.boundary.RunComparison;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.BodyOptional;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Batch jobs: ADMIN (own business) and the platform owner (platform jobs) run them; MANAGER reads.
 */
@ApplicationScoped
@Path("admin/api/jobs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Operations")
public class JobsResource {

  @Inject Jobs jobs;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The jobs the caller may see, their parameters and recent executions")
  public PageEnvelope<Jobs.JobView> list() {
    return PageEnvelope.all(
        jobs.catalogue().stream().map(j -> j.at(uri.getBaseUri())).toList(), uri);
  }

  @POST
  @Path("{name}")
  @BodyOptional
  @Allow(Access.ADMIN)
  @Operation(
      operationId = "startJob",
      summary = "Start a job with its parameters: 202 with the execution to follow")
  @APIResponseSchema(value = Jobs.ExecutionView.class, responseCode = "202")
  public Response start(@PathParam("name") String name, Map<String, Object> parameters) {
    Jobs.ExecutionView run = jobs.start(name, parameters).at(uri.getBaseUri());
    return Response.accepted(run).location(java.net.URI.create(run.url())).build();
  }

  @GET
  @Path("executions")
  @Operation(
      operationId = "listJobExecutions",
      summary =
          "Run history, newest first: the caller's business's runs (and the platform's for the"
              + " platform owner), by job and overlapping a period (period_from, period_to)")
  public PageEnvelope<Jobs.ExecutionView> history(
      @QueryParam("job") String job,
      @QueryParam("period_from") String periodFrom,
      @QueryParam("period_to") String periodTo,
      @BeanParam PageParams page) {
    var found = jobs.history(job, periodFrom, periodTo, page.toRequest());
    return PageEnvelope.of(
        new app.pos.platform.control.Page<>(
            found.count(),
            found.request(),
            found.results().stream().map(r -> r.at(uri.getBaseUri())).toList()),
        uri);
  }

  @GET
  @Path("executions/compare")
  @Operation(
      operationId = "compareJobExecutions",
      summary =
          "Two completed runs of one job side by side (?a=&b= run ids): each row's figures in"
              + " both and the difference b - a")
  public RunComparison.Comparison compare(@QueryParam("a") String a, @QueryParam("b") String b) {
    return jobs.compare(a, b).at(uri.getBaseUri());
  }

  @GET
  @Path("executions/{id}")
  @Operation(
      summary = "A run: status, progress (items done of total), times and a link to the result")
  public Jobs.ExecutionView execution(@PathParam("id") UUID id) {
    return jobs.execution(id).at(uri.getBaseUri());
  }

  @GET
  @Path("executions/{id}/result")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  @Operation(summary = "The result of a completed run; ?format=csv where the job made CSV")
  @APIResponseSchema(value = Object.class, responseCode = "200")
  public Response result(@PathParam("id") UUID id, @QueryParam("format") String format) {
    boolean csv = "csv".equals(format);
    if (format != null && !csv && !"json".equals(format)) {
      throw new app.pos.platform.control.InvalidInputException("format", "must be json or csv");
    }
    String body = jobs.result(id, csv);
    return csv
        ? Response.ok(body, "text/csv; charset=UTF-8")
            .header(
                "Content-Disposition",
                "attachment; filename=\"" + jobs.execution(id).csvFilename() + "\"")
            .build()
        : Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
