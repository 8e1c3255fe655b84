package app.pos.accounts.boundary;

import java.util.UUID;

/**
 * A business was signed up. Observed synchronously, in the registration's transaction, by the
 * components that complete a new business (chart of accounts, trial subscription): a business is
 * whole or absent.
 */
public record BusinessRegistered(UUID businessId, UUID ownerId, String currency) {}
