package app.pos.devkit;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Boots the one Payara Micro that every {@link SharedServer} class of a run talks to, the first
 * time any of them starts, and stops it when the run ends. It fills each test's
 * {@code @ArquillianResource URL} fields with the server's address.
 *
 * <p>It is a plain JUnit extension rather than an Arquillian deployment so that IT classes can run
 * at the same time (Arquillian's test lifecycle is one class at a time): the server is started from
 * a memoized value in the root store, which JUnit computes once even when several classes ask for
 * it together. The server's console goes to {@code target/it-logs/shared-server.out}.
 */
public final class SharedServerExtension implements BeforeAllCallback, TestInstancePostProcessor {

  private static final Namespace NAMESPACE = Namespace.create(SharedServerExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  @Override
  public void postProcessTestInstance(Object test, ExtensionContext context)
      throws IllegalAccessException {
    URL base = server(context).base;
    for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.isAnnotationPresent(ArquillianResource.class) && field.getType() == URL.class) {
          field.setAccessible(true);
          field.set(test, base);
        }
      }
    }
  }

  private static RunningServer server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            RunningServer.class, type -> RunningServer.boot(), RunningServer.class);
  }

  /** The server process; closed by JUnit when the root store closes, at the end of the run. */
  static final class RunningServer implements ExtensionContext.Store.CloseableResource {

    private static final Logger LOG = Logger.getLogger(RunningServer.class.getName());
    private static final Duration BOOT_LIMIT = Duration.ofSeconds(240);

    private final Process process;
    private final URL base;

    private RunningServer(Process process, URL base) {
      this.process = process;
      this.base = base;
    }

    static RunningServer boot() {
      try {
        Path target = Path.of(System.getProperty("pos.war")).getParent();
        Path deployment =
            Files.createDirectories(target.resolve("shared-server")).resolve("pos.war");
        SharedServerDeployment.application()
            .as(ZipExporter.class)
            .exportTo(deployment.toFile(), true);
        int port = freePort();
        Path console = Path.of(System.getProperty("it.log.dir")).resolve("shared-server.out");
        Instant started = Instant.now();
        Process process =
            new ProcessBuilder(command(deployment, port))
                .redirectErrorStream(true)
                .redirectOutput(console.toFile())
                .start();
        URL base = URI.create("http://127.0.0.1:" + port + "/").toURL();
        RunningServer server = new RunningServer(process, base);
        try {
          server.awaitReady(console);
        } catch (RuntimeException e) {
          server.close();
          throw e;
        }
        // before any test sends a request: REST Assured's filter list is not safe to change
        // while other threads are using it
        ApiContract.install();
        LOG.info(
            "Shared server ready at "
                + base
                + " in "
                + Duration.between(started, Instant.now()).toSeconds()
                + " s (console: "
                + console
                + ")");
        return server;
      } catch (IOException e) {
        throw new IllegalStateException("cannot start the shared server", e);
      }
    }

    /** The server's JVM options; POS_IT_SERVER_JVM replaces them (to measure or profile a run). */
    private static final String SERVER_JVM =
        System.getenv()
            .getOrDefault("POS_IT_SERVER_JVM", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");

    /** The settings the tests rely on (what the it.* properties of TestDatabaseSession name). */
    private static List<String> command(Path deployment, int port) {
      List<String> c = new ArrayList<>();
      c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      for (String option : SERVER_JVM.trim().split("\\s+")) {
        if (!option.isEmpty()) {
          c.add(option);
        }
      }
      c.addAll(
          List.of(
              "-Dpos.db.host=" + it("db.host"),
              "-Dpos.db.port=" + it("db.port"),
              "-Dpos.db.name=" + it("db.name"),
              "-Dpos.db.user=" + it("db.user"),
              "-Dmp.jwt.verify.publickey.location=" + it("jwt.public"),
              "-Dpos.jwt.private-key.location=" + it("jwt.private"),
              "-Dpos.log.dir=" + it("log.dir"),
              "-Ddebug=true",
              "-Dpos.password.iterations=1024",
              "-Dplatform.owner.email=" + PosApi.PLATFORM_OWNER,
              "-Denable.api.throttle=true",
              "-Dmail.host=127.0.0.1",
              "-Dmail.port=" + it("smtp.port"),
              "-Dmail.from=pos@shop.test",
              "-Dpos.throttle.anonymous-per-hour=100000",
              "-Dpos.throttle.user-per-hour=100000",
              "-Dpos.throttle.sign-in-per-ip-per-minute=100000",
              "-Dstripe.api.base=http://127.0.0.1:" + it("gateway.port") + "/stripe",
              "-Dstripe.secret.key=sk_test_fake_stripe",
              "-Dstripe.public.key=pk_test_fake",
              "-Dstripe.webhook.secret=whsec_test_fake",
              "-Dpaystack.api.base=http://127.0.0.1:" + it("gateway.port") + "/paystack",
              "-Dpaystack.secret.key=sk_test_fake_paystack",
              "-Dpos.secrets.key=it-only-secrets-key-0123456789",
              "-Dpos.cors.allowed-origins=http://127.0.0.1:" + it("cors.port"),
              "-jar",
              System.getProperty("payara.microJar"),
              "--deploy",
              deployment.toString(),
              "--port",
              String.valueOf(port),
              "--nocluster",
              "--prebootcommandfile",
              Path.of(System.getProperty("pos.repo.dir"), "config", "payara-limits.asadmin")
                  .toString()));
      return c;
    }

    private static String it(String name) {
      String value = System.getProperty("it." + name);
      if (value == null) {
        throw new IllegalStateException(
            "it." + name + " is not set: TestDatabaseSession did not run");
      }
      return value;
    }

    /** Waits for the readiness check to answer 200 (the database migrated, the application up). */
    private void awaitReady(Path console) {
      Instant deadline = Instant.now().plus(BOOT_LIMIT);
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "the shared server exited with " + process.exitValue() + ":\n" + tail(console));
        }
        try {
          HttpURLConnection ready =
              (HttpURLConnection) URI.create(base + "health/ready").toURL().openConnection();
          ready.setConnectTimeout(1000);
          ready.setReadTimeout(5000);
          if (ready.getResponseCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      throw new IllegalStateException(
          "the shared server was not ready within " + BOOT_LIMIT + ":\n" + tail(console));
    }

    private static String tail(Path console) {
      try {
        List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
      } catch (IOException e) {
        return "(console unreadable: " + e.getMessage() + ")";
      }
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }

    @Override
    public void close() {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
