package app.pos.platform.control;

import app.pos.platform.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
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
  private Role role;
  private boolean superuser;
  private Set<UUID> storefrontIds;

  public void bind(UUID businessId, UUID userId, Role role, boolean superuser) {
    bind(businessId, userId, role, superuser, null);
  }

  /** As {@link #bind(UUID, UUID, Role, boolean)}, for a user whose storefronts are known. */
  public void bind(
      UUID businessId, UUID userId, Role role, boolean superuser, Set<UUID> storefrontIds) {
    this.businessId = businessId;
    this.userId = userId;
    this.role = role;
    this.superuser = superuser;
    this.storefrontIds = storefrontIds;
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

  /** The caller's role; none for the server's own work (timers, a job without a starter). */
  public Optional<Role> role() {
    return Optional.ofNullable(role);
  }

  /** Whether the caller has one of these roles. */
  public boolean hasRole(Role... any) {
    return role != null && Arrays.asList(any).contains(role);
  }

  public boolean isSuperuser() {
    return superuser;
  }

  /** The storefronts the user is assigned to, when the request was authenticated with them. */
  public Optional<Set<UUID>> storefrontIds() {
    return Optional.ofNullable(storefrontIds);
  }
}
