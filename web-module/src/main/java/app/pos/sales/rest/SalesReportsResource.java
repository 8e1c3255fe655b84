package app.pos.sales.rest;

import app.pos.platform.control.InvalidInputException;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.QueryDates;
import app.pos.platform.rest.QueryIds;
import app.pos.sales.boundary.SalesReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sales reports: managers and admins see all sales, cashiers their own. */
@ApplicationScoped
@Path("sales/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Sales")
public class SalesReportsResource {

  @Inject SalesReports reports;

  @GET
  @Path("sales")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  @Operation(
      summary =
          "Sales totals and rows grouped by day, storefront, product, cashier or payment_method"
              + " (at most 366 days; ?format=csv for CSV)")
  @APIResponseSchema(value = SalesReports.Report.class, responseCode = "200")
  public Response sales(
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to,
      @QueryParam("group_by") String groupBy,
      @QueryParam("storefront_id") String storefrontId,
      @QueryParam("format") String format) {
    if (format != null && !format.equals("csv") && !format.equals("json")) {
      throw new InvalidInputException("format", "must be json or csv");
    }
    SalesReports.Report report =
        reports.sales(
            QueryDates.day("date_from", from),
            QueryDates.day("date_to", to),
            groupBy,
            QueryIds.uuid("storefront_id", storefrontId));
    if ("csv".equals(format)) {
      return Response.ok(SalesReports.csv(report), "text/csv; charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"sales-report.csv\"")
          .build();
    }
    return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
  }

  @GET
  @Path("daily-summary")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(
      summary =
          "The owner's day: net sales, cost, tax, gross profit, margin %, cash at hand, receivables,"
              + " realized and outstanding (?date=, default today)")
  public SalesReports.DailySummary daily(@QueryParam("date") String date) {
    return reports.daily(QueryDates.day("date", date));
  }

  @GET
  @Path("sales-export")
  @Produces("text/csv")
  @Operation(summary = "One CSV line per sale completed from date_from to date_to (default today)")
  public Response export(@QueryParam("date_from") String from, @QueryParam("date_to") String to) {
    return Response.ok(
            reports.salesCsv(QueryDates.day("date_from", from), QueryDates.day("date_to", to)),
            "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"sales.csv\"")
        .build();
  }

  @GET
  @Path("todays-stats")
  @Operation(summary = "Each storefront's sales so far today, in the business's time zone")
  public SalesReports.TodaysStats today() {
    return reports.today();
  }
}
