package app.pos.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's share of the per-user request counters, kept in memory so that a signed-in
 * request writes nothing: each bucket's hits since its last flush are added to the shared row in
 * PostgreSQL at most once per {@link #FLUSH_EVERY} (on the request that finds the flush due), and
 * the total that row answers stands for every instance's hits. A bucket's first hit on this
 * instance flushes at once, so the limit is checked against the other instances' count from the
 * start; between flushes the others' hits are seen up to one interval late.
 */
@ApplicationScoped
public class UserHitTally {

  /** How stale the shared count may be; also the most hits a restart forgets per bucket. */
  public static final Duration FLUSH_EVERY = Duration.ofSeconds(1);

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** Hits to add to a bucket's shared row for a window (none when {@code hits} is 0). */
  public record Flush(String bucket, Instant windowStart, int hits) {}

  private static final class Bucket {
    Instant windowStart;
    long shared; // the row's total at the last flush, this instance's flushed hits included
    int pending; // this instance's hits since
    long flushedAtNanos;
    boolean flushedOnce;
  }

  /**
   * Counts a hit in the window; answers the hits to flush now (maybe none). Call {@link #flushed}
   * with the row's new total once they are written, or {@link #unflushed} when writing failed.
   */
  public Flush hit(String bucket, ThrottleWindow window, long nowNanos) {
    Bucket b = buckets.computeIfAbsent(bucket, k -> new Bucket());
    synchronized (b) {
      if (!window.start().equals(b.windowStart)) {
        // a new window: hits of the old one not yet flushed no longer limit anyone
        b.windowStart = window.start();
        b.shared = 0;
        b.pending = 0;
        b.flushedOnce = false;
      }
      b.pending++;
      if (b.flushedOnce && nowNanos - b.flushedAtNanos < FLUSH_EVERY.toNanos()) {
        return new Flush(bucket, b.windowStart, 0);
      }
      int hits = b.pending;
      b.pending = 0;
      b.flushedOnce = true;
      b.flushedAtNanos = nowNanos;
      return new Flush(bucket, b.windowStart, hits);
    }
  }

  /** The shared row's total after a flush (all instances' flushed hits). */
  public void flushed(Flush flush, long total) {
    Bucket b = buckets.get(flush.bucket());
    if (b == null) {
      return;
    }
    synchronized (b) {
      if (flush.windowStart().equals(b.windowStart)) {
        b.shared = Math.max(b.shared, total);
      }
    }
  }

  /** A flush that could not be written: its hits wait for the next one. */
  public void unflushed(Flush flush) {
    Bucket b = buckets.get(flush.bucket());
    if (b == null) {
      return;
    }
    synchronized (b) {
      if (flush.windowStart().equals(b.windowStart)) {
        b.pending += flush.hits();
        b.flushedOnce = false;
      }
    }
  }

  /** Hits counted against the bucket in its current window: every instance's as last known. */
  public long count(String bucket) {
    Bucket b = buckets.get(bucket);
    if (b == null) {
      return 0;
    }
    synchronized (b) {
      return b.shared + b.pending;
    }
  }

  /** Forgets buckets whose window closed before {@code before}. */
  public void forgetWindowsBefore(Instant before) {
    buckets
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                return e.getValue().windowStart == null
                    || e.getValue().windowStart.isBefore(before);
              }
            });
  }
}
