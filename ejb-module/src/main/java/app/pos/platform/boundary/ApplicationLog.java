package app.pos.platform.boundary;

import app.pos.platform.control.JsonLineFormatter;
import app.pos.platform.control.TextLineFormatter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the application's own log ({@code logs/pos.log}: requests, business events, failures)
 * beside the server log, as text or, with LOG_FORMAT=json, as JSON lines. Installed by the
 * application itself so it is the same on every server.
 */
@Startup
@Singleton
public class ApplicationLog {

  private static final Logger APP = Logger.getLogger("app.pos");

  @Inject
  @ConfigProperty(name = "pos.log.dir", defaultValue = "logs")
  String directory;

  @Inject
  @ConfigProperty(name = "log.format", defaultValue = "text")
  String format;

  private FileHandler handler;

  @PostConstruct
  void open() {
    try {
      Path dir = Path.of(directory);
      Files.createDirectories(dir);
      handler = new FileHandler(dir.resolve("pos.log").toString(), true);
      handler.setEncoding("UTF-8");
      handler.setFormatter(
          "json".equalsIgnoreCase(format) ? new JsonLineFormatter() : new TextLineFormatter());
      handler.setLevel(Level.INFO);
      APP.addHandler(handler);
    } catch (IOException e) {
      APP.log(
          Level.WARNING, "Application log file not available; logging to the server log only", e);
    }
  }

  @PreDestroy
  void close() {
    if (handler != null) {
      APP.removeHandler(handler);
      handler.close();
    }
  }
}
