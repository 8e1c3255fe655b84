package app.pos.audit.rest;

import app.pos.audit.boundary.AuditLogView;
import app.pos.audit.boundary.AuditLogs;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.QueryDates;
import app.pos.platform.rest.QueryIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("accounts/api/audit-logs")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
@SecurityRequirement(name = "bearer")
@Tag(name = "Audit")
public class AuditLogsResource {

  @Inject AuditLogs logs;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary = "The audit trail: the business's for an ADMIN, one's own otherwise",
      description =
          "A MANAGER, CASHIER or WAREHOUSE_STAFF reads only the entries with their own user_id"
              + " (a user_id filter naming someone else still answers only their own).")
  public PageEnvelope<AuditLogView> list(
      @QueryParam("action") String action,
      @QueryParam("entity_type") String entityType,
      @QueryParam("user_id") String userId,
      @QueryParam("date_from") String dateFrom,
      @QueryParam("date_to") String dateTo,
      @BeanParam PageParams page) {
    AuditLogs.Filter filter =
        new AuditLogs.Filter(
            action,
            entityType,
            QueryIds.uuid("user_id", userId),
            QueryDates.from("date_from", dateFrom),
            QueryDates.until("date_to", dateTo));
    return PageEnvelope.of(logs.list(filter, page.toRequest()), uri);
  }
}
