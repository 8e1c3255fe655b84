package app.pos.inventory.control;

import app.pos.platform.control.SqlArrays;
import app.pos.platform.control.TenantStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What can be taken from a location now: on hand less reserved, in lots that have not expired (an
 * expired lot is never sold or sent, see {@link FefoAllocation}). Reads only; the guarded updates
 * of {@link StockBook} still decide when stock actually moves.
 */
@Dependent
public class StockAvailability {

  @Inject TenantStore store;

  /** So much of a product asked for. */
  public record Line(UUID productId, BigDecimal quantity) {}

  /** Available quantity per product at the location (zero for a product with none). */
  public Map<UUID, BigDecimal> available(UUID location, Collection<UUID> products) {
    Map<UUID, BigDecimal> available = new HashMap<>();
    products.forEach(p -> available.put(p, BigDecimal.ZERO));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT b.product_id, sum(b.on_hand - b.reserved) FROM inv_stock_balance b"
                    + " JOIN inv_stock_lot l ON l.id = b.lot_id"
                    + " WHERE b.business_id = ?1 AND b.location_id = ?2"
                    + " AND b.product_id = ANY(CAST(?3 AS uuid[]))"
                    + " AND (l.expiry_date IS NULL OR l.expiry_date > ?4) GROUP BY b.product_id")
            .setParameter(2, location)
            .setParameter(3, SqlArrays.literal(products.stream().distinct().toList()))
            .setParameter(4, LocalDate.now(ZoneOffset.UTC))
            .getResultList();
    for (Object[] r : rows) {
      available.put((UUID) r[0], (BigDecimal) r[1]);
    }
    return available;
  }

  /** Lines of one product summed, in the order they were first named. */
  public static Map<UUID, BigDecimal> merged(List<Line> lines) {
    Map<UUID, BigDecimal> asked = new LinkedHashMap<>();
    lines.forEach(l -> asked.merge(l.productId(), l.quantity(), BigDecimal::add));
    return asked;
  }

  /** The lines asking for more than is available, per product (empty when all can be had). */
  public static List<InsufficientStockException.ShortLine> shortLines(
      Map<UUID, BigDecimal> asked, Map<UUID, BigDecimal> available) {
    List<InsufficientStockException.ShortLine> shortLines = new ArrayList<>();
    asked.forEach(
        (product, quantity) -> {
          BigDecimal there = available.getOrDefault(product, BigDecimal.ZERO);
          if (there.compareTo(quantity) < 0) {
            shortLines.add(new InsufficientStockException.ShortLine(product, there, quantity));
          }
        });
    return shortLines;
  }

  /** Refuses (409 with short lines) unless every line is available at the location now. */
  public void require(UUID location, List<Line> lines, String where) {
    Map<UUID, BigDecimal> asked = merged(lines);
    List<InsufficientStockException.ShortLine> shortLines =
        shortLines(asked, available(location, asked.keySet()));
    if (!shortLines.isEmpty()) {
      throw new InsufficientStockException(
          shortLines.size() + " of " + asked.size() + " products are short at " + where,
          shortLines);
    }
  }
}
