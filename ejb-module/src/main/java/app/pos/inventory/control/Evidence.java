package app.pos.inventory.control;

import app.pos.inventory.entity.EvidenceType;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded file really is, told by its first bytes (its magic number), never by the name or
 * the Content-Type a client sends; and the file name it may be served under. Plain Java.
 */
public final class Evidence {

  /** The most an attachment may hold: 5 MiB. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** Files one adjustment holds: enough for its photos and a delivery note. */
  public static final int MAX_PER_ADJUSTMENT = 10;

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

  private Evidence() {}

  /** The type the content's magic number says, if it is one of the allowed ones. */
  public static Optional<EvidenceType> detect(byte[] content) {
    if (startsWith(content, JPEG)) {
      return Optional.of(EvidenceType.JPEG);
    }
    if (startsWith(content, PNG)) {
      return Optional.of(EvidenceType.PNG);
    }
    if (startsWith(content, PDF)) {
      return Optional.of(EvidenceType.PDF);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A file name safe in a Content-Disposition header and on any file system: letters, digits, dot,
   * dash and underscore only (others become {@code _}), at most 100 characters, ending in the
   * type's extension; {@code fallback} when nothing usable is left.
   */
  public static String fileName(String requested, EvidenceType type, String fallback) {
    String name = requested == null ? "" : requested.trim();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1).replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
    int dot = name.lastIndexOf('.');
    String stem = dot >= 0 ? name.substring(0, dot) : name;
    if (stem.isBlank() || stem.matches("_+")) {
      stem = fallback;
    }
    if (stem.length() > 95) {
      stem = stem.substring(0, 95);
    }
    return stem + "." + type.extension().toLowerCase(Locale.ROOT);
  }
}
