package app.pos.platform.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The origins browser apps may call the API from ({@code pos.cors.allowed-origins}): a comma or
 * space separated list of {@code scheme://host[:port]}, or {@code *} for any origin, or empty for
 * none. An origin matches only exactly (scheme, host and port), case aside.
 */
public final class AllowedOrigins {

  /** The usual development servers: Vite, Create React App / Next.js, Angular CLI, Ionic. */
  public static final String DEVELOPMENT_DEFAULT =
      "http://localhost:5173,http://localhost:3000,http://localhost:4200,http://localhost:8100";

  private final Set<String> origins;
  private final boolean any;

  private AllowedOrigins(Set<String> origins, boolean any) {
    this.origins = origins;
    this.any = any;
  }

  public static AllowedOrigins parse(String list) {
    Set<String> origins =
        Arrays.stream(list == null ? new String[0] : list.split("[,\\s]+"))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(AllowedOrigins::normalise)
            .collect(Collectors.toUnmodifiableSet());
    return new AllowedOrigins(origins, origins.contains("*"));
  }

  public boolean allows(String origin) {
    if (origin == null || origin.isBlank() || "null".equals(origin)) {
      return false; // "null" is what sandboxed frames and file: pages send
    }
    return any || origins.contains(normalise(origin));
  }

  public boolean isEmpty() {
    return origins.isEmpty();
  }

  private static String normalise(String origin) {
    String o = origin.trim().toLowerCase(Locale.ROOT);
    return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
  }
}
