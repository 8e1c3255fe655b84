package app.pos.platform.control;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The PostgreSQL streaming replica that reports, exports and batch reads may use ({@code
 * POS_DB_REPLICA_URL}); without that setting it does nothing and every read stays on the primary.
 * It knows how far behind the primary the replica is from the heartbeat this instance writes on the
 * primary every second ({@code ops_replica_heartbeat}) and reads back from the replica: the
 * heartbeat seen there is the time the replica's data is as of.
 *
 * <p>The replica is used only while it answers and lags at most {@code
 * POS_DB_REPLICA_MAX_LAG_SECONDS}, and never for a user whose last write is newer than what the
 * replica has replayed (read-your-writes). Its pool and its persistence unit (the application's own
 * unit, opened a second time on the replica's connections: same entities and queries, read-only, no
 * migrations, no schema generation) are built on first use.
 */
@ApplicationScoped
@CrossTenant("opens the replica's entity managers; only TenantStore hands them to queries")
public class ReadReplica {

  private static final Logger LOG = Logger.getLogger(ReadReplica.class.getName());

  /** Where reads go and why. */
  public enum State {
    /** No POS_DB_REPLICA_URL: everything reads the primary, as without this feature. */
    NOT_CONFIGURED,
    /** The replica answers and is close enough behind the primary. */
    UP,
    /** Configured but down, unreachable or lagging too far: reads fall back to the primary. */
    DEGRADED
  }

  /** What the last check found. */
  public record Status(State state, Duration lag, Instant asOf, String reason) {}

  @Inject
  @ConfigProperty(name = "pos.db.replica.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "pos.db.replica.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "pos.db.replica.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "pos.db.user")
  String primaryUser;

  @Inject
  @ConfigProperty(name = "pos.db.password")
  Optional<String> primaryPassword;

  @Inject
  @ConfigProperty(name = "pos.db.replica.max-lag-seconds", defaultValue = "10")
  long maxLagSeconds;

  @Inject
  @ConfigProperty(name = "pos.db.replica.pool.max", defaultValue = "16")
  int poolMax;

  @Inject BusinessMetrics metrics;

  private final UUID instance = UUID.randomUUID();
  private final Map<UUID, Instant> lastWrites = new ConcurrentHashMap<>();
  private volatile Status status =
      new Status(State.NOT_CONFIGURED, Duration.ZERO, null, "POS_DB_REPLICA_URL is not set");
  private volatile Instant lastBeatWritten;
  private volatile HikariDataSource pool;
  private volatile EntityManagerFactory units;

  public boolean configured() {
    return url.filter(u -> !u.isBlank()).isPresent();
  }

  public Status status() {
    Status now = status;
    return configured() && now.state() == State.NOT_CONFIGURED
        ? new Status(State.DEGRADED, Duration.ZERO, null, "not measured yet")
        : now;
  }

  /** This instance's row in {@code ops_replica_heartbeat}. */
  public UUID instance() {
    return instance;
  }

  public Duration maxLag() {
    return Duration.ofSeconds(maxLagSeconds);
  }

  /** The heartbeat this instance has just committed on the primary (its own clock). */
  public void beatWritten(Instant beat) {
    lastBeatWritten = beat;
  }

  /** A user's write has committed: their reads stay on the primary until the replica has it. */
  public void wrote(UUID userId) {
    if (configured() && userId != null) {
      lastWrites.put(userId, Instant.now());
    }
  }

  /**
   * Measures the replica: reads back this instance's heartbeat there and compares it with the last
   * one written on the primary. Called every second by {@code ReplicaHeartbeat}.
   */
  public Status check() {
    if (!configured()) {
      return status;
    }
    Status next;
    try (Connection c = dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT pg_is_in_recovery(), (SELECT beat_at FROM ops_replica_heartbeat"
                    + " WHERE instance_id = ?)")) {
      s.setQueryTimeout(2);
      s.setObject(1, instance);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        Timestamp seen = rs.getTimestamp(2);
        Instant written = lastBeatWritten;
        if (!rs.getBoolean(1)) {
          next = degraded("the replica URL names a server that is not a standby");
        } else if (seen == null || written == null) {
          next = degraded("no heartbeat has reached the replica yet");
        } else {
          Instant asOf = seen.toInstant();
          Duration lag = Duration.between(asOf, written);
          lag = lag.isNegative() ? Duration.ZERO : lag;
          next =
              lag.compareTo(maxLag()) > 0
                  ? new Status(
                      State.DEGRADED,
                      lag,
                      asOf,
                      "replay lag " + lag.toMillis() + " ms exceeds " + maxLagSeconds + " s")
                  : new Status(State.UP, lag, asOf, "streaming");
        }
      }
    } catch (SQLException | RuntimeException e) {
      next = degraded("the replica does not answer: " + e.getMessage());
    }
    if (next.state() != status.state()) {
      LOG.log(
          next.state() == State.UP ? Level.INFO : Level.WARNING,
          "Read replica " + next.state() + ": " + next.reason());
    }
    status = next;
    Instant asOf = next.asOf();
    if (asOf != null) {
      lastWrites.values().removeIf(written -> written.isBefore(asOf));
    }
    return next;
  }

