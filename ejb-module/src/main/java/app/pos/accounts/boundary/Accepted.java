package app.pos.accounts.boundary;

/**
 * The answer to a request whose outcome is mailed: the same words whether or not the address
 * belongs to anyone, so the answer tells nobody which addresses have accounts.
 */
public record Accepted(String detail) {}
