package app.pos.subscriptions.rest;

import app.pos.platform.control.CurrentTenant;
import app.pos.subscriptions.boundary.Subscriptions;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A business whose subscription has expired (or ended) may read, sign in and pay, but every other
 * write answers 403 {@code subscription-inactive}. Runs after authentication has bound the tenant.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class SubscriptionStandingFilter implements ContainerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject CurrentTenant tenant;
  @Inject Subscriptions subscriptions;

  @Override
  public void filter(ContainerRequestContext request) {
    if (READS.contains(request.getMethod()) || !tenant.isBound() || tenant.isSuperuser()) {
      return;
    }
    String path = request.getUriInfo().getPath();
    String relative = path.startsWith("/") ? path.substring(1) : path;
    if (relative.startsWith("accounts/api/auth/") || relative.startsWith("subscriptions/api/")) {
      return; // signing in and out, and paying, stay open
    }
    subscriptions.requireInGoodStanding();
  }
}
