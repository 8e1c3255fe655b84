package app.pos.accounts.boundary;

import app.pos.platform.entity.Role;
import java.util.UUID;

/**
 * One business the person belongs to, with their role and user id there; {@code current} for the
 * one the token of this answer (or request) speaks for.
 */
public record MembershipView(
    UUID businessId, String businessName, UUID userId, Role role, boolean current) {}
