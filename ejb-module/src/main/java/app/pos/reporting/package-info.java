/**
 * Reporting: the read side across components: sales summaries, integrity checks, inventory
 * valuation. It reads other components' tables (read-only SQL) and writes only its own.
 *
 * <p><b>Owns</b> {@code rep_sales_summary}.
 *
 * <p><b>Offers</b> (boundary) {@code SalesSummaries}, {@code IntegrityChecks}, {@code
 * NightlySalesReport}; the jobs {@code sales-report}, {@code integrity-check} and {@code
 * inventory-valuation}.
 *
 * <p><b>Publishes</b> and <b>observes</b> no events.
 */
package app.pos.reporting;
