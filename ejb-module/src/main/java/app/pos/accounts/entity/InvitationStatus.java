package app.pos.accounts.entity;

/**
 * Where an invitation stands: waiting for its link to be followed, followed (a membership exists),
 * past its seven days, or withdrawn by an ADMIN.
 */
public enum InvitationStatus {
  PENDING,
  ACCEPTED,
  EXPIRED,
  REVOKED
}
