import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/** Writes an RSA key pair for token signing as PEM files (run once by entrypoint.sh). */
public class SigningKeys {
  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args[0]));
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    Base64.Encoder pem = Base64.getMimeEncoder(64, "\n".getBytes());
    Path secret = dir.resolve("jwt-private.pem");
    Files.writeString(
        secret,
        "-----BEGIN PRIVATE KEY-----\n"
            + pem.encodeToString(pair.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    Files.writeString(
        dir.resolve("jwt-public.pem"),
        "-----BEGIN PUBLIC KEY-----\n"
            + pem.encodeToString(pair.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
    System.out.println("Token signing keys written to " + dir);
  }
}
