package app.pos.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has headroom; a process that is out of memory should be restarted. */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

  private static final double MAX_HEAP_USE = 0.95;

  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    double share = (double) used / rt.maxMemory();
    return HealthCheckResponse.named("application")
        .status(share < MAX_HEAP_USE)
        .withData("heap_used_mb", used / (1024 * 1024))
        .withData("heap_max_mb", rt.maxMemory() / (1024 * 1024))
        .build();
  }
}
