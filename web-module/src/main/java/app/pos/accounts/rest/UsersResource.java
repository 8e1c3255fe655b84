package app.pos.accounts.rest;

import app.pos.accounts.boundary.Accepted;
import app.pos.accounts.boundary.CreateUser;
import app.pos.accounts.boundary.ProfileView;
import app.pos.accounts.boundary.Profiles;
import app.pos.accounts.boundary.UpdateProfile;
import app.pos.accounts.boundary.UpdateUser;
import app.pos.accounts.boundary.UserView;
import app.pos.accounts.boundary.Users;
import app.pos.platform.control.ActiveFilter;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.Created;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("accounts/api/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER})
@SecurityRequirement(name = "bearer")
@Tag(name = "Accounts")
public class UsersResource {

  @Inject Users users;
  @Inject Profiles profiles;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The staff of the caller's business")
  public PageEnvelope<UserView> list(
      @QueryParam("is_active") String isActive,
      @QueryParam("include_inactive") String includeInactive,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        users.list(ActiveFilter.of(isActive, includeInactive), page.toRequest()), uri);
  }

  @POST
  @Allow(Access.ADMIN)
  @Operation(summary = "Add a member of staff (a welcome e-mail follows)")
  @APIResponseSchema(value = UserView.class, responseCode = "201")
  public Response create(CreateUser command) {
    UserView user = users.create(command);
    return Created.at(uri, "accounts/api/users/{id}/", user.id(), user);
  }

  @GET
  @Path("me")
  @BeforePasswordChange
  @Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
  @Operation(summary = "The caller")
  public UserView me() {
    return users.me();
  }

  @GET
  @Path("me/profile")
  @Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
  @Operation(summary = "The caller's profile: phone, avatar URL, preferences")
  public ProfileView profile() {
    return profiles.mine();
  }

  @PATCH
  @Path("me/profile")
  @Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
  @Operation(summary = "Change the caller's profile")
  public ProfileView changeProfile(UpdateProfile command) {
    return profiles.change(command);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One member of staff")
  public UserView get(@PathParam("id") UUID id) {
    return users.find(id);
  }

  @PATCH
  @Path("{id}")
  @Allow(Access.ADMIN)
  @Operation(
      summary = "Change names, role, storefronts or active flag, or set a temporary password",
      description =
          "With password: a temporary password (the password rules apply); the member of staff's"
              + " tokens stop working, and once signed in with it they can only change-password,"
              + " read users/me and log out (403 password-change-required) until they choose"
              + " their own. Not for the caller's own account.")
  public UserView update(@PathParam("id") UUID id, UpdateUser command) {
    return users.update(id, command);
  }

  @POST
  @Path("{id}/password-reset")
  @Allow(Access.ADMIN)
  @Operation(
      operationId = "sendUserPasswordReset",
      summary = "Mail the member of staff a one-time link (valid 2 h) to choose a new password")
  @APIResponseSchema(value = Accepted.class, responseCode = "202")
  public Response sendPasswordReset(@PathParam("id") UUID id) {
    return Response.accepted(users.sendPasswordReset(id)).build();
  }

  @DELETE
  @Path("{id}")
  @Allow(Access.ADMIN)
  @Operation(summary = "Deactivate: the user can no longer sign in and their tokens stop working")
  @APIResponse(responseCode = "204", description = "Done; no body")
  public Response deactivate(@PathParam("id") UUID id) {
    users.deactivate(id);
    return Response.noContent().build();
  }
}
