/**
 * Audit: who did what, when, to which entity.
 *
 * <p><b>Owns</b> {@code aud_audit_log}.
 *
 * <p><b>Offers</b> (boundary) {@code AuditTrail} (record an action in the caller's transaction),
 * {@code AuditLogs} (read the trail). Its interceptor writes a row for every use case marked {@link
 * app.pos.platform.control.Audited}: the platform declares the binding, so any component (the
 * platform's jobs too) is audited without depending on this one.
 *
 * <p><b>Publishes</b> and <b>observes</b> no events.
 */
package app.pos.audit;
