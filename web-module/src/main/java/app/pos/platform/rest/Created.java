package app.pos.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** 201 Created with the new object's address ({@code path} with an {@code {id}} template). */
public final class Created {

  private Created() {}

  public static Response at(UriInfo uri, String path, UUID id, Object body) {
    return Response.created(uri.getBaseUriBuilder().path(path).build(id)).entity(body).build();
  }
}
