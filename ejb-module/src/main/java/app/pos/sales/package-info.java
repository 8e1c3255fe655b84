/**
 * Sales: the checkout, payments, refunds, reservations, customers and their credit.
 *
 * <p><b>Owns</b> {@code sal_sale}, {@code sal_sale_item}, {@code sal_sale_item_lot}, {@code
 * sal_payment}, {@code sal_refund}, {@code sal_refund_item}, {@code sal_reservation}, {@code
 * sal_customer}, {@code sal_credit_transaction}, {@code sal_cart}, {@code sal_cart_item}, {@code
 * sal_cart_item_lot}, {@code sal_exchange}, {@code sal_offline_sale}, {@code sal_sale_exception};
 * the per-business receipt number sequences.
 *
 * <p><b>Offers</b> (boundary) {@code Sales} (checkout), {@code HeldCarts}, {@code Refunds}, {@code
 * Exchanges}, {@code Reservations}, {@code Receipts}, {@code Customers}, {@code SalesReports},
 * {@code OfflineSales} (offline tills' batches, each sale applied by {@code OfflineSaleApplier}),
 * {@code SaleExceptions} (the managers' queue), {@code TillCustomers}; the job {@code
 * release-expired-reservations}.
 *
 * <p><b>Publishes</b> {@code SaleCompleted} (observed here by {@code SalesCounter}, after commit),
 * {@link app.pos.platform.control.QuotaUse} for monthly sales. <b>Observes</b> {@link
 * app.pos.platform.control.BusinessRegistered} ({@code ReceiptNumbering}: the business's receipt
 * sequence, in the registration's transaction).
 *
 * <p><b>Uses</b> accounts' {@code Businesses} and {@code Users}, inventory's stock controls,
 * bookkeeping's {@code Ledger}, audit's {@code AuditTrail}.
 */
package app.pos.sales;
