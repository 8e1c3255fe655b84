/**
 * Setup: the platform owner's jobs that build businesses through the other components' boundaries
 * only: {@code init-system} (default plans, trials, an administrator) and {@code seed-demo-data}.
 * Nothing depends on it.
 *
 * <p><b>Owns</b> no tables. <b>Publishes</b> and <b>observes</b> no events.
 */
package app.pos.setup;
