package app.pos.platform.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Routes a {@link ReadsReplica} call: to the replica when {@link ReadReplica#usableFor} the caller
 * (or, for a call without a user, once the replica has replayed past the moment it started), else
 * (and always without a replica configured) to the primary as before. A call that fails on the
 * replica because of the database (down, stopped, connection cut) is run again on the primary, so a
 * replica going away costs no request. Failures of the call itself (bad input, not found) are
 * passed on unchanged.
 */
@ReadsReplica
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ReplicaReadsInterceptor {

  @Inject ReadReplica replica;
  @Inject CurrentTenant tenant;
  @Inject DataFreshness freshness;
  @Inject BusinessMetrics metrics;

  @AroundInvoke
  public Object route(InvocationContext call) throws Exception {
    if (ReplicaSession.current().isPresent() || !replica.configured()) {
      return call.proceed(); // nested, or no replica: exactly as without this interceptor
    }
    Optional<UUID> caller = caller();
    boolean usable =
        caller.isPresent()
            ? replica.usableFor(caller)
            // no user (a timer, a batch step): the replica must have replayed past this moment,
            // so the read sees everything committed before it started
            : replica.caughtUpTo(Instant.now());
    if (!usable) {
      return onPrimary(call);
    }
    Instant asOf = replica.status().asOf();
    EntityManager em;
    try {
      em = replica.open();
    } catch (RuntimeException unavailable) {
      replica.failed(unavailable);
      metrics.replicaFallback();
      return onPrimary(call);
    }
    EntityManager previous = ReplicaSession.enter(em);
    try {
      // one read-only snapshot for the whole call, as the primary's transaction would give
      em.getTransaction().begin();
      Object result = call.proceed();
      served(DataFreshness.Source.REPLICA, asOf);
      metrics.replicaRead("replica");
      return result;
    } catch (Exception e) {
      if (!causedByDatabase(e)) {
        served(DataFreshness.Source.REPLICA, asOf); // a 404 from the replica is as of then too
        throw e;
      }
      replica.failed(e instanceof RuntimeException r ? r : new IllegalStateException(e));
      metrics.replicaFallback();
      ReplicaSession.leave(previous);
      previous = null;
      return onPrimary(call);
    } finally {
      ReplicaSession.leave(previous);
      close(em);
    }
  }

  private Optional<UUID> caller() {
    try {
      return tenant.userId();
    } catch (ContextNotActiveException noRequest) {
      return Optional.empty();
    }
  }

  private Object onPrimary(InvocationContext call) throws Exception {
    Instant asOf = Instant.now();
    try {
      return call.proceed();
    } finally {
      served(DataFreshness.Source.PRIMARY, asOf);
      metrics.replicaRead("primary");
    }
  }

  private void served(DataFreshness.Source source, Instant asOf) {
    try {
      freshness.served(source, asOf);
    } catch (ContextNotActiveException noRequest) {
      // a timer or batch thread without a request context: nothing to answer
    }
  }

  private static void close(EntityManager em) {
    try {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    } catch (RuntimeException ignored) {
      // a connection the replica cut: the pool discards it
    }
  }

  /** Whether the failure came from the database connection rather than from the call's rules. */
  static boolean causedByDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DomainException) {
        return false;
      }
      if (t instanceof SQLException
          || t instanceof jakarta.persistence.PersistenceException
          || t.getClass().getName().startsWith("org.eclipse.persistence.exceptions.")
          || t.getClass().getName().startsWith("org.hibernate.")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
