package app.pos.bookkeeping.rest;

import app.pos.bookkeeping.boundary.JournalEntries;
import app.pos.bookkeeping.boundary.JournalEntryView;
import app.pos.bookkeeping.boundary.LedgerLineView;
import app.pos.bookkeeping.boundary.LedgerLines;
import app.pos.bookkeeping.boundary.RecordJournalEntry;
import app.pos.bookkeeping.boundary.ReverseJournalEntry;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.BodyOptional;
import app.pos.platform.rest.IdempotentResponses;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.QueryDates;
import app.pos.platform.rest.QueryIds;
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
import java.net.URI;
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
public class JournalEntriesResource {

  @Inject JournalEntries entries;
  @Inject LedgerLines ledgerLines;
  @Inject IdempotentResponses idempotent;
  @Context UriInfo uri;

  @POST
  @Path("journal-entries")
  @Allow(Access.ADMIN)
  @Operation(
      summary =
          "Post a manual entry (balanced, two or more one-sided lines); Idempotency-Key honoured")
  @APIResponseSchema(value = JournalEntryView.class, responseCode = "201")
  public Response record(RecordJournalEntry command) {
    return idempotent.created(() -> entries.record(command), this::location);
  }

  @GET
  @Path("journal-entries")
  @Operation(summary = "The journal, newest first")
  public PageEnvelope<JournalEntryView> list(
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to,
      @QueryParam("source_type") String sourceType,
      @QueryParam("source_id") String sourceId,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        entries.list(
            new JournalEntries.Filter(
                QueryDates.day("date_from", from),
                QueryDates.day("date_to", to),
                sourceType,
                QueryIds.uuid("source_id", sourceId)),
            page.toRequest()),
        uri);
  }

  @GET
  @Path("journal-entries/{id}")
  @Operation(summary = "One entry with its lines")
  public JournalEntryView get(@PathParam("id") UUID id) {
    return entries.find(id);
  }

  @POST
  @Path("journal-entries/{id}/reverse")
  @Allow(Access.ADMIN)
  @BodyOptional
  @Operation(summary = "Post the opposite entry, once (409 the second time)")
  @APIResponseSchema(value = JournalEntryView.class, responseCode = "201")
  public Response reverse(@PathParam("id") UUID id, ReverseJournalEntry command) {
    return idempotent.created(() -> entries.reverse(id, command), this::location);
  }

  @GET
  @Path("ledger-entries")
  @Operation(summary = "Ledger lines with the running balance of their account")
  public PageEnvelope<LedgerLineView> ledger(
      @QueryParam("account_id") String accountId,
      @QueryParam("journal_entry_id") String journalEntryId,
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        ledgerLines.list(
            new LedgerLines.Filter(
                QueryIds.uuid("account_id", accountId),
                QueryIds.uuid("journal_entry_id", journalEntryId),
                QueryDates.day("date_from", from),
                QueryDates.day("date_to", to)),
            page.toRequest()),
        uri);
  }

  private URI location(JournalEntryView entry) {
    return uri.getBaseUriBuilder().path("bookkeeping/api/journal-entries/{id}/").build(entry.id());
  }
}
