package app.pos.accounts.rest;

import app.pos.accounts.boundary.Caller;
import app.pos.accounts.boundary.Callers;
import app.pos.accounts.boundary.PasswordChangeRequiredException;
import app.pos.accounts.boundary.Throttle;
import app.pos.accounts.control.AccessTokens;
import app.pos.accounts.control.RecentCallers;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.RequestOrigin;
import app.pos.platform.rest.AccessLogFilter;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.PublicEndpoint;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is calling and may they: verifies the MicroProfile JWT of {@code Authorization: Bearer ...}
 * (or {@code Token ...} for older clients) with the configured MP-JWT key and issuer, checks with
 * the database that it still speaks for an active user, binds the tenant, then applies the
 * resource's {@link Allow} roles. Resources without an annotation require a signed-in caller.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  // compiled once: String.split compiles a pattern of more than one character on every call
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Request property holding the verified token's claims, for sign-out. */
  public static final String CLAIMS = "app.pos.token-claims";

  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;

  @Inject Callers callers;
  @Inject RecentCallers recent;
  @Inject Throttle throttle;
  @Inject AccessTokens tokens;
  @Inject CurrentTenant tenant;
  @Inject RequestOrigin origin;

  @Override
  public void filter(ContainerRequestContext request) {
    origin.set(servletRequest.getRemoteAddr(), request.getHeaderString(HttpHeaders.USER_AGENT));
    Optional<AccessTokens.Claims> claims = claimsOf(request);
    Caller caller = null;
    if (claims.isPresent()) {
      AccessTokens.Claims c = claims.get();
      // a token authenticated here in the last seconds costs no EJB call (Callers checks it too)
      caller =
          recent
              .find(c.jti(), c.userId(), c.businessId())
              .or(() -> callers.authenticate(c.userId(), c.businessId(), c.jti(), c.issuedAt()))
              .orElse(null);
      if (caller == null) {
        throttle.failedAuthentication(origin.ipAddress()); // 429 once the address's budget is spent
        throw new NotAuthorizedException("Bearer realm=\"pos\"");
      }
      tenant.bind(
          caller.businessId(),
          caller.userId(),
          caller.role(),
          caller.superuser(),
          caller.storefrontIds());
      request.setProperty(CLAIMS, c);
      request.setProperty(AccessLogFilter.TENANT_PROPERTY, caller.businessId());
      request.setSecurityContext(
          new CallerSecurityContext(caller, request.getSecurityContext().isSecure()));
    } else if (hasAuthorization(request)) {
      throttle.failedAuthentication(origin.ipAddress());
      throw new NotAuthorizedException("Bearer realm=\"pos\"");
    }
    if (caller != null) {
      throttle.userRequest(caller.userId().toString());
    } else {
      throttle.anonymousRequest(origin.ipAddress());
    }
    authorize(caller);
  }

  private void authorize(Caller caller) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return; // no resource matched: a 404 follows
    }
    Class<?> type = resource.getResourceClass();
    if (method.isAnnotationPresent(PublicEndpoint.class)
        || (!method.isAnnotationPresent(Allow.class)
            && type.isAnnotationPresent(PublicEndpoint.class))) {
      return;
    }
    if (caller == null) {
      throw new NotAuthorizedException("Bearer realm=\"pos\"");
    }
    if (caller.mustChangePassword() && !method.isAnnotationPresent(BeforePasswordChange.class)) {
      throw new PasswordChangeRequiredException();
    }
    Allow roles =
        method.isAnnotationPresent(Allow.class)
            ? method.getAnnotation(Allow.class)
            : type.getAnnotation(Allow.class);
    CallerSecurityContext context = new CallerSecurityContext(caller, false);
    if (roles != null && Arrays.stream(roles.value()).noneMatch(context::isUserInRole)) {
      throw new ForbiddenException();
    }
  }

  private Optional<AccessTokens.Claims> claimsOf(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return Optional.empty();
    }
    String[] parts = WHITESPACE.split(header.trim(), 2);
    if (parts.length != 2
        || !(parts[0].equalsIgnoreCase("Bearer") || parts[0].equalsIgnoreCase("Token"))) {
      return Optional.empty();
    }
    return tokens.verify(parts[1], Instant.now());
  }

  private static boolean hasAuthorization(ContainerRequestContext request) {
    return request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
  }
}
