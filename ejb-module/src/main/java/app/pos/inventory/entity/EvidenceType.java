package app.pos.inventory.entity;

/** The kinds of evidence an adjustment takes: photos and documents, nothing a browser runs. */
public enum EvidenceType {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  PDF("application/pdf", "pdf");

  private final String mediaType;
  private final String extension;

  EvidenceType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The type whose media type this is (parameters such as charset ignored), or null. */
  public static EvidenceType ofMediaType(String mediaType) {
    if (mediaType == null) {
      return null;
    }
    String bare = mediaType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    for (EvidenceType type : values()) {
      if (type.mediaType.equals(bare)) {
        return type;
      }
    }
    return null;
  }
}
