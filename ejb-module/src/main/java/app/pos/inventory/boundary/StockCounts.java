package app.pos.inventory.boundary;

import app.pos.inventory.control.LotStock;
import app.pos.inventory.control.StockBook;
import app.pos.inventory.entity.Location;
import app.pos.inventory.entity.StockLot;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stock count: each counted quantity is compared with what the books hold at the location, and
 * every difference becomes a CORRECTION adjustment awaiting a manager's approval.
 */
@Stateless
public class StockCounts {

  @Inject TenantStore store;
  @Inject StockBook stock;
  @Inject StockAdjustments adjustments;

  public List<AdjustmentView> count(CountStock command) {
    if (store.findOptional(Location.class, command.locationId).isEmpty()) {
      throw new InvalidInputException("location_id", "is not a location of this business");
    }
    List<AdjustmentView> created = new ArrayList<>();
    for (int i = 0; i < command.counts.size(); i++) {
      CountStock.Line line = command.counts.get(i);
      BigDecimal booked =
          stock.lots(line.productId, command.locationId).stream()
              .map(LotStock::onHand)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal difference = line.countedQuantity.subtract(booked);
      if (difference.signum() == 0) {
        continue;
      }
      RequestAdjustment adjustment = new RequestAdjustment();
      adjustment.locationId = command.locationId;
      adjustment.productId = line.productId;
      adjustment.adjustmentType = "CORRECTION";
      adjustment.quantity = difference;
      adjustment.reason =
          "Stock count"
              + (command.reason == null || command.reason.isBlank()
                  ? ""
                  : ": " + command.reason.trim());
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
      created.add(adjustments.request(adjustment));
    }
    return created;
  }
}
