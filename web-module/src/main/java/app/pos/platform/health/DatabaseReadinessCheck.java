package app.pos.platform.health;

import app.pos.platform.boundary.DatabaseMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers and the schema is at the newest migration. The migrator is
 * looked up lazily: health beans are created before EJBs on Payara Server (TECH-NOTES).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Inject Instance<DatabaseMigrator> migrator;

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
    return HealthCheckResponse.named("database")
        .status(migrated && answers)
        .withData("connection", answers)
        .withData("migrations", migrated)
        .build();
  }
}
