package app.pos.accounts.boundary;

import app.pos.accounts.entity.User;
import app.pos.platform.entity.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A member of staff as the API shows them; never the password hash. */
public record UserView(
    UUID id,
    String email,
    String firstName,
    String lastName,
    Role role,
    UUID businessId,
    boolean isSuperuser,
    boolean isActive,
    boolean mustChangePassword,
    boolean emailVerified,
    List<UUID> storefrontIds,
    Instant lastLoginAt,
    Instant createdAt) {

  public static UserView of(User user) {
    return new UserView(
        user.getId(),
        user.getEmail(),
        user.getFirstName(),
        user.getLastName(),
        user.getRole(),
        user.getBusinessId(),
        user.isSuperuser(),
        user.isActive(),
        user.mustChangePassword(),
        user.isEmailVerified(),
        user.getStorefrontIds().stream().sorted().toList(),
        user.getLastLoginAt(),
        user.getCreatedAt());
  }
}
