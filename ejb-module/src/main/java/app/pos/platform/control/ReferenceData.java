package app.pos.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What every sale reads and almost nothing changes (a business's settings, its chart of accounts, a
 * storefront, the lock date), kept per business for {@link #LIFETIME} so that a checkout reads it
 * once in a while instead of once per sale. The component that owns the data says when it changes
 * ({@link #changed}): the copy is dropped on this instance when that transaction ends, and the
 * transaction itself reads the database again until then (it sees its own change, which no one else
 * may see yet). Another instance keeps its copy for at most the lifetime: where money depends on
 * it, the database stands behind the copy (the lock-date trigger) or the use reads afresh (the
 * ledger's own entries check the chart anew).
 */
@ApplicationScoped
public class ReferenceData {

  /** How long another instance may still use what was changed here. */
  public static final Duration LIFETIME = Duration.ofSeconds(5);

  /** More entries than this and the expired ones go (all of them when none has expired). */
  private static final int MOST = 20_000;

  /** A kind of reference data (say, "chart") and whose it is (a business, a storefront). */
  private record Key(String kind, Object id) {}

  private record Copy(Object value, long expiresAtNanos) {}

  private final Map<Key, Copy> copies = new ConcurrentHashMap<>();

  /** Bumped by every change: a read of the database that started before it is not kept. */
  private final AtomicLong changes = new AtomicLong();

  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * The copy of {@code kind} for {@code id}, or what {@code read} answers (kept, unless a change
   * raced the read). The value must be immutable: it is shared by every request.
   */
  @SuppressWarnings("unchecked")
  public <V> V read(String kind, Object id, Supplier<V> read) {
    Key key = new Key(kind, id);
    Set<Key> changedHere = changedHere();
    if (changedHere.contains(key) || changedHere.contains(new Key(kind, EVERY))) {
      return read.get();
    }
    long now = System.nanoTime();
    Copy copy = copies.get(key);
    if (copy != null && now - copy.expiresAtNanos() < 0) {
      return (V) copy.value();
    }
    long changesBefore = changes.get();
    V value = read.get();
    if (mayKeep()) {
      keep(key, value, changesBefore);
    }
    return value;
  }

  private void keep(Key key, Object value, long changesBefore) {
    long now = System.nanoTime();
    if (copies.size() >= MOST) {
      copies.values().removeIf(c -> now - c.expiresAtNanos() > 0);
      if (copies.size() >= MOST) {
        copies.clear();
      }
    }
    Copy copy = new Copy(value, now + LIFETIME.toNanos());
    copies.put(key, copy);
    if (changes.get() != changesBefore) {
      copies.remove(key, copy); // a change raced the read: it may predate it
    }
  }

  /**
   * {@code kind} of {@code id} changes in the current transaction: dropped now, and again when the
   * transaction ends (a read between the two saw the old figures).
   */
  public void changed(String kind, Object id) {
    drop(new Key(kind, id));
  }

  /** As {@link #changed}, for every copy of {@code kind} (a plan's limits, say, shared by many). */
  public void changedAll(String kind) {
    drop(new Key(kind, EVERY));
  }

  /** The id of a {@link Key} that stands for every copy of its kind. */
  private static final Object EVERY = new Object();

  private void drop(Key key) {
    Runnable drop =
        () -> {
          changes.incrementAndGet();
          if (key.id() == EVERY) {
            copies.keySet().removeIf(k -> k.kind().equals(key.kind()));
          } else {
            copies.remove(key);
          }
        };
    drop.run();
    if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return;
    }
    Set<Key> changedHere = changedHere();
    if (changedHere.isEmpty()) {
      changedHere = new HashSet<>();
      transactions.putResource(ReferenceData.class, changedHere);
    }
    if (changedHere.add(key)) {
      AfterTransaction.run(transactions, drop);
    }
  }

  /**
   * Whether what the current transaction reads may be kept: outside one, or in one still active (a
   * transaction marked for rollback or completing may read its own changes without having been able
   * to say so, and they may never commit).
   */
  private boolean mayKeep() {
    return transactions == null
        || transactions.getTransactionKey() == null
        || transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
  }

  /** What the current transaction has changed so far (it reads those from the database). */
  @SuppressWarnings("unchecked")
  private Set<Key> changedHere() {
    if (transactions == null || transactions.getTransactionKey() == null) {
      return Set.of();
    }
    Set<Key> changed = (Set<Key>) transactions.getResource(ReferenceData.class);
    return changed == null ? Set.of() : changed;
  }
}
