package app.pos.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parameters of type {@code password} handed from the start of a run to its job in memory only:
 * they are never written to the run's stored parameters nor given to the batch runtime (whose job
 * repository keeps parameters). The job takes them once; a run that never takes them (it failed to
 * start) has them dropped by {@link #drop}.
 */
@ApplicationScoped
public class JobSecrets {

  private final Map<UUID, Map<String, String>> byRun = new ConcurrentHashMap<>();

  public void hold(UUID run, Map<String, String> secrets) {
    if (!secrets.isEmpty()) {
      byRun.put(run, Map.copyOf(secrets));
    }
  }

  /** The run's secrets, removed as they are read (empty when none were given). */
  public Map<String, String> take(UUID run) {
    Map<String, String> secrets = byRun.remove(run);
    return secrets == null ? Map.of() : secrets;
  }

  public void drop(UUID run) {
    byRun.remove(run);
  }
}
