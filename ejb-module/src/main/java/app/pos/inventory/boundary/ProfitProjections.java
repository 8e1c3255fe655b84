package app.pos.inventory.boundary;

import app.pos.inventory.control.ProfitProjection;
import app.pos.inventory.entity.Location;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.platform.control.ReadsReplica;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Profit projections: the revenue, cost and margin the stock on hand at a location would bring sold
 * at a retail/wholesale mix, from each lot's own prices and book value.
 */
@Stateless
public class ProfitProjections {

  @Inject TenantStore store;

  /** One product's stock at the location, projected. */
  public record Row(
      UUID productId,
      String sku,
      String productName,
      BigDecimal quantityOnHand,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal cost,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal projectedRevenue,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal projectedMargin,
      BigDecimal marginPercent) {}

  /** The projection: the mix it assumed, its totals and a row per product. */
  public record Projection(
      UUID locationId,
      String locationName,
      BigDecimal retailPercent,
      BigDecimal wholesalePercent,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal totalCost,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal totalRevenue,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal totalMargin,
      BigDecimal marginPercent,
      List<Row> rows) {}

  @ReadsReplica
  public Projection project(
      UUID locationId, BigDecimal retailPercent, BigDecimal wholesalePercent) {
    if (locationId == null) {
      throw new InvalidInputException("location_id", "is required");
    }
    Location location =
        store
            .findOptional(Location.class, locationId)
            .orElseThrow(
                () ->
                    new InvalidInputException("location_id", "is not a location of this business"));
    if (!ProfitProjection.validMix(retailPercent, wholesalePercent)) {
      throw new InvalidInputException(
          "retail_percent",
          "and wholesale_percent must each be 0-100 and add up to 100 (they add up to "
              + retailPercent.add(wholesalePercent).stripTrailingZeros().toPlainString()
              + ")");
    }
    @SuppressWarnings("unchecked")
    List<Object[]> lots =
        store
            .nativeQuery(
                "SELECT b.product_id, p.sku, p.name, b.on_hand, b.book_value, l.retail_price,"
                    + " l.wholesale_price FROM inv_stock_balance b JOIN inv_stock_lot l ON l.id = b.lot_id"
                    + " JOIN inv_product p ON p.id = b.product_id"
                    + " WHERE b.business_id = ?1 AND b.location_id = ?2 AND b.on_hand > 0"
                    + " ORDER BY p.sku, b.product_id, b.lot_id")
            .setParameter(2, locationId)
            .getResultList();
    Map<UUID, BigDecimal[]> sums = new LinkedHashMap<>(); // quantity, cost, revenue
    Map<UUID, String[]> names = new LinkedHashMap<>();
    for (Object[] r : lots) {
      UUID product = (UUID) r[0];
      names.putIfAbsent(product, new String[] {(String) r[1], (String) r[2]});
      BigDecimal[] sum =
          sums.computeIfAbsent(
              product, p -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      BigDecimal quantity = (BigDecimal) r[3];
      sum[0] = sum[0].add(quantity);
      sum[1] = sum[1].add((BigDecimal) r[4]);
      sum[2] =
          sum[2].add(
              ProfitProjection.revenue(
                  quantity, (BigDecimal) r[5], (BigDecimal) r[6], retailPercent, wholesalePercent));
    }
    List<Row> rows = new ArrayList<>();
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal revenue = BigDecimal.ZERO;
    for (Map.Entry<UUID, BigDecimal[]> e : sums.entrySet()) {
      BigDecimal rowCost = ProfitProjection.cents(e.getValue()[1]);
      BigDecimal rowRevenue = ProfitProjection.cents(e.getValue()[2]);
      BigDecimal margin = rowRevenue.subtract(rowCost);
      String[] name = names.get(e.getKey());
      rows.add(
          new Row(
              e.getKey(),
              name[0],
              name[1],
              e.getValue()[0],
              rowCost,
              rowRevenue,
              margin,
              ProfitProjection.marginPercent(margin, rowRevenue)));
      cost = cost.add(rowCost);
      revenue = revenue.add(rowRevenue);
    }
    BigDecimal margin = revenue.subtract(cost);
    return new Projection(
        location.getId(),
        location.getName(),
        retailPercent,
        wholesalePercent,
        cost,
        revenue,
        margin,
        ProfitProjection.marginPercent(margin, revenue),
        rows);
  }
}
