package app.pos.accounts.rest;

import app.pos.accounts.boundary.Caller;
import app.pos.platform.rest.Access;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The request's security context once the caller is known: roles come from the database. */
record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {

  @Override
  public Principal getUserPrincipal() {
    return () -> caller.userId().toString();
  }

  @Override
  public boolean isUserInRole(String role) {
    return caller.role().name().equals(role)
        || (caller.superuser() && Access.SUPERUSER.equals(role));
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return "Bearer";
  }
}
