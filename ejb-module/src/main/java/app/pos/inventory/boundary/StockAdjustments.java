package app.pos.inventory.boundary;

import app.pos.audit.boundary.AuditTrail;
import app.pos.bookkeeping.boundary.ChartOfAccounts;
import app.pos.bookkeeping.boundary.Ledger;
import app.pos.inventory.control.AdjustmentPostingRules;
import app.pos.inventory.control.FefoAllocation;
import app.pos.inventory.control.LotStock;
import app.pos.inventory.control.StockBook;
import app.pos.inventory.control.StockValue;
import app.pos.inventory.control.WarehouseAccess;
import app.pos.inventory.entity.AdjustmentStatus;
import app.pos.inventory.entity.AdjustmentType;
import app.pos.inventory.entity.Location;
import app.pos.inventory.entity.Product;
import app.pos.inventory.entity.StockAdjustment;
import app.pos.inventory.entity.StockCount;
import app.pos.inventory.entity.StockCountLine;
import app.pos.inventory.entity.StockLot;
import app.pos.platform.control.Audited;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import app.pos.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Adjustments: requested PENDING, applied on approval by a MANAGER or ADMIN (movement, the on-hand
 * quantity before and after, and the ledger at lot cost in one transaction), or rejected.
 */
@Stateless
public class StockAdjustments {

  static final String DOCUMENT = "STOCK_ADJUSTMENT";

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject StockBook stock;
  @Inject Ledger ledger;
  @Inject AuditTrail audit;
  @Inject WarehouseAccess warehouses;

  @Audited(value = "adjustment.requested", entity = "StockAdjustment")
  public AdjustmentView request(RequestAdjustment command) {
    return AdjustmentView.of(propose(command, null));
  }

  /**
   * A new PENDING adjustment, of a stock count when {@code stockCountId} names one (in the caller's
   * transaction and audit entry: {@code StockCounts.count}).
   */
  public StockAdjustment propose(RequestAdjustment command, UUID stockCountId) {
    if (store.findOptional(Location.class, command.locationId).isEmpty()) {
      throw new InvalidInputException("location_id", "is not a location of this business");
    }
    warehouses.requireMayActFor(command.locationId);
    if (store.findOptional(Product.class, command.productId).isEmpty()) {
      throw new InvalidInputException("product_id", "is not a product of this business");
    }
    AdjustmentType type = command.adjustmentType;
    BigDecimal quantity = type.signed(command.quantity);
    if (quantity == null) {
      throw new InvalidInputException(
          "quantity",
          command.quantity.signum() == 0
              ? "must not be zero"
              : "must be positive ("
                  + type
                  + " "
                  + (type.direction() == AdjustmentType.Direction.IN ? "adds" : "removes")
                  + " stock; only COUNT_VARIANCE and OTHER take a signed quantity)");
    }
    if (command.lotId != null) {
      store
          .findOptional(StockLot.class, command.lotId)
          .filter(l -> l.getProductId().equals(command.productId))
          .orElseThrow(() -> new InvalidInputException("lot_id", "is not a lot of this product"));
    } else if (quantity.signum() > 0) {
      throw new InvalidInputException(
          "lot_id", "is required when stock is added (its cost is the lot's)");
    }
    return store.persist(
        new StockAdjustment(
            command.locationId,
            command.productId,
            command.lotId,
            type,
            quantity,
            command.reason.trim(),
            stockCountId,
            tenant.userId().orElse(null)));
  }

  /**
   * A new count of this product at this location replaces the corrections earlier counts (or
   * anyone) proposed and nobody decided yet: each PENDING COUNT_VARIANCE is rejected (locked first,
   * audited as {@code adjustment.superseded}) before the count compares with the books, so one
   * difference is never applied twice. The caller holds the location's lock.
   */
  public void supersedePendingCounts(UUID productId, UUID locationId, UUID byCountId) {
    List<UUID> pending =
        store
            .list(
                StockAdjustment.class,
                "e.productId = :p AND e.locationId = :l AND e.adjustmentType = :t"
                    + " AND e.status = :s",
                Map.of(
                    "p",
                    productId,
                    "l",
                    locationId,
                    "t",
                    AdjustmentType.COUNT_VARIANCE,
                    "s",
                    AdjustmentStatus.PENDING),
                "e.id")
            .stream()
            .map(StockAdjustment::getId)
            .toList();
    for (UUID id : pending) {
      StockAdjustment adjustment = store.lock(StockAdjustment.class, id);
      if (adjustment.getStatus() != AdjustmentStatus.PENDING) {
        continue; // decided meanwhile: the books this count compares with hold it already
      }
      adjustment.reject(tenant.userId().orElse(null));
      audit.record(
          "adjustment.superseded",
          "StockAdjustment",
          id.toString(),
          Map.of("stock_count_id", byCountId.toString()));
    }
  }

