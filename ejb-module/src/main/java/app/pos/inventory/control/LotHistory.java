package app.pos.inventory.control;

import app.pos.platform.control.SqlArrays;
import app.pos.platform.control.TenantStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The last known lot of products: the cost and prices of the lot each was last received in,
 * wherever it is now. An offline sale values units the shelf did not have at this cost (a public
 * control of inventory, read in the caller's transaction).
 */
@Dependent
public class LotHistory {

  @Inject TenantStore store;

  /** The figures of a product's most recently received lot. */
  public record LastLot(
      UUID productId, BigDecimal unitCost, BigDecimal retailPrice, BigDecimal wholesalePrice) {}

  /** The last lot of each of the products that ever had one, by product. */
  public Map<UUID, LastLot> lastLots(Collection<UUID> productIds) {
    Map<UUID, LastLot> lots = new HashMap<>();
    if (productIds.isEmpty()) {
      return lots;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT DISTINCT ON (product_id) product_id, unit_cost, retail_price, wholesale_price"
                    + " FROM inv_stock_lot WHERE business_id = ?1"
                    + " AND product_id = ANY(CAST(?2 AS uuid[]))"
                    + " ORDER BY product_id, created_at DESC, id DESC")
            .setParameter(2, SqlArrays.literal(productIds.stream().distinct().toList()))
            .getResultList();
    for (Object[] r : rows) {
      lots.put(
          (UUID) r[0],
          new LastLot((UUID) r[0], (BigDecimal) r[1], (BigDecimal) r[2], (BigDecimal) r[3]));
    }
    return lots;
  }
}