  private Status degraded(String reason) {
    Status previous = status;
    return new Status(
        State.DEGRADED,
        previous.asOf() == null || lastBeatWritten == null
            ? Duration.ZERO
            : Duration.between(previous.asOf(), lastBeatWritten),
        previous.asOf(),
        reason);
  }

  /** For tests of the routing rules: the replica as if a check had just found it UP. */
  void up(Instant asOf) {
    status = new Status(State.UP, Duration.ZERO, asOf, "streaming");
  }

  /** After a failed read on the replica: the primary serves reads until the next good check. */
  public void failed(RuntimeException cause) {
    Status previous = status;
    status =
        new Status(
            State.DEGRADED,
            previous.lag(),
            previous.asOf(),
            "a read failed: " + cause.getMessage());
    LOG.warning("A read on the replica failed (" + cause + "); reading the primary");
  }

  /**
   * Whether this user's reads may go to the replica now: it is configured and UP, and holds
   * everything the user wrote.
   */
  public boolean usableFor(Optional<UUID> userId) {
    Status now = status;
    if (!configured() || now.state() != State.UP) {
      return false;
    }
    Instant written = userId.map(lastWrites::get).orElse(null);
    return written == null || now.asOf().isAfter(written);
  }

  /**
   * Waits (at most the lag limit) until the replica has replayed past {@code moment}; false if it
   * is not UP or does not get there in time.
   */
  public boolean caughtUpTo(Instant moment) {
    Instant deadline = moment.plus(maxLag());
    while (true) {
      Status now = status;
      if (!configured() || now.state() != State.UP) {
        return false;
      }
      if (now.asOf().isAfter(moment)) {
        return true;
      }
      if (Instant.now().isAfter(deadline)) {
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /** A new entity manager on the replica, for one routed call (closed by the caller). */
  EntityManager open() {
    return units().createEntityManager();
  }

  private EntityManagerFactory units() {
    EntityManagerFactory u = units;
    if (u == null) {
      synchronized (this) {
        if (units == null) {
          Map<String, Object> properties = new HashMap<>();
          properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
          properties.put("jakarta.persistence.jtaDataSource", "");
          properties.put("jakarta.persistence.nonJtaDataSource", dataSource());
          properties.put("jakarta.persistence.schema-generation.database.action", "none");
          // EclipseLink: a session of its own, not the container's; no server transactions
          properties.put("eclipselink.session-name", "pos-replica");
          properties.put("eclipselink.target-server", "None");
          properties.put("eclipselink.target-database", "PostgreSQL");
          properties.put("eclipselink.weaving", "false");
          properties.put("eclipselink.cache.shared.default", "false");
          // Hibernate (WildFly): the same, without connecting at deployment
          properties.put("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
          properties.put("hibernate.boot.allow_jdbc_metadata_access", "false");
          properties.put("jboss.as.jpa.managed", "false");
          units = Persistence.createEntityManagerFactory("pos", properties);
        }
        u = units;
      }
    }
    return u;
  }

  private HikariDataSource dataSource() {
    HikariDataSource p = pool;
    if (p == null) {
      synchronized (this) {
        if (pool == null) {
          HikariConfig config = new HikariConfig();
          config.setPoolName("pos-replica");
          String configured = url.orElseThrow().trim();
          Map<String, String> parts =
              configured.startsWith("jdbc:") ? Map.of() : DatabaseUrlConfigSource.parse(configured);
          config.setJdbcUrl(jdbcUrl(configured));
          config.setUsername(
              user.filter(u -> !u.isBlank())
                  .orElse(parts.getOrDefault("pos.db.user", primaryUser)));
          config.setPassword(
              password.orElse(parts.getOrDefault("pos.db.password", primaryPassword.orElse(""))));
          config.setMaximumPoolSize(poolMax);
          config.setMinimumIdle(1);
          config.setReadOnly(true);
          // a replica that is down must cost a read a second at most, then the primary answers
          config.setConnectionTimeout(1000);
          config.setValidationTimeout(500);
          config.setInitializationFailTimeout(-1);
          config.addDataSourceProperty("ApplicationName", "pos-replica");
          config.addDataSourceProperty("stringtype", "unspecified");
          config.addDataSourceProperty("connectTimeout", "2");
          pool = new HikariDataSource(config);
        }
        p = pool;
      }
    }
    return p;
  }

  /** Accepts {@code jdbc:postgresql://...} and {@code postgres://user:pass@host:port/db}. */
  static String jdbcUrl(String configured) {
    String u = configured.trim();
    if (u.startsWith("jdbc:postgresql:")) {
      return u;
    }
    Map<String, String> parts = DatabaseUrlConfigSource.parse(u);
    return "jdbc:postgresql://"
        + parts.get("pos.db.host")
        + ":"
        + parts.get("pos.db.port")
        + "/"
        + parts.getOrDefault("pos.db.name", "pos");
  }

  @PreDestroy
  void close() {
    if (units != null) {
      units.close();
    }
    if (pool != null) {
      pool.close();
    }
  }
}
