package app.pos.platform.control;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code Json.createReader(...)} and friends look the provider
 * up through the service loader on every call, scanning the class path: a profile of the checkout
 * found that lookup among the top frames of every request (token checks and audit rows parse JSON).
 */
public final class JsonCodec {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonCodec() {}
}
