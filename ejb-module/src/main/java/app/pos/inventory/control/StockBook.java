package app.pos.inventory.control;

import app.pos.platform.control.SqlValues;
import app.pos.platform.control.TenantStore;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
      lots.add(lotStock(r, 0));
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
    return takeAll(picks, location, movementType, documentType, document, false);
  }

  /** As {@link #takeAll}, of units reserved earlier (for a pending sale) by {@link #reserve}. */
  public List<Taken> takeReserved(
      List<Pick> picks, UUID location, String movementType, String documentType, UUID document) {
    return takeAll(picks, location, movementType, documentType, document, true);
  }

  private List<Taken> takeAll(
      List<Pick> picks,
      UUID location,
      String movementType,
      String documentType,
      UUID document,
      boolean reserved) {
    // several picks may come from one lot (two lines of a product): each is valued on what the
    // previous ones left, so the last units still take exactly the lot's remaining value
    Map<UUID, BigDecimal[]> left = new HashMap<>();
    List<Taken> taken = new ArrayList<>();
    for (Pick pick :
        picks.stream().sorted(Comparator.comparing(p -> p.take().lot().lotId())).toList()) {
      LotStock lot = pick.take().lot();
      BigDecimal quantity = pick.take().quantity();
      BigDecimal[] state =
          left.computeIfAbsent(lot.lotId(), id -> new BigDecimal[] {lot.onHand(), lot.bookValue()});
      BigDecimal value = StockValue.outflow(quantity, lot.unitCost(), state[0], state[1]);
      decrement(lot.lotId(), location, quantity, value, reserved);
      movement(
          lot.lotId(),
          pick.productId(),
          location,
          movementType,
          quantity.negate(),
          lot.unitCost(),
          value.negate(),
          documentType,
          document);
      state[0] = state[0].subtract(quantity);
      state[1] = state[1].subtract(value);
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
    decrement(lot, location, quantity, value, false);
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

  private void decrement(
      UUID lot, UUID location, BigDecimal quantity, BigDecimal value, boolean reserved) {
    String sql =
        reserved
            ? "UPDATE inv_stock_balance SET on_hand = on_hand - ?4, reserved = reserved - ?4,"
                + " book_value = book_value - ?5, updated_at = now() WHERE business_id = ?1"
                + " AND lot_id = ?2 AND location_id = ?3 AND reserved >= ?4"
            : "UPDATE inv_stock_balance SET on_hand = on_hand - ?4, book_value = book_value - ?5,"
                + " updated_at = now() WHERE business_id = ?1 AND lot_id = ?2 AND location_id = ?3"
                + " AND on_hand - reserved >= ?4";
    int updated =
        store
            .nativeQuery(sql)
            .setParameter(2, lot)
            .setParameter(3, location)
            .setParameter(4, quantity)
            .setParameter(5, value)
            .executeUpdate();
    if (updated != 1) {
      throw new InsufficientStockException("Stock of lot " + lot + " changed meanwhile");
    }
  }

  /** A lot's stock at a location, locked for this transaction, with the prices it sells at. */
  public record PricedLot(
      UUID productId, LotStock stock, BigDecimal retailPrice, BigDecimal wholesalePrice) {}

  /**
   * Locks the stock rows of these products at a location (in lot-id order, the one global lock
   * order) and returns them: allocation then works on figures no one else can change until commit.
   */
  public List<PricedLot> lockProducts(Collection<UUID> productIds, UUID location) {
    return lock("b.product_id", productIds, location);
  }

  /** As {@link #lockProducts}, for the given lots. */
  public List<PricedLot> lockLots(Collection<UUID> lotIds, UUID location) {
    return lock("b.lot_id", lotIds, location);
  }

  private List<PricedLot> lock(String column, Collection<UUID> ids, UUID location) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT b.product_id, b.lot_id, l.expiry_date, l.created_at, b.on_hand, b.reserved,"
                    + " b.book_value, l.unit_cost, l.retail_price, l.wholesale_price"
                    + " FROM inv_stock_balance b JOIN inv_stock_lot l ON l.id = b.lot_id"
                    + " WHERE b.business_id = ?1 AND b.location_id = ?2 AND "
                    + column
                    + " = ANY(CAST(?3 AS uuid[])) AND b.on_hand > 0 ORDER BY b.lot_id FOR UPDATE OF b")
            .setParameter(2, location)
            .setParameter(
                3,
                ids.stream()
                    .distinct()
                    .map(UUID::toString)
                    .collect(Collectors.joining(",", "{", "}")))
            .getResultList();
    List<PricedLot> lots = new ArrayList<>();
    for (Object[] r : rows) {
      lots.add(new PricedLot((UUID) r[0], lotStock(r, 1), (BigDecimal) r[8], (BigDecimal) r[9]));
    }
    return lots;
  }

  /** A lot's stock from the columns lot, expiry, received, on hand, reserved, value, unit cost. */
  private static LotStock lotStock(Object[] r, int first) {
    return new LotStock(
        (UUID) r[first],
        SqlValues.date(r[first + 1]),
        SqlValues.instant(r[first + 2]),
        (BigDecimal) r[first + 3],
        (BigDecimal) r[first + 4],
        (BigDecimal) r[first + 5],
        (BigDecimal) r[first + 6]);
  }

  /** Holds available units of a lot for a pending sale: no one else may take them. */
  public void reserve(UUID lot, UUID product, UUID location, BigDecimal quantity) {
    int updated =
        store
            .nativeQuery(
                "UPDATE inv_stock_balance SET reserved = reserved + ?4, updated_at = now()"
                    + " WHERE business_id = ?1 AND lot_id = ?2 AND location_id = ?3"
                    + " AND on_hand - reserved >= ?4")
            .setParameter(2, lot)
            .setParameter(3, location)
            .setParameter(4, quantity)
            .executeUpdate();
    if (updated != 1) {
      throw new InsufficientStockException("Stock of lot " + lot + " changed meanwhile");
    }
    moved.fire(new StockMoved(store.businessId(), product, location));
  }

  /** Gives held units back to the available stock. */
  public void release(UUID lot, UUID product, UUID location, BigDecimal quantity) {
    int updated =
        store
            .nativeQuery(
                "UPDATE inv_stock_balance SET reserved = reserved - ?4, updated_at = now()"
                    + " WHERE business_id = ?1 AND lot_id = ?2 AND location_id = ?3 AND reserved >= ?4")
            .setParameter(2, lot)
            .setParameter(3, location)
            .setParameter(4, quantity)
            .executeUpdate();
    if (updated != 1) {
      throw new IllegalStateException("Lot " + lot + " holds less than " + quantity + " reserved");
    }
    moved.fire(new StockMoved(store.businessId(), product, location));
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
