package app.pos.accounts.boundary;

import app.pos.platform.entity.Role;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller of a request, as the database knows them now, with the storefronts they
 * are assigned to (where a cashier may sell), and whether they still have to replace a temporary
 * password an ADMIN set.
 */
public record Caller(
    UUID businessId,
    UUID userId,
    Role role,
    boolean superuser,
    Set<UUID> storefrontIds,
    boolean mustChangePassword) {}
