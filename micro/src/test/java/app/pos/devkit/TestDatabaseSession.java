package app.pos.devkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Once per test run, before any test: an SMTP server (GreenMail), a fresh database (on
 * 127.0.0.1:5432 when it answers, else on an embedded PostgreSQL), signing keys, and the system
 * properties arquillian.xml hands to Payara Micro. The database is dropped when the run ends, so
 * runs never see each other's data.
 */
public class TestDatabaseSession implements LauncherSessionListener {

  private static final Logger LOG = Logger.getLogger(TestDatabaseSession.class.getName());

  private static GreenMail smtp;
  private static FakeGateway gateway;

  private DatabaseServer server;
  private String database;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("payara.microJar") == null) {
      return; // not a Failsafe run (an IDE running unit tests): nothing to provision
    }
    try {
      Path target = Path.of(System.getProperty("pos.war")).getParent();
      server = DatabaseServer.localOrEmbedded(null);
      database = "pos_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      server.createDatabaseIfMissing(database);
      SigningKeys keys = SigningKeys.loadOrCreate(target.resolve("it-keys"));
      Path logs = Files.createDirectories(target.resolve("it-logs"));
      System.setProperty("it.db.host", server.host());
      System.setProperty("it.db.port", String.valueOf(server.port()));
      System.setProperty("it.db.name", database);
      System.setProperty("it.db.user", server.user());
      System.setProperty("it.jwt.public", keys.publicKey().toUri().toString());
      System.setProperty("it.jwt.private", keys.privateKey().toString());
      System.setProperty("it.log.dir", logs.toString());
      // the contract validator's e-mail check brings javax mail, whose mailcap claims multipart/*
      // for javax handlers that cannot load here: GreenMail could not store HTML mail
      jakarta.activation.MailcapCommandMap mailcap = new jakarta.activation.MailcapCommandMap();
      mailcap.addMailcap(
          "multipart/*;; x-java-content-handler=org.eclipse.angus.mail.handlers.multipart_mixed");
      mailcap.addMailcap(
          "text/plain;; x-java-content-handler=org.eclipse.angus.mail.handlers.text_plain");
      mailcap.addMailcap(
          "text/html;; x-java-content-handler=org.eclipse.angus.mail.handlers.text_html");
      jakarta.activation.CommandMap.setDefaultCommandMap(mailcap);
      smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
      System.setProperty("it.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
      // ports for ReplicaIT's own primary and streaming replica (arquillian.xml's
      // payara-micro-replica container); the servers start only when that class deploys
      System.setProperty("it.replica.primary.port", String.valueOf(freePort()));
      System.setProperty("it.replica.port", String.valueOf(freePort()));
      gateway = FakeGateway.start();
      System.setProperty("it.gateway.port", String.valueOf(gateway.port()));
      // the origin a browser test serves its page from: the only one the server lets call it
      try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
        System.setProperty("it.cors.port", String.valueOf(free.getLocalPort()));
      }
      // every Location the suite receives is followed and must answer 200
      io.restassured.RestAssured.filters(new FollowLocations());
      LOG.info("Integration tests use database " + database + " on port " + server.port());
    } catch (Exception e) {
      throw new IllegalStateException("Cannot provision the test database", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (smtp != null) {
      smtp.stop();
    }
    if (gateway != null) {
      gateway.close();
    }
    if (server == null) {
      return;
    }
    try {
      server.dropDatabase(database);
      server.close();
    } catch (Exception e) {
      LOG.warning("Could not drop test database " + database + ": " + e.getMessage());
    }
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The fake Stripe and Paystack the application under test calls. */
  public static FakeGateway gateway() {
    return gateway;
  }

  /** The SMTP server the application under test sends its mail to. */
  public static GreenMail mailbox() {
    return smtp;
  }

  /** Plain JDBC to the run's database, for tests that check what was (not) written. */
  public static java.sql.Connection connect() throws java.sql.SQLException {
    return DatabaseServer.at(
            System.getProperty("it.db.host"),
            Integer.parseInt(System.getProperty("it.db.port")),
            System.getProperty("it.db.user"),
            "")
        .connect(System.getProperty("it.db.name"));
  }
}
