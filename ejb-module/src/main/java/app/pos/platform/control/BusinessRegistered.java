package app.pos.platform.control;

import java.util.UUID;

/**
 * A business (a tenant) was signed up. Published by accounts ({@code Registrations}); observed
 * synchronously, in the registration's transaction, by the components that complete a new business:
 * bookkeeping (its chart of accounts), sales (its receipt number sequence) and subscriptions (its
 * trial). A business is whole or absent. It lives in the platform, with the rest of tenancy, so
 * that the observers need not depend on accounts.
 */
public record BusinessRegistered(UUID businessId, UUID ownerId, String currency) {}
