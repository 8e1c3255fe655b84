package app.pos.devkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A PostgreSQL server the application can use: one that already answers (the machine's, or the one
 * DATABASE_URL names) or an embedded one started from the zonky jar on Maven Central. Creates and
 * drops databases on it.
 */
public final class DatabaseServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DatabaseServer.class.getName());

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final EmbeddedPostgres embedded;

  private DatabaseServer(
      String host, int port, String user, String password, EmbeddedPostgres embedded) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password == null ? "" : password;
    this.embedded = embedded;
  }

  public static DatabaseServer at(String host, int port, String user, String password) {
    return new DatabaseServer(host, port, user, password, null);
  }

  /** The machine's server at 127.0.0.1:5432 when it answers (as on CI), else an embedded one. */
  public static DatabaseServer localOrEmbedded(Path embeddedData) throws IOException {
    DatabaseServer local = at("127.0.0.1", 5432, "postgres", "");
    if (local.answers()) {
      LOG.info("Using the PostgreSQL server at 127.0.0.1:5432");
      return local;
    }
    return embedded(embeddedData);
  }

  /**
   * Starts PostgreSQL from the zonky jar. With a data directory the data stays across restarts;
   * with null it lives in a temporary directory and is gone when closed.
   */
  public static DatabaseServer embedded(Path dataDirectory) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    if (dataDirectory != null) {
      builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
    }
    EmbeddedPostgres pg = builder.start();
    LOG.info(
        "Started embedded PostgreSQL on port "
            + pg.getPort()
            + (dataDirectory == null ? " (temporary)" : " with data in " + dataDirectory));
    return new DatabaseServer("127.0.0.1", pg.getPort(), "postgres", "", pg);
  }

  public boolean answers() {
    try (Connection c = connect("postgres")) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  public void createDatabaseIfMissing(String name) throws SQLException {
    requireSafeName(name);
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
      if (!rs.next()) {
        s.execute("CREATE DATABASE " + name);
      }
    }
  }

  public void dropDatabase(String name) throws SQLException {
    requireSafeName(name);
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  public Connection connect(String database) throws SQLException {
    DriverManager.setLoginTimeout(3);
    return DriverManager.getConnection(
        "jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
  }

  private static void requireSafeName(String name) {
    if (!name.toLowerCase(Locale.ROOT).matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("Unsafe database name: " + name);
    }
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
