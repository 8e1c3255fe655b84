package app.pos.platform.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, for the length of one request: the business (tenant) every query is scoped to,
 * the user and their role. Filled from the verified token by the HTTP layer; never from a body or a
 * header the client chooses.
 */
@RequestScoped
public class CurrentTenant {

  private UUID businessId;
  private UUID userId;
  private String role;
  private boolean superuser;

  public void bind(UUID businessId, UUID userId, String role, boolean superuser) {
    this.businessId = businessId;
    this.userId = userId;
    this.role = role;
    this.superuser = superuser;
  }

  public boolean isBound() {
    return businessId != null;
  }

  /** The caller's business; a request without one never reaches tenant-owned data. */
  public UUID businessId() {
    if (businessId == null) {
      throw new IllegalStateException("No business bound to this request");
    }
    return businessId;
  }

  public Optional<UUID> userId() {
    return Optional.ofNullable(userId);
  }

  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  public boolean isSuperuser() {
    return superuser;
  }
}
