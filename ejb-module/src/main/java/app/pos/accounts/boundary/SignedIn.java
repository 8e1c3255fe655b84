package app.pos.accounts.boundary;

import java.util.List;

/**
 * The answer to a sign-in or a registration: a bearer token, who it is for and which business it
 * speaks for, and every business the person belongs to (switch-business answers a token for
 * another).
 */
public record SignedIn(
    String token,
    String tokenType,
    long expiresIn,
    UserView user,
    BusinessView business,
    List<MembershipView> memberships) {}
