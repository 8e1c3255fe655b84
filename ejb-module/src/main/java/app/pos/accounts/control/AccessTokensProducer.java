package app.pos.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Builds the token service from configuration: the signing key from {@code pos.jwt.private-key}
 * (PEM) or {@code pos.jwt.private-key.location} (a path), the verification key from the same MP-JWT
 * keys the server verifies Bearer tokens with.
 */
@ApplicationScoped
public class AccessTokensProducer {

  @Produces
  @Singleton // a pseudo-scope: AccessTokens is final and immutable, no proxy needed
  AccessTokens accessTokens() {
    Config config = ConfigProvider.getConfig();
    String privatePem =
        config
            .getOptionalValue("pos.jwt.private-key", String.class)
            .orElseGet(() -> read(config.getValue("pos.jwt.private-key.location", String.class)));
    String publicPem =
        config
            .getOptionalValue("mp.jwt.verify.publickey", String.class)
            .orElseGet(
                () -> read(config.getValue("mp.jwt.verify.publickey.location", String.class)));
    return new AccessTokens(
        config.getValue("pos.jwt.issuer", String.class),
        Duration.ofSeconds(config.getValue("pos.jwt.lifetime-seconds", Long.class)),
        AccessTokens.privateKeyFromPem(privatePem),
        AccessTokens.publicKeyFromPem(publicPem));
  }

  private static String read(String location) {
    try {
      if (location.startsWith("file:")) {
        return Files.readString(Path.of(URI.create(location)), StandardCharsets.UTF_8);
      }
      Path path = Path.of(location);
      if (Files.exists(path)) {
        return Files.readString(path, StandardCharsets.UTF_8);
      }
      try (InputStream in =
          Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
        if (in == null) {
          throw new IllegalStateException("Key not found at " + location);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read key at " + location, e);
    }
  }
}
