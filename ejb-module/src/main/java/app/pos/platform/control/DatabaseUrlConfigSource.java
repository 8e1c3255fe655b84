package app.pos.platform.control;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Accepts the common {@code DATABASE_URL=postgres://user:pass@host:port/db} form and offers its
 * parts as the {@code pos.db.*} keys. Ranked above environment variables, so a DATABASE_URL wins
 * over POS_DB_* when both are set.
 */
public class DatabaseUrlConfigSource implements ConfigSource {

  private static final int ORDINAL = 350;

  private final Map<String, String> properties;

  public DatabaseUrlConfigSource() {
    this(System.getenv("DATABASE_URL"));
  }

  DatabaseUrlConfigSource(String databaseUrl) {
    this.properties = databaseUrl == null || databaseUrl.isBlank() ? Map.of() : parse(databaseUrl);
  }

  static Map<String, String> parse(String databaseUrl) {
    URI uri = URI.create(databaseUrl.trim().replaceFirst("^postgresql://", "postgres://"));
    if (!"postgres".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "DATABASE_URL must look like postgres://user:password@host:port/database");
    }
    Map<String, String> keys = new HashMap<>();
    keys.put("pos.db.host", uri.getHost());
    keys.put("pos.db.port", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()));
    if (uri.getPath() != null && uri.getPath().length() > 1) {
      keys.put("pos.db.name", uri.getPath().substring(1));
    }
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      keys.put("pos.db.user", URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
      if (parts.length > 1) {
        keys.put("pos.db.password", URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
      }
    }
    return Map.copyOf(keys);
  }

  @Override
  public Map<String, String> getProperties() {
    return properties;
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public String getValue(String name) {
    return properties.get(name);
  }

  @Override
  public String getName() {
    return "DATABASE_URL";
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }
}
