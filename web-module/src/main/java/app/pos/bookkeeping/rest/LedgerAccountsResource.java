package app.pos.bookkeeping.rest;

import app.pos.bookkeeping.boundary.CreateLedgerAccount;
import app.pos.bookkeeping.boundary.LedgerAccountView;
import app.pos.bookkeeping.boundary.LedgerAccounts;
import app.pos.bookkeeping.boundary.UpdateLedgerAccount;
import app.pos.bookkeeping.entity.AccountType;
import app.pos.platform.control.ActiveFilter;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.Created;
import app.pos.platform.rest.PageEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("bookkeeping/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Bookkeeping")
public class LedgerAccountsResource {

  /** An account type and the side its balance normally sits on. */
  public record AccountTypeView(String name, String normalSide) {}

  @Inject LedgerAccounts accounts;
  @Context UriInfo uri;

  @GET
  @Path("account-types")
  @Operation(summary = "The five account types with their normal side")
  public PageEnvelope<AccountTypeView> accountTypes() {
    List<AccountTypeView> types =
        Arrays.stream(AccountType.values())
            .map(t -> new AccountTypeView(t.name(), t.normalSide().name()))
            .toList();
    return PageEnvelope.all(types, uri);
  }

  @GET
  @Path("accounts")
  @Operation(summary = "The chart of accounts, each with its balance")
  public PageEnvelope<LedgerAccountView> chart(
      @QueryParam("is_active") String isActive,
      @QueryParam("include_inactive") String includeInactive) {
    List<LedgerAccountView> chart = accounts.chart(ActiveFilter.of(isActive, includeInactive));
    return PageEnvelope.all(chart, uri);
  }

  @POST
  @Path("accounts")
  @Allow(Access.ADMIN)
  @Operation(summary = "Add an account (unique code, optional parent of the same type)")
  @APIResponseSchema(value = LedgerAccountView.class, responseCode = "201")
  public Response create(CreateLedgerAccount command) {
    LedgerAccountView account = accounts.create(command);
    return Created.at(uri, "bookkeeping/api/accounts/{id}/", account.id(), account);
  }

  @GET
  @Path("accounts/{id}")
  @Operation(summary = "One account with its balance")
  public LedgerAccountView get(@PathParam("id") UUID id) {
    return accounts.find(id);
  }

  @PATCH
  @Path("accounts/{id}")
  @Allow(Access.ADMIN)
  @Operation(summary = "Rename an account, or retire (is_active false) or reopen it")
  public LedgerAccountView update(@PathParam("id") UUID id, UpdateLedgerAccount command) {
    return accounts.update(id, command);
  }

  @POST
  @Path("accounts/{id}/deactivate")
  @Allow(Access.ADMIN)
  @Operation(summary = "Deactivate an unused account (not a system account, zero balance)")
  public LedgerAccountView deactivate(@PathParam("id") UUID id) {
    return accounts.deactivate(id);
  }
}
