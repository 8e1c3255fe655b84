package app.pos.inventory.boundary;

import app.pos.inventory.control.LotStock;
import app.pos.inventory.control.StockBook;
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
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A stock count: each counted quantity is compared with what the books hold at the location, and
 * every difference becomes a COUNT_VARIANCE adjustment awaiting a manager's approval. The count
 * itself is stored as taken (location, lines, who, when) and listed with its corrections and
 * whether they were applied.
 */
@Stateless
public class StockCounts {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject StockBook stock;
  @Inject StockAdjustments adjustments;
  @Inject WarehouseAccess warehouses;

  /** What a count answers: the count stored and the corrections it proposed. */
  public record Counted(StockCountView count, List<AdjustmentView> corrections) {
    /** The count's id (the audit entry names it). */
    public UUID id() {
      return count.id();
    }
  }

  @Audited(value = "stock_count.recorded", entity = "StockCount")
  public Counted count(CountStock command) {
    if (store.findOptional(Location.class, command.locationId).isEmpty()) {
      throw new InvalidInputException("location_id", "is not a location of this business");
    }
    warehouses.requireMayActFor(command.locationId);
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < command.counts.size(); i++) {
      UUID product = command.counts.get(i).productId;
      if (!seen.add(product)) {
        throw new InvalidInputException(
            "counts[" + i + "].product_id", "is counted twice: one line per product");
      }
      if (store.findOptional(Product.class, product).isEmpty()) {
        throw new InvalidInputException(
            "counts[" + i + "].product_id", "is not a product of this business");
      }
    }
    store.lock(Location.class, command.locationId); // counts of one location one after another
    String reason =
        command.reason == null || command.reason.isBlank() ? null : command.reason.trim();
    StockCount count =
        store.persist(new StockCount(command.locationId, reason, tenant.userId().orElse(null)));
    List<AdjustmentView> created = new ArrayList<>();
    for (int i = 0; i < command.counts.size(); i++) {
      CountStock.Line line = command.counts.get(i);
      adjustments.supersedePendingCounts(line.productId, command.locationId, count.getId());
      BigDecimal booked =
          stock.lots(line.productId, command.locationId).stream()
              .map(LotStock::onHand)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal difference = line.countedQuantity.subtract(booked);
      UUID adjustmentId = null;
      if (difference.signum() != 0) {
        RequestAdjustment adjustment = new RequestAdjustment();
        adjustment.locationId = command.locationId;
        adjustment.productId = line.productId;
        adjustment.adjustmentType = AdjustmentType.COUNT_VARIANCE;
        adjustment.quantity = difference;
        adjustment.reason = "Stock count" + (reason == null ? "" : ": " + reason);
        if (difference.signum() > 0) {
          String field = "counts[" + i + "].product_id";
          adjustment.lotId =
              store
                  .select(
                      StockLot.class,
                      "e.productId = :p",
                      Map.of("p", line.productId),
                      "e.createdAt DESC")
                  .setMaxResults(1)
                  .getResultStream()
                  .findFirst()
                  .orElseThrow(
                      () -> new InvalidInputException(field, "has no lot to value the stock found"))
                  .getId();
        }
        StockAdjustment proposed = adjustments.propose(adjustment, count.getId());
        adjustmentId = proposed.getId();
        created.add(AdjustmentView.of(proposed));
      }
      store.persist(
          new StockCountLine(
              count.getId(), i + 1, line.productId, line.countedQuantity, booked, adjustmentId));
    }
    store.flush();
    return new Counted(find(count.getId()), created);
  }

  public StockCountView find(UUID id) {
    return views(List.of(store.find(StockCount.class, id))).get(0);
  }

  public Page<StockCountView> list(UUID locationId, PageRequest page) {
    Page<StockCount> counts =
        store.page(
            StockCount.class,
            locationId == null ? "" : "e.locationId = :location",
            locationId == null ? Map.of() : Map.of("location", locationId),
            "e.createdAt DESC, e.id",
            page);
    return new Page<>(counts.count(), page, views(counts.results()));
  }

  /** The views of these counts, their lines, products and corrections read once for all. */
  private List<StockCountView> views(List<StockCount> counts) {
    if (counts.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = counts.stream().map(StockCount::getId).toList();
    Map<UUID, List<StockCountLine>> lines =
        store
            .read(StockCountLine.class, "e.countId IN :ids", Map.of("ids", ids), "e.lineNumber")
            .stream()
            .collect(Collectors.groupingBy(StockCountLine::getCountId));
    Set<UUID> products = new HashSet<>();
    Set<UUID> adjusted = new HashSet<>();
    lines.values().stream()
        .flatMap(List::stream)
        .forEach(
            l -> {
              products.add(l.getProductId());
              if (l.getAdjustmentId() != null) {
                adjusted.add(l.getAdjustmentId());
              }
            });
    Map<UUID, Product> productsById =
        products.isEmpty()
            ? Map.of()
            : store.read(Product.class, "e.id IN :ids", Map.of("ids", products), null).stream()
                .collect(Collectors.toMap(Product::getId, Function.identity()));
    Map<UUID, AdjustmentStatus> statuses = new HashMap<>();
    if (!adjusted.isEmpty()) {
      store
          .read(StockAdjustment.class, "e.id IN :ids", Map.of("ids", adjusted), null)
          .forEach(a -> statuses.put(a.getId(), a.getStatus()));
    }
    Set<UUID> locationIds =
        counts.stream().map(StockCount::getLocationId).collect(Collectors.toSet());
    Map<UUID, String> locationNames =
        store.read(Location.class, "e.id IN :ids", Map.of("ids", locationIds), null).stream()
            .collect(Collectors.toMap(Location::getId, Location::getName));
    List<StockCountView> views = new ArrayList<>();
    for (StockCount count : counts) {
      List<StockCountView.Line> viewLines = new ArrayList<>();
      int applied = 0;
      int pending = 0;
      int rejected = 0;
      for (StockCountLine line : lines.getOrDefault(count.getId(), List.of())) {
        StockCountView.Correction correction = StockCountView.Correction.NONE;
        if (line.getAdjustmentId() != null) {
          correction = StockCountView.Correction.of(statuses.get(line.getAdjustmentId()));
          switch (correction) {
            case APPLIED -> applied++;
            case PENDING -> pending++;
            case REJECTED -> rejected++;
            case NONE -> {}
          }
        }
        Product product = productsById.get(line.getProductId());
        viewLines.add(
            new StockCountView.Line(
                line.getLineNumber(),
                line.getProductId(),
                product.getSku(),
                product.getName(),
                line.getCountedQuantity(),
                line.getBookedQuantity(),
                line.getDifference(),
                line.getAdjustmentId(),
                correction));
      }
      views.add(
          new StockCountView(
              count.getId(),
              count.getLocationId(),
              locationNames.get(count.getLocationId()),
              count.getReason(),
              count.getCountedBy(),
              count.getCreatedAt(),
              applied + pending + rejected,
              applied,
              pending,
              rejected,
              viewLines));
    }
    return views;
  }
}
