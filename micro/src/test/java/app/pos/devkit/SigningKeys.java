package app.pos.devkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The RS256 key pair tokens are signed with, as PEM files: made once and kept in a directory (the
 * dev server's {@code data/keys}, a test run's {@code target}).
 */
public record SigningKeys(Path publicKey, Path privateKey) {

  public static SigningKeys loadOrCreate(Path directory) throws IOException {
    Path pub = directory.resolve("jwt-public.pem");
    Path priv = directory.resolve("jwt-private.pem");
    if (Files.exists(pub) && Files.exists(priv)) {
      return new SigningKeys(pub, priv);
    }
    Files.createDirectories(directory);
    KeyPair pair;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      pair = generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    return new SigningKeys(pub, priv);
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
