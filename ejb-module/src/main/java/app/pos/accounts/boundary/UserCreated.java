package app.pos.accounts.boundary;

import java.util.UUID;

/** A member of staff was added (or a business registered with its owner); mail follows commit. */
public record UserCreated(UUID userId, String email, String firstName, String businessName) {}
