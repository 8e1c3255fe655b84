package app.pos.accounts.boundary;

/** The answer to a sign-in or a registration: a bearer token and who it is for. */
public record SignedIn(
    String token, String tokenType, long expiresIn, UserView user, BusinessView business) {}
