package app.pos.devkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Row locks seen from outside the server: a test holds a stock row in a transaction of its own,
 * waits until a request's statement queues behind it, then asks what that request had locked or
 * written by then. This is how lock order is checked without reading the code.
 */
public final class RowLocks {

  private RowLocks() {}

  /** The backend process of a connection, as pg_stat_activity and pg_locks name it. */
  public static int pid(Connection c) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SELECT pg_backend_pid()");
        ResultSet r = q.executeQuery()) {
      r.next();
      return r.getInt(1);
    }
  }

  /** Locks a product's stock row at a location (FOR UPDATE, NOWAIT when asked). */
  public static void lockStockRow(Connection c, String product, String location, boolean noWait)
      throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT on_hand FROM inv_stock_balance WHERE product_id = ?::uuid"
                + " AND location_id = ?::uuid FOR UPDATE"
                + (noWait ? " NOWAIT" : ""))) {
      q.setString(1, product);
      q.setString(2, location);
      q.executeQuery().close();
    }
  }

  /** Waits (up to 20 s) until some statement waits for the holder's locks; answers its backend. */
  public static int awaitBlockedBy(int holder, Connection probe) throws Exception {
    return awaitBlockedBy(holder, probe, 1).get(0);
  }

  /** Waits (up to 20 s) until {@code count} statements wait for the holder's locks. */
  public static List<Integer> awaitBlockedBy(int holder, Connection probe, int count)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      // a second waiter for a row queues behind the first, so follow the chain from the holder
      Map<Integer, List<Integer>> blockers = new HashMap<>();
      try (PreparedStatement q =
              probe.prepareStatement(
                  "SELECT pid, pg_blocking_pids(pid) FROM pg_stat_activity"
                      + " WHERE cardinality(pg_blocking_pids(pid)) > 0");
          ResultSet r = q.executeQuery()) {
        while (r.next()) {
          blockers.put(r.getInt(1), List.of((Integer[]) r.getArray(2).getArray()));
        }
      }
      List<Integer> waiting = new ArrayList<>();
      Set<Integer> behind = new HashSet<>(Set.of(holder));
      for (boolean grew = true; grew; ) {
        grew = false;
        for (Map.Entry<Integer, List<Integer>> b : blockers.entrySet()) {
          if (!behind.contains(b.getKey()) && b.getValue().stream().anyMatch(behind::contains)) {
            behind.add(b.getKey());
            waiting.add(b.getKey());
            grew = true;
          }
        }
      }
      if (waiting.size() >= count) {
        return waiting;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("fewer than " + count + " statements waited for the held row");
  }

  /** The tables a backend has inserted into or updated so far in its transaction. */
  public static Set<String> tablesWrittenBy(int pid, Connection probe) throws SQLException {
    Set<String> tables = new HashSet<>();
    try (PreparedStatement q =
        probe.prepareStatement(
            "SELECT relation::regclass::text FROM pg_locks WHERE pid = ? AND locktype = 'relation'"
                + " AND mode = 'RowExclusiveLock'")) {
      q.setInt(1, pid);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
    }
    return tables;
  }
}
