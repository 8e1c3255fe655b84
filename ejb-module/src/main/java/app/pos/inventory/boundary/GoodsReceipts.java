package app.pos.inventory.boundary;

import app.pos.bookkeeping.boundary.ChartOfAccounts;
import app.pos.bookkeeping.boundary.Ledger;
import app.pos.inventory.boundary.Views.GoodsReceiptView;
import app.pos.inventory.control.InventoryPostingRules;
import app.pos.inventory.control.StockBook;
import app.pos.inventory.control.StockValue;
import app.pos.inventory.control.WarehouseAccess;
import app.pos.inventory.entity.GoodsReceipt;
import app.pos.inventory.entity.LocationType;
import app.pos.inventory.entity.Product;
import app.pos.inventory.entity.StockLot;
import app.pos.inventory.entity.Supplier;
import app.pos.platform.control.Audited;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Receiving goods: one lot per item, the stock at the warehouse and the entry Dr Inventory / Cr
 * Accounts payable (or Cash when paid), all in one transaction.
 */
@Stateless
public class GoodsReceipts {

  static final String DOCUMENT = "GOODS_RECEIPT";

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject Locations locations;
  @Inject StockBook stock;
  @Inject WarehouseAccess warehouses;
  @Inject Ledger ledger;

  @Audited(value = "goods.received", entity = "GoodsReceipt")
  public GoodsReceiptView receive(ReceiveGoods command) {
    locations.require(command.warehouseId, LocationType.WAREHOUSE, "warehouse_id");
    warehouses.requireMayActFor(command.warehouseId);
    String supplier = supplierName(command);
    UUID receiptId = UUID.randomUUID();
    List<StockLot> lots = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < command.items.size(); i++) {
      ReceiveGoods.Item item = command.items.get(i);
      Product product = store.findOptional(Product.class, item.productId).orElse(null);
      if (product == null || !product.isActive()) {
        throw new InvalidInputException(
            "items[" + i + "].product_id", "is not an active product of this business");
      }
      StockLot lot =
          store.persist(
              new StockLot(
                  product.getId(),
                  receiptId,
                  supplier,
                  item.quantity,
                  item.landedUnitCost(),
                  item.retailPrice,
                  item.wholesalePrice,
                  item.expiryDate));
      lots.add(lot);
      total = total.add(StockValue.of(item.quantity, item.landedUnitCost()));
    }
    UUID entry =
        ledger.post(
            InventoryPostingRules.forGoodsReceipt(
                LocalDate.now(ZoneOffset.UTC),
                receiptId,
                supplier,
                command.reference,
                ledger.accountId(ChartOfAccounts.INVENTORY),
                ledger.accountId(
                    Boolean.TRUE.equals(command.paid)
                        ? ChartOfAccounts.CASH
                        : ChartOfAccounts.ACCOUNTS_PAYABLE),
                total));
    GoodsReceipt receipt =
        store.persist(
            new GoodsReceipt(
                    receiptId,
                    command.warehouseId,
                    supplier,
                    command.reference,
                    Boolean.TRUE.equals(command.paid),
                    total,
                    entry,
                    tenant.userId().orElse(null))
                .from(command.supplierId));
    store.flush(); // the lots reference the receipt
    for (StockLot lot : lots) {
      stock.put(
          lot.getId(),
          lot.getProductId(),
          command.warehouseId,
          lot.getReceivedQuantity(),
          lot.getUnitCost(),
          StockValue.of(lot.getReceivedQuantity(), lot.getUnitCost()),
          "RECEIPT",
          DOCUMENT,
          receiptId);
    }
    return GoodsReceiptView.of(receipt, lots);
  }

  private String supplierName(ReceiveGoods command) {
    if (command.supplierId != null) {
      return store
          .findOptional(Supplier.class, command.supplierId)
          .map(Supplier::getName)
          .orElseThrow(
              () -> new InvalidInputException("supplier_id", "is not a supplier of this business"));
    }
    if (command.supplier == null || command.supplier.isBlank()) {
      throw new InvalidInputException("supplier", "supplier or supplier_id is required");
    }
    return command.supplier.trim();
  }

  public GoodsReceiptView find(UUID id) {
    GoodsReceipt receipt = store.find(GoodsReceipt.class, id);
    return GoodsReceiptView.of(receipt, lotsOf(id));
  }

  public Page<GoodsReceiptView> list(PageRequest page) {
    return store
        .page(GoodsReceipt.class, "", Map.of(), "e.createdAt DESC, e.id", page)
        .map(r -> GoodsReceiptView.of(r, lotsOf(r.getId())));
  }

  private List<StockLot> lotsOf(UUID receipt) {
    return store.list(
        StockLot.class, "e.goodsReceiptId = :r", Map.of("r", receipt), "e.createdAt, e.id");
  }
}
