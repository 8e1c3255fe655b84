package app.pos.accounts.boundary;

import java.util.UUID;

/** The authenticated caller of a request, as the database knows them now. */
public record Caller(UUID businessId, UUID userId, String role, boolean superuser) {}
