package app.pos.accounts.rest;

import app.pos.accounts.boundary.Accepted;
import app.pos.accounts.boundary.ChangePassword;
import app.pos.accounts.boundary.CompleteSignUp;
import app.pos.accounts.boundary.ConfirmPasswordReset;
import app.pos.accounts.boundary.EmailVerifications;
import app.pos.accounts.boundary.PasswordResets;
import app.pos.accounts.boundary.RegisterBusiness;
import app.pos.accounts.boundary.Registrations;
import app.pos.accounts.boundary.RequestPasswordReset;
import app.pos.accounts.boundary.ResendVerification;
import app.pos.accounts.boundary.SignIn;
import app.pos.accounts.boundary.SignIns;
import app.pos.accounts.boundary.SignedIn;
import app.pos.accounts.boundary.SwitchBusiness;
import app.pos.accounts.boundary.UserView;
import app.pos.accounts.boundary.VerifyEmail;
import app.pos.accounts.control.AccessTokens;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.Created;
import app.pos.platform.rest.PublicEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("accounts/api/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AuthResource {

  // request examples that more than one operation shows the same
  static final String OWNER_SIGNS_UP =
      "{\"business_name\": \"Corner Shop\", \"email\": \"ama@example.com\", \"password\":"
          + " \"Correct-Horse-42\", \"first_name\": \"Ama\", \"last_name\": \"Mensah\"}";
  static final String TOKEN_FROM_LINK = "{\"token\": \"q3X...from-the-link\"}";
  static final String AN_ADDRESS = "{\"email\": \"ama@example.com\"}";

  @Inject Registrations registrations;
  @Inject SignIns signIns;
  @Inject PasswordResets passwordResets;
  @Inject EmailVerifications verifications;
  @Context UriInfo uri;

  @POST
  @Path("register")
  @PublicEndpoint
  @Operation(
      operationId = "register",
      summary = "Sign a business up; its owner becomes ADMIN and gets a token")
  @APIResponseSchema(value = SignedIn.class, responseCode = "201")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "owner",
                      summary = "A shop owner signs up",
                      value = OWNER_SIGNS_UP)))
  public Response register(RegisterBusiness command) {
    return createdAtTheUser(registrations.register(command));
  }

  @POST
  @Path("sign-up")
  @PublicEndpoint
  @Operation(
      operationId = "signUp",
      summary = "Sign a business up by a mailed link: the same 202 for a new and a known address",
      description =
          "Enumeration-safe: a new address is mailed a link (valid 48 h) that creates the business"
              + " (sign-up/confirm); an address with an account is mailed a note to its owner"
              + " instead. Both answer the same 202 after the same work. Bad input (password"
              + " rules, shape) answers 400 either way.")
  @APIResponseSchema(value = Accepted.class, responseCode = "202")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "owner",
                      summary = "A shop owner signs up",
                      value = OWNER_SIGNS_UP)))
  public Response signUp(RegisterBusiness command) {
    return Response.accepted(registrations.signUp(command)).build();
  }

  @POST
  @Path("sign-up/confirm")
  @PublicEndpoint
  @Operation(
      operationId = "confirmSignUp",
      summary = "Create the business with the token from a sign-up link; its owner gets a token",
      description =
          "As register's answer; the owner's address counts as verified. A link works once; an"
              + " unknown, expired or used token answers 400 on field token.")
  @APIResponseSchema(value = SignedIn.class, responseCode = "201")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "confirm",
                      summary = "Token from the link",
                      value = TOKEN_FROM_LINK)))
  public Response confirmSignUp(CompleteSignUp command) {
    return createdAtTheUser(registrations.completeSignUp(command));
  }

  @POST
  @Path("login")
  @PublicEndpoint
  @Operation(
      operationId = "login",
      summary = "Exchange e-mail and password for a token (401 for any mismatch)")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "signIn",
                      summary = "Sign in",
                      value =
                          "{\"email\": \"ama@example.com\", \"password\": \"Correct-Horse-42\"}")))
  public SignedIn login(SignIn command) {
    return signIns.signIn(command);
  }

  @POST
  @Path("logout")
  @BeforePasswordChange
  @Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "logout", summary = "Revoke the token of this request")
  @APIResponse(responseCode = "204", description = "Done; no body")
  public Response logout(@Context ContainerRequestContext request) {
    AccessTokens.Claims claims =
        (AccessTokens.Claims) request.getProperty(AuthenticationFilter.CLAIMS);
    signIns.signOut(claims.jti(), claims.expiresAt());
    return Response.noContent().build();
  }

  @POST
  @Path("change-password")
  @BeforePasswordChange
  @Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "changePassword",
      summary = "Change the caller's password; tokens issued before are refused")
  public UserView changePassword(ChangePassword command) {
    return signIns.changePassword(command);
  }

  @POST
  @Path("switch-business")
  @Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "switchBusiness",
      summary = "A token for another business the caller belongs to",
      description =
          "The answer is a sign-in's: a token speaking for that business, the person's role there,"
              + " and every membership. 404 for a business the caller is not an active member of."
              + " The token of this request keeps working.")
  @APIResponseSchema(value = SignedIn.class, responseCode = "200")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "switch",
                      summary = "Switch to another business",
                      value = "{\"business_id\": \"2f0c6b1e-7d4a-4c1e-9a51-0d7f3c2b8e10\"}")))
  public SignedIn switchBusiness(SwitchBusiness command) {
    return signIns.switchBusiness(command);
  }

  @POST
  @Path("password-reset")
  @PublicEndpoint
  @Operation(
      operationId = "requestPasswordReset",
      summary = "Mail a one-time link (valid 2 h) to reset a forgotten password",
      description =
          "Always 202 with the same body, whether or not the address has an account. A new link"
              + " revokes the older ones.")
  @APIResponseSchema(value = Accepted.class, responseCode = "202")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "forgot",
                      summary = "Forgotten password",
                      value = AN_ADDRESS)))
  public Response requestPasswordReset(RequestPasswordReset command) {
    return Response.accepted(passwordResets.request(command)).build();
  }

  @POST
  @Path("password-reset/confirm")
  @PublicEndpoint
  @Operation(
      operationId = "confirmPasswordReset",
      summary = "Set a new password with the token from a reset link (once)",
      description =
          "The password rules apply. Every token issued before is refused afterwards; an unknown,"
              + " expired or used token answers 400 on field token.")
  @APIResponse(responseCode = "204", description = "Done; sign in with the new password")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "reset",
                      summary = "New password from the link",
                      value =
                          "{\"token\": \"q3X...from-the-link\", \"new_password\": \"Correct-Horse-42\"}")))
  public Response confirmPasswordReset(ConfirmPasswordReset command) {
    passwordResets.confirm(command);
    return Response.noContent().build();
  }

  @POST
  @Path("verify-email")
  @PublicEndpoint
  @Operation(
      operationId = "verifyEmail",
      summary = "Verify an e-mail address with the token from the link mailed on registration",
      description =
          "A link is valid 48 h and works once; an unknown, expired or used token answers 400 on"
              + " field token.")
  @APIResponse(responseCode = "204", description = "Verified; users/me shows email_verified")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "verify",
                      summary = "Token from the link",
                      value = TOKEN_FROM_LINK)))
  public Response verifyEmail(VerifyEmail command) {
    verifications.verify(command);
    return Response.noContent().build();
  }

  @POST
  @Path("resend-verification")
  @PublicEndpoint
  @Operation(
      operationId = "resendVerification",
      summary = "Mail a new verification link (the older one stops working)",
      description =
          "Always 202 with the same body, whether the address is unknown, verified or waiting.")
  @APIResponseSchema(value = Accepted.class, responseCode = "202")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(name = "resend", summary = "Resend the link", value = AN_ADDRESS)))
  public Response resendVerification(ResendVerification command) {
    return Response.accepted(verifications.resend(command)).build();
  }

  /** A new business's owner signed in: 201 at their user. */
  private Response createdAtTheUser(SignedIn signedIn) {
    return Created.at(uri, "accounts/api/users/{id}/", signedIn.user().id(), signedIn);
  }
}
