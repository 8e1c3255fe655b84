/**
 * Inventory: the catalogue, locations (warehouses, storefronts), stock lots and their movements.
 *
 * <p><b>Owns</b> {@code inv_category}, {@code inv_product}, {@code inv_supplier}, {@code
 * inv_location}, {@code inv_stock_lot}, {@code inv_stock_balance}, {@code inv_stock_movement},
 * {@code inv_goods_receipt}, {@code inv_stock_adjustment}, {@code inv_stock_alert}, {@code
 * inv_transfer}, {@code inv_transfer_item}, {@code inv_transfer_allocation}, {@code
 * inv_transfer_request}, {@code inv_transfer_request_item}, {@code inv_warehouse_staff}, {@code
 * inv_stock_count}, {@code inv_stock_count_line}, {@code inv_adjustment_attachment}.
 *
 * <p><b>Offers</b> (boundary) {@code Catalogue}, {@code Locations}, {@code Lots}, {@code
 * StockLevels}, {@code GoodsReceipts}, {@code StockAdjustments}, {@code AdjustmentAttachments},
 * {@code StockCounts}, {@code Transfers}, {@code TransferRequests}, {@code Availability}, {@code
 * WarehouseStaff}, {@code StockReconciliation}, {@code StockAlerts}, {@code SaleCatalogue}, {@code
 * ProfitProjections}; public controls {@link app.pos.inventory.control.FefoAllocation}, {@link
 * app.pos.inventory.control.LotStock}, {@link app.pos.inventory.control.StockBook}, {@link
 * app.pos.inventory.control.CheckoutCatalogue} and {@link app.pos.inventory.control.LotHistory},
 * through which the checkout, offline sales and refunds read the storefront and products they sell
 * (and the last known lot cost) and take and return stock in their own transaction, and {@link
 * app.pos.inventory.control.InsufficientStockException} (its short lines); {@code TillSnapshots}
 * gives a till what it needs to sell offline.
 *
 * <p><b>Publishes</b> {@code StockMoved} (observed here by {@code StockAlertWatch}, after commit),
 * {@link app.pos.platform.control.QuotaUse} for storefronts, warehouses and products.
 *
 * <p><b>Uses</b> bookkeeping's {@code Ledger} (goods receipts and adjustments are posted). Reads,
 * and never writes, {@code acc_user} (the role of warehouse staff assigned to a warehouse) and the
 * sales reservations (the reconciliation's linked and orphaned reservations): both components build
 * on this one, so their boundaries cannot be called from here.
 */
@PublicControls({
  FefoAllocation.class,
  LotStock.class,
  StockBook.class,
  CheckoutCatalogue.class,
  LotHistory.class,
  InsufficientStockException.class
})
package app.pos.inventory;

import app.pos.inventory.control.CheckoutCatalogue;
import app.pos.inventory.control.FefoAllocation;
import app.pos.inventory.control.InsufficientStockException;
import app.pos.inventory.control.LotHistory;
import app.pos.inventory.control.LotStock;
import app.pos.inventory.control.StockBook;
import app.pos.platform.control.PublicControls;
