package app.pos.inventory.boundary;

import app.pos.bookkeeping.boundary.ChartOfAccounts;
import app.pos.bookkeeping.boundary.Ledger;
import app.pos.inventory.control.FefoAllocation;
import app.pos.inventory.control.InventoryPostingRules;
import app.pos.inventory.control.LotStock;
import app.pos.inventory.control.StockBook;
import app.pos.inventory.control.StockValue;
import app.pos.inventory.entity.Location;
import app.pos.inventory.entity.Product;
import app.pos.inventory.entity.StockAdjustment;
import app.pos.inventory.entity.StockLot;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Adjustments: requested PENDING, applied on approval by a MANAGER or ADMIN (movement and ledger at
 * lot cost in one transaction), or rejected.
 */
@Stateless
public class StockAdjustments {

  static final String DOCUMENT = "STOCK_ADJUSTMENT";

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject StockBook stock;
  @Inject Ledger ledger;

  @Audited(value = "adjustment.requested", entity = "StockAdjustment")
  public AdjustmentView request(RequestAdjustment command) {
    if (store.findOptional(Location.class, command.locationId).isEmpty()) {
      throw new InvalidInputException("location_id", "is not a location of this business");
    }
    if (store.findOptional(Product.class, command.productId).isEmpty()) {
      throw new InvalidInputException("product_id", "is not a product of this business");
    }
    if (command.quantity.signum() == 0) {
      throw new InvalidInputException("quantity", "must not be zero");
    }
    boolean signed = "CORRECTION".equals(command.adjustmentType);
    if (!signed && command.quantity.signum() < 0) {
      throw new InvalidInputException(
          "quantity", "must be positive (only a CORRECTION may be negative)");
    }
    BigDecimal quantity =
        signed || "FOUND".equals(command.adjustmentType)
            ? command.quantity
            : command.quantity.negate();
    if (command.lotId != null) {
      store
          .findOptional(StockLot.class, command.lotId)
          .filter(l -> l.getProductId().equals(command.productId))
          .orElseThrow(() -> new InvalidInputException("lot_id", "is not a lot of this product"));
    } else if (quantity.signum() > 0) {
      throw new InvalidInputException(
          "lot_id", "is required when stock is added (its cost is the lot's)");
    }
    return AdjustmentView.of(
        store.persist(
            new StockAdjustment(
                command.locationId,
                command.productId,
                command.lotId,
                command.adjustmentType,
                quantity,
                command.reason.trim(),
                tenant.userId().orElse(null))));
  }

  @Audited(value = "adjustment.approved", entity = "StockAdjustment")
  public AdjustmentView approve(UUID id) {
    StockAdjustment adjustment = store.lock(StockAdjustment.class, id);
    adjustment.requirePending();
    BigDecimal value = adjustment.increases() ? add(adjustment) : remove(adjustment);
    UUID entry = null;
    if (value.signum() > 0) {
      String counter =
          "SUPPLIER_RETURN".equals(adjustment.getAdjustmentType())
              ? ChartOfAccounts.ACCOUNTS_PAYABLE
              : ChartOfAccounts.INVENTORY_SHRINKAGE;
      entry =
          ledger.post(
              InventoryPostingRules.forAdjustment(
                  LocalDate.now(ZoneOffset.UTC),
                  adjustment.getId(),
                  "Stock adjustment ("
                      + adjustment.getAdjustmentType()
                      + "): "
                      + adjustment.getReason(),
                  adjustment.increases(),
                  ledger.accountId(ChartOfAccounts.INVENTORY),
                  ledger.accountId(counter),
                  value));
    }
    adjustment.approve(tenant.userId().orElse(null), value, entry);
    return AdjustmentView.of(adjustment);
  }

  @Audited(value = "adjustment.rejected", entity = "StockAdjustment")
  public AdjustmentView reject(UUID id) {
    StockAdjustment adjustment = store.lock(StockAdjustment.class, id);
    adjustment.reject(tenant.userId().orElse(null));
    return AdjustmentView.of(adjustment);
  }

  public AdjustmentView find(UUID id) {
    return AdjustmentView.of(store.find(StockAdjustment.class, id));
  }

  public Page<AdjustmentView> list(PageRequest page) {
    return store
        .page(StockAdjustment.class, "", Map.of(), "e.createdAt DESC, e.id", page)
        .map(AdjustmentView::of);
  }

  private BigDecimal add(StockAdjustment adjustment) {
    StockLot lot = store.find(StockLot.class, adjustment.getLotId());
    BigDecimal value = StockValue.of(adjustment.getQuantity(), lot.getUnitCost());
    stock.put(
        lot.getId(),
        lot.getProductId(),
        adjustment.getLocationId(),
        adjustment.getQuantity(),
        lot.getUnitCost(),
        value,
        "ADJUSTMENT",
        DOCUMENT,
        adjustment.getId());
    return value;
  }

  private BigDecimal remove(StockAdjustment adjustment) {
    List<LotStock> lots = stock.lots(adjustment.getProductId(), adjustment.getLocationId());
    if (adjustment.getLotId() != null) {
      lots = lots.stream().filter(l -> l.lotId().equals(adjustment.getLotId())).toList();
    }
    List<StockBook.Pick> picks =
        FefoAllocation.allocate(
                lots,
                adjustment.getQuantity().negate(),
                LocalDate.now(ZoneOffset.UTC),
                "adjustment",
                true)
            .stream()
            .map(take -> new StockBook.Pick(adjustment.getProductId(), take))
            .toList();
    BigDecimal total =
        stock
            .takeAll(picks, adjustment.getLocationId(), "ADJUSTMENT", DOCUMENT, adjustment.getId())
            .stream()
            .map(StockBook.Taken::value)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return total;
  }
}
