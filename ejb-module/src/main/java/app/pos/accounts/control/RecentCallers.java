package app.pos.accounts.control;

import app.pos.accounts.boundary.Caller;
import app.pos.platform.control.AfterTransaction;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Tokens this instance authenticated in the last {@link #LIFETIME}, with the caller each spoke for,
 * so that a client's burst of requests reads the user once. Dropped on this instance at once (and
 * again when the change commits) when the token is signed out or the user or person changes: role,
 * active flag, storefronts, password, superuser powers. Another instance holds its own copy for at
 * most the lifetime.
 */
@ApplicationScoped
public class RecentCallers {

  /** How long another instance may still accept a token signed out (or a user changed) here. */
  public static final Duration LIFETIME = Duration.ofSeconds(5);

  /** More entries than this and the expired ones go (all of them when none has expired). */
  private static final int MOST = 20_000;

  private record Entry(UUID userId, UUID personId, Caller caller, long expiresAtNanos) {}

  private final Map<UUID, Entry> byToken = new ConcurrentHashMap<>();

  /** Bumped by every change: a read of the database that started before it is not kept. */
  private final AtomicLong changes = new AtomicLong();

  @Resource TransactionSynchronizationRegistry transactions;

  /** Read before the database is: pass it to {@link #keep}. */
  public long changesSoFar() {
    return changes.get();
  }

  public Optional<Caller> find(UUID jti, UUID userId, UUID businessId) {
    Entry e = byToken.get(jti);
    if (e == null) {
      return Optional.empty();
    }
    if (System.nanoTime() - e.expiresAtNanos() > 0
        || !e.userId().equals(userId)
        || !e.caller().businessId().equals(businessId)) {
      byToken.remove(jti, e);
      return Optional.empty();
    }
    return Optional.of(e.caller());
  }

  /** Keeps what the database said, unless something changed since {@code changesBefore}. */
  public void keep(UUID jti, UUID personId, Caller caller, long changesBefore) {
    long now = System.nanoTime();
    if (byToken.size() >= MOST) {
      byToken.values().removeIf(e -> now - e.expiresAtNanos() > 0);
      if (byToken.size() >= MOST) {
        byToken.clear();
      }
    }
    Entry entry = new Entry(caller.userId(), personId, caller, now + LIFETIME.toNanos());
    byToken.put(jti, entry);
    if (changes.get() != changesBefore) {
      byToken.remove(jti, entry); // a change raced the read: it may predate it
    }
  }

  /** A signed-out token. */
  public void forgetToken(UUID jti) {
    forget(e -> true, jti);
  }

  /** A membership changed (role, active flag, storefronts, superuser, removed). */
  public void forgetUser(UUID userId) {
    forget(e -> e.userId().equals(userId), null);
  }

  /** A person changed (password, temporary password, verified address): all their memberships. */
  public void forgetPerson(UUID personId) {
    forget(e -> e.personId().equals(personId), null);
  }

  // now, and once more after the transaction that made the change has ended
  private void forget(Predicate<Entry> which, UUID jti) {
    Runnable drop =
        () -> {
          changes.incrementAndGet();
          if (jti != null) {
            byToken.remove(jti);
          } else {
            byToken.values().removeIf(which);
          }
        };
    drop.run();
    AfterTransaction.run(transactions, drop);
  }
}
