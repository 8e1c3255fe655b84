package app.pos.inventory.boundary;

import app.pos.inventory.boundary.StockControlViews.AvailabilityLine;
import app.pos.inventory.boundary.StockControlViews.AvailabilityView;
import app.pos.inventory.control.StockAvailability;
import app.pos.inventory.entity.Location;
import app.pos.inventory.entity.Product;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a location can give so much of some products now (on hand less reserved, unexpired lots):
 * the same figures transfers are checked against when asked for. Reads only.
 */
@Stateless
public class Availability {

  @Inject TenantStore store;
  @Inject StockAvailability availability;

  public AvailabilityView check(CheckAvailability command) {
    if (store.findOptional(Location.class, command.locationId).isEmpty()) {
      throw new InvalidInputException("location_id", "is not a location of this business");
    }
    List<StockAvailability.Line> lines = new ArrayList<>();
    for (int i = 0; i < command.items.size(); i++) {
      RequestTransfer.Item item = command.items.get(i);
      if (store.findOptional(Product.class, item.productId).isEmpty()) {
        throw new InvalidInputException(
            "items[" + i + "].product_id", "is not a product of this business");
      }
      lines.add(new StockAvailability.Line(item.productId, item.quantity));
    }
    Map<java.util.UUID, BigDecimal> asked = StockAvailability.merged(lines);
    Map<java.util.UUID, BigDecimal> there =
        availability.available(command.locationId, asked.keySet());
    // per line as asked; a product named twice is judged on both lines together
    List<AvailabilityLine> answer =
        lines.stream()
            .map(
                l ->
                    new AvailabilityLine(
                        l.productId(),
                        l.quantity(),
                        there.get(l.productId()),
                        there.get(l.productId()).compareTo(asked.get(l.productId())) >= 0))
            .toList();
    return new AvailabilityView(
        command.locationId, answer.stream().allMatch(AvailabilityLine::sufficient), answer);
  }
}
