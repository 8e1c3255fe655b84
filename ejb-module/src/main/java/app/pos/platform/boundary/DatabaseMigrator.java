package app.pos.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the newest Flyway migration before the application serves a request. The
 * schema is owned here, never by the JPA provider.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/pos",
    className = "org.postgresql.ds.PGSimpleDataSource",
    // the working set is in memory (on SSD at worst): an index probe costs about what a page of a
    // scan does, so a checkout's few rows are found by key even in a small table (at the default
    // of 4 the planner scanned a 1,000-row stock table for three lots)
    url =
        "jdbc:postgresql://${MPCONFIG=pos.db.host}:${MPCONFIG=pos.db.port}/${MPCONFIG=pos.db.name}"
            + "?options=-c%20random_page_cost%3D1.1",
    user = "${MPCONFIG=pos.db.user}",
    password = "${MPCONFIG=pos.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "reWriteBatchedInserts=true",
      "ApplicationName=pos",
      // nulls and strings bound as "unspecified": a NULL uuid from the JPA provider is not a
      // varchar
      "stringtype=unspecified",
      // Payara's pool: a connection idle for 2 s or more is checked before it is handed out, and
      // one failed check empties the pool, so a database restart or failover costs no request
      // made after it (without this, every pooled connection stayed broken until a restart)
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "fish.payara.fail-all-connections=true"
    })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "java:app/jdbc/pos")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "pos.db.host")
  String host;

  @Inject
  @ConfigProperty(name = "pos.db.port")
  int port;

  @Inject
  @ConfigProperty(name = "pos.db.name")
  String databaseName;

  @Inject
  @ConfigProperty(name = "pos.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "pos.db.password")
  String password;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    Instant started = Instant.now();
    createDatabaseIfMissing();
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .table("flyway_schema_history")
            .load()
            .migrate();
    migrated = result.success;
    LOG.info(
        () ->
            String.format(
                "Schema at version %s (%d migrations applied) in %d ms",
                result.targetSchemaVersion,
                result.migrationsExecuted,
                Duration.between(started, Instant.now()).toMillis()));
  }

  /** True once the schema is at the newest migration: readiness depends on it. */
  public boolean isMigrated() {
    return migrated;
  }

  /** Answers whether the database takes a query within two seconds. */
  public boolean databaseAnswers() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      return s.execute("SELECT 1");
    } catch (SQLException e) {
      LOG.warning(() -> "Database does not answer: " + e.getMessage());
      return false;
    }
  }

  /**
   * A fresh server has no application database yet: create it through the maintenance database so
   * that no one has to run createdb by hand.
   */
  private void createDatabaseIfMissing() {
    Properties credentials = new Properties();
    credentials.setProperty("user", user);
    credentials.setProperty("password", password == null ? "" : password);
    String base = "jdbc:postgresql://" + host + ":" + port + "/";
    try (Connection probe = new org.postgresql.Driver().connect(base + databaseName, credentials)) {
      return; // exists
    } catch (SQLException e) {
      if (!"3D000".equals(e.getSQLState())) { // anything but "database does not exist"
        throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
      }
    }
    if (!databaseName.matches("[A-Za-z0-9_]+")) {
      throw new IllegalStateException("Refusing to create a database named " + databaseName);
    }
    try (Connection admin = new org.postgresql.Driver().connect(base + "postgres", credentials);
        Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE " + databaseName);
      LOG.info(() -> "Created database " + databaseName);
    } catch (SQLException e) {
      if (!"42P04".equals(e.getSQLState())) { // another instance created it meanwhile
        throw new IllegalStateException("Cannot create database " + databaseName, e);
      }
    }
  }
}
