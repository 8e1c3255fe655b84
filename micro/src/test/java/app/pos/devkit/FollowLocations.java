package app.pos.devkit;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Follows every {@code Location} header the test suite receives: as soon as an answer carries one,
 * the filter GETs it as the same caller (or, for a registration, with the token it answered) and
 * fails the test that made the request unless it answers 200. Installed for every REST Assured call
 * of the run by {@link TestDatabaseSession}; {@link #followed()} lists what it checked.
 */
public final class FollowLocations implements Filter {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final List<String> FOLLOWED = new CopyOnWriteArrayList<>();

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification response,
      FilterContext context) {
    Response answer = context.next(request, response);
    String location = answer.header("Location");
    if (location == null || answer.statusCode() >= 300) {
      return answer;
    }
    String authorization = request.getHeaders().getValue("Authorization");
    if (authorization == null && tokenIn(answer) != null) {
      authorization = "Bearer " + tokenIn(answer);
    }
    URI target = URI.create(request.getURI()).resolve(location);
    HttpRequest.Builder follow =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .GET();
    if (authorization != null) {
      follow.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> got = HTTP.send(follow.build(), HttpResponse.BodyHandlers.ofString());
      if (got.statusCode() != 200) {
        throw new AssertionError(
            request.getMethod()
                + " "
                + request.getURI()
                + " answered Location "
                + location
                + ", which answers "
                + got.statusCode()
                + ": "
                + got.body());
      }
    } catch (IOException e) {
      throw new AssertionError("Location " + location + " could not be read: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while following " + location, e);
    }
    FOLLOWED.add(request.getMethod() + " " + target);
    return answer;
  }

  private static String tokenIn(Response answer) {
    String type = answer.contentType();
    if (type == null || !type.startsWith("application/json")) {
      return null;
    }
    try {
      return AnswerFields.text(answer, "token");
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  /** The Locations followed so far in this run (method of the request, then the address). */
  public static List<String> followed() {
    return List.copyOf(FOLLOWED);
  }
}