  @Audited(value = "adjustment.approved", entity = "StockAdjustment")
  public AdjustmentView approve(UUID id) {
    StockAdjustment adjustment = store.lock(StockAdjustment.class, id);
    adjustment.requirePending();
    requireOtherApprover(adjustment);
    requireNotSuperseded(adjustment);
    // the product's stock rows at the location stay locked until commit: "before" stays true
    BigDecimal before =
        stock.lockProducts(List.of(adjustment.getProductId()), adjustment.getLocationId()).stream()
            .map(l -> l.stock().onHand())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal value = adjustment.increases() ? add(adjustment) : remove(adjustment);
    UUID entry = null;
    if (value.signum() > 0) {
      entry =
          ledger.post(
              AdjustmentPostingRules.forAdjustment(
                  LocalDate.now(ZoneOffset.UTC),
                  adjustment.getId(),
                  adjustment.getAdjustmentType(),
                  adjustment.getReason(),
                  adjustment.increases(),
                  ledger.accountId(ChartOfAccounts.INVENTORY),
                  ledger.accountId(
                      AdjustmentPostingRules.counterAccount(
                          adjustment.getAdjustmentType(), adjustment.increases())),
                  value));
    }
    adjustment.approve(tenant.userId().orElse(null), before, value, entry);
    return AdjustmentView.of(adjustment);
  }

  /**
   * Four eyes: a MANAGER does not approve an adjustment they asked for (403 own-adjustment). An
   * ADMIN, the business's owner, may approve their own (a shop run by its owner alone keeps
   * working; the audit trail names them both times).
   */
  private void requireOtherApprover(StockAdjustment adjustment) {
    if (!tenant.hasRole(Role.ADMIN)
        && adjustment.getRequestedBy() != null
        && tenant.userId().map(adjustment.getRequestedBy()::equals).orElse(false)) {
      throw new NotPermittedException(
          "own-adjustment",
          "Own adjustment",
          "Someone other than the requester approves an adjustment (another manager or an admin)");
    }
  }

  /** A count variance older than a later count of the same product and location is stale: 409. */
  private void requireNotSuperseded(StockAdjustment adjustment) {
    if (adjustment.getAdjustmentType() != AdjustmentType.COUNT_VARIANCE) {
      return;
    }
    List<UUID> later =
        store
            .read(
                StockCount.class,
                "e.locationId = :l AND e.createdAt > :at",
                Map.of("l", adjustment.getLocationId(), "at", adjustment.getCreatedAt()),
                null)
            .stream()
            .map(StockCount::getId)
            .filter(c -> !c.equals(adjustment.getStockCountId()))
            .toList();
    if (!later.isEmpty()
        && !store
            .read(
                StockCountLine.class,
                "e.countId IN :ids AND e.productId = :p",
                Map.of("ids", later, "p", adjustment.getProductId()),
                null)
            .isEmpty()) {
      throw new StateConflictException(
          "adjustment-superseded",
          "Superseded by a later count",
          "A later stock count of this product at this location replaces this correction");
    }
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

  public Page<AdjustmentView> list(AdjustmentStatus status, AdjustmentType type, PageRequest page) {
    StringBuilder where = new StringBuilder();
    Map<String, Object> params = new HashMap<>();
    if (status != null) {
      where.append("e.status = :status");
      params.put("status", status);
    }
    if (type != null) {
      where.append(where.isEmpty() ? "" : " AND ").append("e.adjustmentType = :type");
      params.put("type", type);
    }
    return store
        .page(StockAdjustment.class, where.toString(), params, "e.createdAt DESC, e.id", page)
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
                adjustment.getProductId(),
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
