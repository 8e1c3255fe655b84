package app.pos.platform.rest;

import app.pos.platform.control.PosJson;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Makes JAX-RS read and write JSON with the API's one JSON-B configuration. */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

  @Override
  public Jsonb getContext(Class<?> type) {
    return PosJson.jsonb();
  }
}
