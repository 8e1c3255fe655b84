package app.pos.testsupport;

import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.platform.rest.IdempotentResponses;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only resource (added to the deployment by the platform IT) that exercises the platform
 * mechanisms before real components use them: validation, problems, pagination, idempotency.
 */
@Path("test-support/idempotency-probe")
@app.pos.platform.rest.PublicEndpoint
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IdempotencyProbeResource {

  /** Commands are classes with annotated fields: Payara's OpenAPI fails on annotated records. */
  public static class RecordProbe {
    @NotBlank
    @Size(max = 100)
    public String label;

    @NotNull
    @Positive
    @Digits(integer = 15, fraction = 2)
    public BigDecimal amount;
  }

  public record ProbeView(
      UUID id,
      String label,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amount,
      Instant createdAt) {}

  @Inject CurrentTenant tenant;
  @Inject IdempotentResponses responses;
  @Inject ProbeEffects effects;
  @Context UriInfo uri;

  @POST
  @Operation(hidden = true)
  public Response record(@HeaderParam("X-Test-Business") UUID business, RecordProbe command) {
    tenant.bind(business, null, app.pos.platform.entity.Role.ADMIN, false);
    return responses.created(
        () -> effects.record(business, command),
        view ->
            uri.getBaseUriBuilder().path("test-support/idempotency-probe/{id}").build(view.id()));
  }

  @GET
  @Operation(hidden = true)
  @Path("{id}")
  public ProbeView find(@jakarta.ws.rs.PathParam("id") UUID id) {
    return effects
        .find(id)
        .orElseThrow(
            () -> new app.pos.platform.control.ResourceNotFoundException("Probe effect", id));
  }

  @GET
  @Operation(hidden = true)
  public PageEnvelope<ProbeView> list(
      @HeaderParam("X-Test-Business") UUID business, @BeanParam PageParams page) {
    return PageEnvelope.of(effects.list(business, page.toRequest()), uri);
  }
}
