package app.pos.platform.health;

import app.pos.platform.boundary.DatabaseMigrator;
import app.pos.platform.control.ReadReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers and the schema is at the newest migration; with a read
 * replica configured, also says whether reads use it ({@code replica: UP}) or fall back to the
 * primary ({@code replica: DEGRADED}, still UP overall). The migrator is looked up lazily: health
 * beans are created before EJBs on Payara Server.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Inject Instance<DatabaseMigrator> migrator;
  @Inject Instance<ReadReplica> replicas;

  @Override
  public HealthCheckResponse call() {
    boolean migrated = false;
    boolean answers = false;
    try {
      DatabaseMigrator m = migrator.get();
      migrated = m.isMigrated();
      answers = m.databaseAnswers();
    } catch (RuntimeException notYetDeployed) {
      // the EJB is not available yet: not ready
    }
    HealthCheckResponseBuilder health =
        HealthCheckResponse.named("database")
            .status(migrated && answers)
            .withData("connection", answers)
            .withData("migrations", migrated);
    ReadReplica replica = replicas.get();
    if (replica.configured()) {
      // a replica that is down or behind degrades reads to the primary; it never makes us unready
      ReadReplica.Status status = replica.status();
      health
          .withData("replica", status.state().name())
          .withData("replica_lag_ms", status.lag().toMillis())
          .withData("replica_as_of", String.valueOf(status.asOf()))
          .withData("replica_detail", status.reason());
    }
    return health.build();
  }
}
