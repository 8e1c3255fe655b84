package app.pos.inventory.control;

import app.pos.platform.control.TenantStore;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The one stock truth: every change to a balance row (on hand, book value) writes its movement in
 * the same transaction. Decrements are guarded updates ({@code on_hand - reserved >= qty}) issued
 * by the caller in lot-id order, so concurrent takers never deadlock and never go below zero; the
 * database's CHECKs stand behind them.
 */
@Dependent
public class StockBook {

  @Inject TenantStore store;
  @Inject Event<StockMoved> moved;

  /** The stock of a product's lots at a location. */
  public List<LotStock> lots(UUID productId, UUID locationId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT b.lot_id, l.expiry_date, l.created_at, b.on_hand, b.reserved, b.book_value, l.unit_cost"
                    + " FROM inv_stock_balance b JOIN inv_stock_lot l ON l.id = b.lot_id"
                    + " WHERE b.business_id = ?1 AND b.product_id = ?2 AND b.location_id = ?3 AND b.on_hand > 0")
            .setParameter(2, productId)
            .setParameter(3, locationId)
            .getResultList();
    List<LotStock> lots = new ArrayList<>();
    for (Object[] r : rows) {
      lots.add(
          new LotStock(
              (UUID) r[0],
              r[1] == null ? null : ((Date) r[1]).toLocalDate(),
              ((Timestamp) r[2]).toInstant(),
              (BigDecimal) r[3],
              (BigDecimal) r[4],
              (BigDecimal) r[5],
              (BigDecimal) r[6]));
    }
    return lots;
  }

  /** Adds stock (and its book value) of a lot at a location. */
  public void put(
      UUID lot,
      UUID product,
      UUID location,
      BigDecimal quantity,
      BigDecimal unitCost,
      BigDecimal value,
      String movementType,
      String documentType,
      UUID document) {
    store
        .nativeQuery(
            "INSERT INTO inv_stock_balance (business_id, lot_id, location_id, product_id, on_hand, reserved,"
                + " book_value, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, now())"
                + " ON CONFLICT (lot_id, location_id) DO UPDATE SET on_hand = inv_stock_balance.on_hand"
                + " + EXCLUDED.on_hand, book_value = inv_stock_balance.book_value + EXCLUDED.book_value,"
                + " updated_at = now()")
        .setParameter(2, lot)
        .setParameter(3, location)
        .setParameter(4, product)
        .setParameter(5, quantity)
        .setParameter(6, value)
        .executeUpdate();
    movement(
        lot, product, location, movementType, quantity, unitCost, value, documentType, document);
  }

  /** So much of a product's lot, as picked by {@link FefoAllocation}. */
  public record Pick(UUID productId, FefoAllocation.Take take) {}

  /** A pick that was taken, and the book value that left with it. */
  public record Taken(Pick pick, BigDecimal value) {}

  /**
   * Takes several picks from a location in lot-id order (the one global lock order), each valued
   * with {@link StockValue#outflow}; all or nothing, as the caller's transaction decides.
   */
  public List<Taken> takeAll(
      List<Pick> picks, UUID location, String movementType, String documentType, UUID document) {
    List<Taken> taken = new ArrayList<>();
    for (Pick pick :
        picks.stream().sorted(Comparator.comparing(p -> p.take().lot().lotId())).toList()) {
      LotStock lot = pick.take().lot();
      BigDecimal quantity = pick.take().quantity();
      BigDecimal value =
          StockValue.outflow(quantity, lot.unitCost(), lot.onHand(), lot.bookValue());
      take(
          lot.lotId(),
          pick.productId(),
          location,
          quantity,
          lot.unitCost(),
          value,
          movementType,
          documentType,
          document);
      taken.add(new Taken(pick, value));
    }
    return taken;
  }

  /** Takes available stock of a lot from a location, or refuses (409) if it is no longer there. */
  public void take(
      UUID lot,
      UUID product,
      UUID location,
      BigDecimal quantity,
      BigDecimal unitCost,
      BigDecimal value,
      String movementType,
      String documentType,
      UUID document) {
    int updated =
        store
            .nativeQuery(
                "UPDATE inv_stock_balance SET on_hand = on_hand - ?4, book_value = book_value - ?5,"
                    + " updated_at = now() WHERE business_id = ?1 AND lot_id = ?2 AND location_id = ?3"
                    + " AND on_hand - reserved >= ?4")
            .setParameter(2, lot)
            .setParameter(3, location)
            .setParameter(4, quantity)
            .setParameter(5, value)
            .executeUpdate();
    if (updated != 1) {
      throw new InsufficientStockException("Stock of lot " + lot + " changed meanwhile");
    }
    movement(
        lot,
        product,
        location,
        movementType,
        quantity.negate(),
        unitCost,
        value.negate(),
        documentType,
        document);
  }

  private void movement(
      UUID lot,
      UUID product,
      UUID location,
      String type,
      BigDecimal quantity,
      BigDecimal unitCost,
      BigDecimal value,
      String documentType,
      UUID document) {
    moved.fire(new StockMoved(store.businessId(), product, location));
    store
        .nativeQuery(
            "INSERT INTO inv_stock_movement (business_id, id, lot_id, location_id, product_id, movement_type,"
                + " quantity, unit_cost, value, document_type, document_id, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, now())")
        .setParameter(2, UUID.randomUUID())
        .setParameter(3, lot)
        .setParameter(4, location)
        .setParameter(5, product)
        .setParameter(6, type)
        .setParameter(7, quantity)
        .setParameter(8, unitCost)
        .setParameter(9, value)
        .setParameter(10, documentType)
        .setParameter(11, document)
        .executeUpdate();
  }
}
