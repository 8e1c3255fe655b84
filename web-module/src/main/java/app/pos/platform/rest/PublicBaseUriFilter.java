package app.pos.platform.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every link the API writes ({@code Location}, a list's {@code next} and {@code previous}, a job's
 * {@code result_url}) is built from the request's base URI. This filter sets that base before
 * anything reads it: {@code pos.public.url} when configured, else the address and port the
 * connection was accepted on. The client's {@code Host} header is never used, so a forged one
 * cannot plant links to another site in an answer (or in a cache in front of the server).
 */
@Provider
@PreMatching
@Priority(2)
public class PublicBaseUriFilter implements ContainerRequestFilter {

  private final Optional<URI> configured =
      ConfigProvider.getConfig()
          .getOptionalValue("pos.public.url", String.class)
          .filter(s -> !s.isBlank())
          .map(PublicBaseUri::parse);

  @Context HttpServletRequest servlet;

  @Override
  public void filter(ContainerRequestContext request) {
    URI base =
        configured.orElseGet(
            () ->
                PublicBaseUri.of(
                    servlet.getScheme(), servlet.getLocalAddr(), servlet.getLocalPort()));
    PublicBaseUri.Rebased rebased =
        PublicBaseUri.rebase(
            base, request.getUriInfo().getBaseUri(), request.getUriInfo().getRequestUri());
    request.setRequestUri(rebased.base(), rebased.request());
  }
}
