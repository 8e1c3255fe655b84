package app.pos.devkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL primary and a streaming replica of it, for the replica ITs and the bench:
 * {@code initdb} into a temporary directory, {@code pg_basebackup -R} of it into another and a
 * second {@code postgres} on another port. The binaries are the ones the tests already use: the
 * machine's server's ({@code /usr/lib/postgresql/<version>/bin}) when 127.0.0.1:5432 answers, else
 * the embedded (zonky) ones, which ship no {@code pg_basebackup}: then the base backup is taken
 * with the low-level API ({@code pg_backup_start}, a copy, {@code pg_backup_stop}) and the standby
 * settings {@code -R} would write are written the same way. The machine's own server is not used as
 * the primary: replication connections need a {@code replication} line in its pg_hba.conf, which a
 * test must not edit. PostgreSQL refuses to run as root; as root the servers run as the {@code
 * postgres} account.
 */
public final class ReplicaCluster implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ReplicaCluster.class.getName());

  private final Path bin;
  private final Path dir;
  private final int primaryPort;
  private final int replicaPort;
  private final String database;
  private final List<String> runAs;

  private ReplicaCluster(Path bin, Path dir, int primaryPort, int replicaPort, String database) {
    this.bin = bin;
    this.dir = dir;
    this.primaryPort = primaryPort;
    this.replicaPort = replicaPort;
    this.database = database;
    this.runAs =
        "root".equals(System.getProperty("user.name")) && hasPostgresAccount()
            ? List.of("runuser", "-u", "postgres", "--")
            : List.of();
  }

  /** Starts the primary (with {@code database} created) and its replica, streaming. */
  public static ReplicaCluster start(int primaryPort, int replicaPort, String database)
      throws IOException, InterruptedException, SQLException {
    Path bin = binaries();
    Path dir = Files.createTempDirectory("pos-replica-");
    ReplicaCluster cluster = new ReplicaCluster(bin, dir, primaryPort, replicaPort, database);
    try {
      cluster.initPrimary();
      cluster.baseBackup();
      cluster.startReplica();
      cluster.awaitStreaming();
    } catch (IOException | InterruptedException | SQLException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    LOG.info(
        "Primary on port "
            + primaryPort
            + ", streaming replica on port "
            + replicaPort
            + " in "
            + dir
            + " (binaries "
            + bin
            + ")");
    return cluster;
  }

  /** The newest local server binaries when 127.0.0.1:5432 answers, else the embedded ones. */
  static Path binaries() throws IOException {
    String configured = System.getProperty("it.pg.bin");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (DatabaseServer.at("127.0.0.1", 5432, "postgres", "").answers()
        && Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        var newest =
            versions
                .map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("postgres")))
                .max(Comparator.comparing(b -> versionOf(b.getParent())));
        if (newest.isPresent()) {
          return newest.get();
        }
      }
    }
    // the zonky jar unpacks its binaries under the temporary directory when an embedded server
    // starts; start one (and stop it) if none was unpacked yet
    Path unpacked = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
    if (!Files.isDirectory(unpacked)) {
      DatabaseServer.embedded(null).close();
    }
    try (Stream<Path> dirs = Files.list(unpacked)) {
      return dirs.map(d -> d.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("postgres")))
          .findFirst()
          .orElseThrow(() -> new IOException("No PostgreSQL binaries under " + unpacked));
    }
  }

  private static boolean hasPostgresAccount() {
    try {
      return Files.readAllLines(Path.of("/etc/passwd")).stream()
          .anyMatch(l -> l.startsWith("postgres:"));
    } catch (IOException e) {
      return false;
    }
  }

  private static int versionOf(Path dir) {
    try {
      return Integer.parseInt(dir.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void initPrimary() throws IOException, InterruptedException, SQLException {
    owned(dir);
    run(
        bin.resolve("initdb").toString(),
        "-D",
        primaryDir().toString(),
        "-U",
        "postgres",
        "--auth=trust",
        "-E",
        "UTF8",
        "--no-locale");
    Files.writeString(
        primaryDir().resolve("postgresql.conf"),
        String.join(
            "\n",
            "",
            "port = " + primaryPort,
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = '" + dir + "'",
            "wal_level = replica",
            "max_wal_senders = 10",
            "wal_keep_size = '256MB'",
            "hot_standby = on",
            "hot_standby_feedback = on",
            "shared_preload_libraries = 'pg_stat_statements'",
            "pg_stat_statements.track = 'all'",
            "max_connections = 100",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            ""),
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(
        primaryDir().resolve("pg_hba.conf"),
        "\nhost replication all 127.0.0.1/32 trust\n",
        java.nio.file.StandardOpenOption.APPEND);
    pgCtl(primaryDir(), "start");
    try (Connection c = connect(primaryPort, "postgres");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    try (Connection c = connect(primaryPort, database);
        Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION pg_stat_statements");
    }
  }

  private void baseBackup() throws IOException, InterruptedException, SQLException {
    if (Files.isExecutable(bin.resolve("pg_basebackup"))) {
      run(
          bin.resolve("pg_basebackup").toString(),
          "-h",
          "127.0.0.1",
          "-p",
          String.valueOf(primaryPort),
          "-U",
          "postgres",
          "-D",
          replicaDir().toString(),
          "-R",
          "-X",
          "stream",
          "-c",
          "fast");
    } else {
      lowLevelBaseBackup();
    }
    Files.writeString(
        replicaDir().resolve("postgresql.auto.conf"),
        "\nport = " + replicaPort + "\n",
        java.nio.file.StandardOpenOption.APPEND);
  }

  /** What pg_basebackup -R does, with the SQL backup API and a file copy (same machine). */
  private void lowLevelBaseBackup() throws IOException, InterruptedException, SQLException {
    try (Connection c = connect(primaryPort, "postgres");
        Statement s = c.createStatement()) {
      int version = c.getMetaData().getDatabaseMajorVersion();
      var started =
          s.executeQuery(
              version >= 15
                  ? "SELECT pg_backup_start('replica', true)" // fast checkpoint
                  : "SELECT pg_start_backup('replica', true, false)");
      started.next();
      run("cp", "-a", primaryDir().toString(), replicaDir().toString());
      var stopped =
          s.executeQuery(
              version >= 15
                  ? "SELECT labelfile FROM pg_backup_stop(true)"
                  : "SELECT labelfile FROM pg_stop_backup(false, true)");
      stopped.next();
      Files.writeString(replicaDir().resolve("backup_label"), stopped.getString(1));
    }
    Files.deleteIfExists(replicaDir().resolve("postmaster.pid"));
    Files.createFile(replicaDir().resolve("standby.signal"));
    Files.writeString(
        replicaDir().resolve("postgresql.auto.conf"),
        "\nprimary_conninfo = 'host=127.0.0.1 port=" + primaryPort + " user=postgres'\n",
        java.nio.file.StandardOpenOption.APPEND);
    owned(replicaDir());
  }

  private void awaitStreaming() throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try (Connection c = connect(primaryPort, "postgres");
          Statement s = c.createStatement();
          var rs =
              s.executeQuery(
                  "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")) {
        rs.next();
        if (rs.getInt(1) > 0) {
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The replica did not start streaming within 60 s");
      }
      Thread.sleep(200);
    }
  }

  public void startReplica() throws IOException, InterruptedException {
    pgCtl(replicaDir(), "start");
  }

  /** Stops the replica as an operator would (open connections are cut). */
  public void stopReplica() throws IOException, InterruptedException {
    pgCtl(replicaDir(), "stop", "-m", "fast");
  }

  /** Makes the replica fall behind: it keeps receiving WAL but stops replaying it. */
  public void pauseReplay() throws SQLException {
    try (Connection c = connect(replicaPort, "postgres");
        Statement s = c.createStatement()) {
      s.execute("SELECT pg_wal_replay_pause()");
    }
  }

  public void resumeReplay() throws SQLException {
    try (Connection c = connect(replicaPort, "postgres");
        Statement s = c.createStatement()) {
      s.execute("SELECT pg_wal_replay_resume()");
    }
  }

  public Connection primary() throws SQLException {
    return connect(primaryPort, database);
  }

  public Connection replica() throws SQLException {
    return connect(replicaPort, database);
  }

  public int primaryPort() {
    return primaryPort;
  }

  public int replicaPort() {
    return replicaPort;
  }

  private Path primaryDir() {
    return dir.resolve("primary");
  }

  private Path replicaDir() {
    return dir.resolve("replica");
  }

  private static Connection connect(int port, String db) throws SQLException {
    DriverManager.setLoginTimeout(3);
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/" + db, "postgres", "");
  }

  private void pgCtl(Path data, String... action) throws IOException, InterruptedException {
    List<String> args =
        new ArrayList<>(
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-l",
                data + ".log",
                "-w",
                "-t",
                "60"));
    args.addAll(List.of(action));
    run(args.toArray(String[]::new));
  }

  private void owned(Path path) throws IOException, InterruptedException {
    if (!runAs.isEmpty()) {
      new ProcessBuilder("chown", "-R", "postgres", path.toString()).inheritIO().start().waitFor();
    }
  }

  private void run(String... command) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(runAs);
    args.addAll(List.of(command));
    Path log = dir.resolve("commands.log");
    Process p =
        new ProcessBuilder(args)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(
          String.join(" ", args) + " failed; output in " + log + ":\n" + tail(log));
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    for (Path data : List.of(replicaDir(), primaryDir())) {
      if (Files.exists(data.resolve("postmaster.pid"))) {
        try {
          pgCtl(data, "stop", "-m", "immediate");
        } catch (IOException | InterruptedException e) {
          LOG.warning("Could not stop the server in " + data + ": " + e.getMessage());
        }
      }
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.warning("Could not delete " + dir + ": " + e.getMessage());
    }
  }
}
