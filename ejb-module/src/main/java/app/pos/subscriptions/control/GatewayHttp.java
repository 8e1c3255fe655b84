package app.pos.subscriptions.control;

import app.pos.platform.control.JsonCodec;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;

/**
 * The JAX-RS client both gateways are called with: short timeouts, JSON answers, 502 on failure.
 */
final class GatewayHttp {

  private static final Client CLIENT =
      ClientBuilder.newBuilder()
          .connectTimeout(5, TimeUnit.SECONDS)
          .readTimeout(15, TimeUnit.SECONDS)
          .build();

  private GatewayHttp() {}

  static JsonObject post(String gateway, String url, String secret, Entity<?> body) {
    return call(gateway, request(url, secret), "POST", body);
  }

  static JsonObject get(String gateway, String url, String secret) {
    return call(gateway, request(url, secret), "GET", null);
  }

  private static Invocation.Builder request(String url, String secret) {
    return CLIENT
        .target(url)
        .request(MediaType.APPLICATION_JSON_TYPE)
        .header("Authorization", "Bearer " + secret);
  }

  private static JsonObject call(
      String gateway, Invocation.Builder request, String method, Entity<?> body) {
    try (Response response = request.method(method, body)) {
      String text = response.readEntity(String.class);
      if (response.getStatus() / 100 != 2) {
        throw new GatewayException(gateway, "answered HTTP " + response.getStatus());
      }
      try (JsonReader reader = JsonCodec.JSON.createReader(new StringReader(text))) {
        return reader.readObject();
      }
    } catch (ProcessingException | jakarta.json.JsonException e) {
      throw new GatewayException(
          gateway, "unreachable or unreadable (" + e.getClass().getSimpleName() + ")");
    }
  }
}
