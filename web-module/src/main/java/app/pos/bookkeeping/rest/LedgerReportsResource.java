package app.pos.bookkeeping.rest;

import app.pos.bookkeeping.boundary.BalanceSheetView;
import app.pos.bookkeeping.boundary.BudgetView;
import app.pos.bookkeeping.boundary.Budgets;
import app.pos.bookkeeping.boundary.FinancialPeriods;
import app.pos.bookkeeping.boundary.FinancialStatements;
import app.pos.bookkeeping.boundary.PeriodView;
import app.pos.bookkeeping.boundary.ProfitAndLossView;
import app.pos.bookkeeping.boundary.RequestTrialBalance;
import app.pos.bookkeeping.boundary.SetBudget;
import app.pos.bookkeeping.boundary.TrialBalanceView;
import app.pos.bookkeeping.boundary.TrialBalances;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.Created;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.QueryDates;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Periods, trial balances, budgets and the financial statements. */
@ApplicationScoped
@Path("bookkeeping/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Bookkeeping")
public class LedgerReportsResource {

  @Inject FinancialPeriods periods;
  @Inject TrialBalances trialBalances;
  @Inject Budgets budgets;
  @Inject FinancialStatements statements;
  @Context UriInfo uri;

  @GET
  @Path("periods")
  @Operation(summary = "Months that have been closed or reopened (any other month is open)")
  public PageEnvelope<PeriodView> periods() {
    List<PeriodView> list = periods.list();
    return PageEnvelope.all(list, uri);
  }

  @POST
  @Path("periods/{period}/close")
  @Allow(Access.ADMIN)
  @Operation(summary = "Close a month (YYYY-MM): postings dated in it answer 409")
  public PeriodView close(@PathParam("period") String period) {
    return periods.close(period);
  }

  @POST
  @Path("periods/{period}/reopen")
  @Allow(Access.ADMIN)
  @Operation(summary = "Reopen a closed month")
  public PeriodView reopen(@PathParam("period") String period) {
    return periods.reopen(period);
  }

  @POST
  @Path("periods/{period}/lock")
  @Allow(Access.ADMIN)
  @Operation(
      summary =
          "Lock a month (YYYY-MM) for good: no posting dated in it or before, by anyone, and it is"
              + " never reopened (409 period-locked)")
  public PeriodView lock(@PathParam("period") String period) {
    return periods.lock(period);
  }

  @POST
  @Path("trial-balances")
  @Allow(Access.ADMIN)
  @Operation(summary = "Start the trial-balance batch job for a period (202)")
  @APIResponseSchema(value = TrialBalanceView.class, responseCode = "202")
  public Response requestTrialBalance(RequestTrialBalance command) {
    TrialBalanceView started = trialBalances.request(command);
    return Response.accepted(started)
        .location(
            uri.getBaseUriBuilder()
                .path("bookkeeping/api/trial-balances/{id}/")
                .build(started.id()))
        .build();
  }

  @GET
  @Path("trial-balances")
  @Operation(summary = "Trial balances, newest first (lines in the single view)")
  public PageEnvelope<TrialBalanceView> trialBalances(@BeanParam PageParams page) {
    return PageEnvelope.of(trialBalances.list(page.toRequest()), uri);
  }

  @GET
  @Path("trial-balances/{id}")
  @Operation(summary = "A trial balance: status and progress; lines and totals once COMPLETED")
  public TrialBalanceView trialBalance(@PathParam("id") UUID id) {
    return trialBalances.find(id);
  }

  @POST
  @Path("budgets")
  @Allow(Access.ADMIN)
  @Operation(summary = "Set a budget for an account and period")
  @APIResponseSchema(value = BudgetView.class, responseCode = "201")
  public Response setBudget(SetBudget command) {
    BudgetView budget = budgets.set(command);
    return Created.at(uri, "bookkeeping/api/budgets/{id}/", budget.id(), budget);
  }

  @GET
  @Path("budgets")
  @Operation(summary = "Budgets with actual and variance")
  public PageEnvelope<BudgetView> budgets(@BeanParam PageParams page) {
    return PageEnvelope.of(budgets.list(page.toRequest()), uri);
  }

  @GET
  @Path("budgets/{id}")
  @Operation(summary = "One budget with actual and variance")
  public BudgetView budget(@PathParam("id") UUID id) {
    return budgets.find(id);
  }

  @GET
  @Path("reports/profit-and-loss")
  @Operation(summary = "Revenue, cost of goods, expenses and net income for a date range")
  public ProfitAndLossView profitAndLoss(
      @QueryParam("date_from") String from, @QueryParam("date_to") String to) {
    return statements.profitAndLoss(
        QueryDates.day("date_from", from), QueryDates.day("date_to", to));
  }

  @GET
  @Path("reports/balance-sheet")
  @Operation(summary = "Assets, liabilities and equity as of a day (default today)")
  public BalanceSheetView balanceSheet(@QueryParam("as_of") String asOf) {
    java.time.LocalDate day = QueryDates.day("as_of", asOf);
    return statements.balanceSheet(
        day == null ? java.time.LocalDate.now(java.time.ZoneOffset.UTC) : day);
  }
}
