package app.pos.accounts.rest;

import app.pos.accounts.boundary.AcceptInvitation;
import app.pos.accounts.boundary.InvitationView;
import app.pos.accounts.boundary.Invitations;
import app.pos.accounts.boundary.Invite;
import app.pos.accounts.boundary.SignedIn;
import app.pos.accounts.entity.InvitationStatus;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.Created;
import app.pos.platform.rest.OneOf;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.PublicEndpoint;
import app.pos.platform.rest.QueryEnums;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("accounts/api/invitations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow(Access.ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Accounts")
public class InvitationsResource {

  @Inject Invitations invitations;
  @Context UriInfo uri;

  @POST
  @Operation(
      operationId = "createInvitation",
      summary =
          "Invite an address to join the business with a role (a link valid 7 days is mailed)",
      description =
          "An open invitation holds a seat of the plan's user limit (403 plan-limit-exceeded"
              + " beyond it); 409 already-a-member, or invitation-pending when the address has an"
              + " open one (resend it).")
  @APIResponseSchema(value = InvitationView.class, responseCode = "201")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "cashier",
                      summary = "Invite a cashier",
                      value = "{\"email\": \"kofi@example.com\", \"role\": \"CASHIER\"}")))
  public Response invite(Invite command) {
    InvitationView invitation = invitations.invite(command);
    return Created.at(uri, "accounts/api/invitations/{id}/", invitation.id(), invitation);
  }

  @GET
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(operationId = "listInvitations", summary = "The business's invitations, newest first")
  public PageEnvelope<InvitationView> list(
      @QueryParam("status") @OneOf(InvitationStatus.class) String status,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        invitations.list(
            QueryEnums.parse("status", status, InvitationStatus.class), page.toRequest()),
        uri);
  }

  @GET
  @Path("{id}")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(operationId = "getInvitation", summary = "One invitation")
  public InvitationView get(@PathParam("id") UUID id) {
    return invitations.find(id);
  }

  @POST
  @Path("{id}/resend")
  @Operation(
      operationId = "resendInvitation",
      summary = "Mail a new link valid 7 days (the older link stops working); open or expired only")
  public InvitationView resend(@PathParam("id") UUID id) {
    return invitations.resend(id);
  }

  @POST
  @Path("{id}/revoke")
  @Operation(
      operationId = "revokeInvitation",
      summary = "Withdraw an open invitation: its link stops working and its seat is free")
  public InvitationView revoke(@PathParam("id") UUID id) {
    return invitations.revoke(id);
  }

  @POST
  @Path("accept")
  @PublicEndpoint
  @Operation(
      operationId = "acceptInvitation",
      summary = "Accept an invitation with the token from its link; answers a sign-in",
      description =
          "A new address sends password (the password rules apply), first_name and last_name."
              + " An address with an account proves it is that person: its password (a wrong one"
              + " answers 401 and counts as a failed sign-in) or the request's bearer token of"
              + " that person (neither answers 400 on field password); it joins with its names."
              + " An account whose address was never confirmed also sends new_password, which"
              + " replaces its password and ends every earlier token. An unknown, expired, used"
              + " or revoked token answers 400 on field token.")
  @APIResponseSchema(value = SignedIn.class, responseCode = "200")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "newPerson",
                      summary = "A new address accepts",
                      value =
                          "{\"token\": \"q3X...from-the-link\", \"password\": \"Correct-Horse-42\","
                              + " \"first_name\": \"Kofi\", \"last_name\": \"Boateng\"}")))
  public SignedIn accept(AcceptInvitation command) {
    return invitations.accept(command);
  }
}
