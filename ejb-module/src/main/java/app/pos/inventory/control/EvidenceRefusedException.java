package app.pos.inventory.control;

import app.pos.platform.control.DomainException;

/** An upload that is not allowed evidence: too big (413) or not a JPEG, PNG or PDF (415). */
public class EvidenceRefusedException extends DomainException {

  private EvidenceRefusedException(String slug, int status, String title, String detail) {
    super(slug, status, title, detail);
  }

  public static EvidenceRefusedException tooLarge(long size) {
    return new EvidenceRefusedException(
        "attachment-too-large",
        413,
        "Attachment too large",
        "An attachment holds at most " + Evidence.MAX_BYTES + " bytes; this one has " + size);
  }

  public static EvidenceRefusedException unsupported(String detail) {
    return new EvidenceRefusedException(
        "unsupported-attachment-type", 415, "Unsupported attachment type", detail);
  }
}
