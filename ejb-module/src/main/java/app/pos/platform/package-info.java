/**
 * The platform: the shared kernel every component builds on, and which depends on none of them.
 * Tenancy ({@code TenantStore}, {@code CurrentTenant}, {@code CrossTenant}), problems ({@code
 * DomainException} and its subclasses), paging, JSON, money, CSV ({@code CsvTable}), mail, read
 * replicas, idempotency, and the jobs API ({@code Jobs}: each component offers its jobs as a {@code
 * JobDefinition} producer next to the job).
 *
 * <p><b>Owns</b> {@code ops_job_run}, {@code ops_scheduled_run}, {@code ops_replica_heartbeat},
 * {@code pf_idempotency_record}.
 *
 * <p><b>Declares</b> the hooks components meet through without depending on each other: the {@code
 * Audited} interceptor binding (implemented by audit), {@code QuotaUse} (fired before a create,
 * observed by subscriptions' {@code PlanLimits}) with {@code QuotaCounter} (each component counts
 * its own rows), {@code BusinessRegistered} (published by accounts), {@code JobStarter} (a job that
 * starts itself), {@code PublicControls} (a component's open controls).
 */
package app.pos.platform;
