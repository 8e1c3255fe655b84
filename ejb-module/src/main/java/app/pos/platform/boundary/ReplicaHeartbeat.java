package app.pos.platform.boundary;

import app.pos.platform.control.BusinessMetrics;
import app.pos.platform.control.ReadReplica;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * With a read replica configured, once a second: writes this instance's heartbeat on the primary,
 * then measures the replica ({@link ReadReplica#check}). Without one, no timer is created.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReplicaHeartbeat {

  private static final Logger LOG = Logger.getLogger(ReplicaHeartbeat.class.getName());

  @Resource(lookup = "java:app/jdbc/pos")
  DataSource primary;

  @Resource TimerService timers;
  @Inject ReadReplica replica;
  @Inject BusinessMetrics metrics;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    if (replica.configured()) {
      forgetDeadInstances();
      timers.createIntervalTimer(0, 1000, new TimerConfig("replica-heartbeat", false));
      LOG.info("Read replica configured; lag limit " + replica.maxLag().toSeconds() + " s");
    }
  }

  @Timeout
  void beat() {
    if (!running.compareAndSet(false, true)) {
      return; // the previous check is still waiting for a slow replica
    }
    try {
      // registered here, not at start-up: the metrics registry may not be ready then (once only)
      metrics.replicaGauges(replica::status);
      write();
      replica.check();
    } finally {
      running.set(false);
    }
  }

  private void forgetDeadInstances() {
    try (Connection c = primary.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "DELETE FROM ops_replica_heartbeat WHERE beat_at < now() - interval '1 day'")) {
      s.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.FINE, "Could not remove old heartbeats", e);
    }
  }

  private void write() {
    Instant now = Instant.now();
    try (Connection c = primary.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO ops_replica_heartbeat (instance_id, beat_at) VALUES (?, ?)"
                    + " ON CONFLICT (instance_id) DO UPDATE SET beat_at = EXCLUDED.beat_at")) {
      s.setObject(1, replica.instance());
      s.setTimestamp(2, Timestamp.from(now));
      s.executeUpdate();
      if (!c.getAutoCommit()) {
        c.commit();
      }
      replica.beatWritten(now);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.FINE, "Could not write the replica heartbeat", e);
    }
  }
}
