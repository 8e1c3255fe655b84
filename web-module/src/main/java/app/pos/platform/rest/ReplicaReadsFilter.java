package app.pos.platform.rest;

import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.DataFreshness;
import app.pos.platform.control.ReadReplica;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;

/**
 * With a read replica configured: after a request that may have written (any method but GET, HEAD
 * and OPTIONS, by then committed), the caller's reads stay on the primary until the replica has
 * replayed past it; and an answer built from routed reads says where its data came from and the
 * time it is as of ({@code X-Data-Source: replica|primary}, {@code X-Data-As-Of}). Without a
 * replica it does nothing.
 */
@Provider
@Priority(Priorities.USER)
public class ReplicaReadsFilter implements ContainerResponseFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Inject ReadReplica replica;
  @Inject CurrentTenant tenant;
  @Inject DataFreshness freshness;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!replica.configured()) {
      return;
    }
    if (!SAFE.contains(request.getMethod()) && tenant.isBound()) {
      tenant.userId().ifPresent(replica::wrote);
    }
    if (freshness.source() != null) {
      response
          .getHeaders()
          .putSingle("X-Data-Source", freshness.source().name().toLowerCase(Locale.ROOT));
      response.getHeaders().putSingle("X-Data-As-Of", freshness.asOf().toString());
    }
  }
}
