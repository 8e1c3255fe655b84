package app.pos.platform.control;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * The replica entity manager of the call running on this thread, if it was routed to the replica.
 * Set and cleared by {@link ReplicaReadsInterceptor}; read by {@link TenantStore} (and the few
 * cross-tenant readers) to choose where a query goes.
 */
final class ReplicaSession {

  private static final ThreadLocal<EntityManager> CURRENT = new ThreadLocal<>();

  private ReplicaSession() {}

  static Optional<EntityManager> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  static EntityManager enter(EntityManager em) {
    EntityManager previous = CURRENT.get();
    CURRENT.set(em);
    return previous;
  }

  static void leave(EntityManager previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
