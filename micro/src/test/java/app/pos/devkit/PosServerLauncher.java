package app.pos.devkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The README's run command: a database (DATABASE_URL or POS_DB_* when given, else an embedded
 * PostgreSQL keeping its data under {@code data/}), signing keys, then Payara Micro serving the
 * application at the root of port 8080. Output goes to the console and to {@code logs/server.log}.
 * Ctrl-C stops the server and the embedded database.
 */
public final class PosServerLauncher {

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    Path repo = Path.of(System.getProperty("pos.repo.dir", ".")).toAbsolutePath().normalize();
    Path data = repo.resolve("data");
    Path logs = repo.resolve("logs");
    Files.createDirectories(logs);

    // DATABASE_URL or POS_DB_* name an existing server, which the application reads itself (and
    // creates its database on when missing); without them, an embedded PostgreSQL under data/.
    boolean external = env.containsKey("DATABASE_URL") || env.containsKey("POS_DB_HOST");
    DatabaseServer db = external ? null : DatabaseServer.embedded(data.resolve("postgres"));
    // the JPA provider connects while the application deploys, before any of its code runs: the
    // database must exist by then
    createDatabaseIfMissing(env, db);

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(env.getOrDefault("POS_JAVA_OPTS", "-Xmx768m").trim().split("\\s+")));
    if (db != null) {
      command.add("-Dpos.db.host=" + db.host());
      command.add("-Dpos.db.port=" + db.port());
      command.add("-Dpos.db.user=" + db.user());
    }
    command.add("-Dpos.log.dir=" + logs);
    command.add("-Dpos.data.dir=" + data);
    if (!env.containsKey("DEBUG")) {
      command.add("-Ddebug=true"); // a developer's server; production sets DEBUG=false
    }
    if (!env.containsKey("MP_JWT_VERIFY_PUBLICKEY")
        && !env.containsKey("MP_JWT_VERIFY_PUBLICKEY_LOCATION")) {
      SigningKeys keys = SigningKeys.loadOrCreate(data.resolve("keys"));
      System.err.println(
          "WARNING: signing tokens with the development key pair in "
              + keys.publicKey().getParent()
              + "; set MP_JWT_VERIFY_PUBLICKEY and POS_JWT_PRIVATE_KEY in production");
      command.add("-Dmp.jwt.verify.publickey.location=" + keys.publicKey().toUri());
      command.add("-Dpos.jwt.private-key.location=" + keys.privateKey());
    }
    command.add("-jar");
    command.add(System.getProperty("payara.microJar"));
    command.add("--deploy");
    command.add(System.getProperty("pos.war"));
    command.add("--contextroot");
    command.add("/");
    command.add("--port");
    command.add(env.getOrDefault("PORT", "8080"));
    command.add("--nocluster");
    // connection, header and socket limits of the HTTP listener
    command.add("--prebootcommandfile");
    command.add(repo.resolve("config/payara-limits.asadmin").toString());

    Process server =
        new ProcessBuilder(command).redirectErrorStream(true).directory(repo.toFile()).start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.destroy();
                  try {
                    server.waitFor();
                    if (db != null) {
                      db.close();
                    }
                  } catch (InterruptedException | IOException ignored) {
                    // shutting down anyway
                  }
                }));
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        OutputStream file =
            Files.newOutputStream(
                logs.resolve("server.log"), StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      String line;
      while ((line = out.readLine()) != null) {
        System.out.println(line);
        file.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        file.flush();
      }
    }
    int exit = server.waitFor();
    if (db != null) {
      db.close();
    }
    System.exit(exit);
  }

  /** Creates the application's database on the server it will use, when it is not there yet. */
  static void createDatabaseIfMissing(Map<String, String> env, DatabaseServer embedded) {
    String host = env.getOrDefault("POS_DB_HOST", "localhost");
    int port = Integer.parseInt(env.getOrDefault("POS_DB_PORT", "5432"));
    String user = env.getOrDefault("POS_DB_USER", "postgres");
    String password = env.getOrDefault("POS_DB_PASSWORD", "postgres");
    String name = env.getOrDefault("POS_DB_NAME", "pos");
    if (env.containsKey("DATABASE_URL")) {
      java.net.URI uri =
          java.net.URI.create(
              env.get("DATABASE_URL").trim().replaceFirst("^postgresql://", "postgres://"));
      host = uri.getHost();
      port = uri.getPort() < 0 ? 5432 : uri.getPort();
      if (uri.getPath() != null && uri.getPath().length() > 1) {
        name = uri.getPath().substring(1);
      }
      if (uri.getRawUserInfo() != null) {
        String[] parts = uri.getRawUserInfo().split(":", 2);
        user = java.net.URLDecoder.decode(parts[0], java.nio.charset.StandardCharsets.UTF_8);
        password =
            parts.length > 1
                ? java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8)
                : "";
      }
    }
    DatabaseServer server =
        embedded != null ? embedded : DatabaseServer.at(host, port, user, password);
    try {
      server.createDatabaseIfMissing(name);
    } catch (java.sql.SQLException e) {
      System.err.println(
          "WARNING: could not create database "
              + name
              + " ("
              + e.getMessage()
              + "); it must exist");
    }
  }
}
