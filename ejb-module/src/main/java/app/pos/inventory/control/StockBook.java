package app.pos.inventory.control;

import app.pos.platform.control.LostRaceException;
import app.pos.platform.control.SqlArrays;
import app.pos.platform.control.SqlValues;
import app.pos.platform.control.TenantStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  @Resource TransactionSynchronizationRegistry transaction;

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
    movements(
        location,
        movementType,
        documentType,
        document,
        List.of(new Movement(lot, product, quantity, unitCost, value)));
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
    List<Taken> taken = valued(picks);
    // one guarded statement for all lots (already locked in lot-id order by the caller), one for
    // the movements
    Map<UUID, LotTake> byLot = byLot(taken);
    decrement(
        location,
        List.copyOf(byLot.keySet()),
        byLot.values().stream().map(LotTake::quantity).toList(),
        byLot.values().stream().map(LotTake::value).toList(),
        reserved);
    movements(location, movementType, documentType, document, movementsOf(taken));
    return taken;
  }

  /**
   * What each pick takes in book value ({@link StockValue#outflow}), from the lot figures it was
   * picked on. Several picks may come from one lot (two lines of a product): each is valued on what
   * the previous ones left, so the last units still take exactly the lot's remaining value.
   */
  public List<Taken> valued(List<Pick> picks) {
    Map<UUID, BigDecimal[]> left = new HashMap<>();
    List<Taken> taken = new ArrayList<>();
    for (Pick pick :
        picks.stream().sorted(Comparator.comparing(p -> p.take().lot().lotId())).toList()) {
      LotStock lot = pick.take().lot();
      BigDecimal quantity = pick.take().quantity();
      BigDecimal[] state =
          left.computeIfAbsent(lot.lotId(), id -> new BigDecimal[] {lot.onHand(), lot.bookValue()});
      BigDecimal value = StockValue.outflow(quantity, lot.unitCost(), state[0], state[1]);
      state[0] = state[0].subtract(quantity);
      state[1] = state[1].subtract(value);
      taken.add(new Taken(pick, value));
    }
    return taken;
  }

  /**
   * Takes picks {@link #valued} on figures read without a lock, as the last statements of the
   * transaction: the rows are locked in lot-id order, then one guarded statement takes them,
   * refusing unless each lot still gives the value it was priced at (still more on hand than is
   * taken and enough book value, so every pick is its quantity × unit cost; or, for picks that
   * empty a lot, exactly the figures they were read with). A refusal is a {@link
   * LostRaceException}: the sale runs again on fresh figures. Until then a hot product's rows stay
   * locked only from here to the commit.
   */
  public void takeLast(
      List<Taken> taken, UUID location, String movementType, String documentType, UUID document) {
    Map<UUID, LotTake> byLot = byLot(taken);
    List<UUID> lots = List.copyOf(byLot.keySet());
    writeMovements(location, movementType, documentType, document, movementsOf(taken));
    Map<UUID, BigDecimal> available = lockLevels(taken, lots, location);
    List<LotTake> takes = List.copyOf(byLot.values());
    // the reorder levels come with the take: a statement begun after the locks sees a level
    // changed by a transaction the locks waited for (thresholdChanged locks these rows first)
    @SuppressWarnings("unchecked")
    List<Object[]> updated =
        store
            .nativeQuery(
                "UPDATE inv_stock_balance b SET on_hand = b.on_hand - t.quantity,"
                    + " book_value = b.book_value - t.value, updated_at = now()"
                    + " FROM unnest(CAST(?3 AS uuid[]), CAST(?4 AS numeric[]), CAST(?5 AS numeric[]),"
                    + " CAST(?6 AS numeric[]), CAST(?7 AS numeric[]))"
                    + " AS t(lot_id, quantity, value, on_hand, book_value), inv_product p"
                    + " WHERE b.business_id = ?1 AND b.location_id = ?2 AND b.lot_id = t.lot_id"
                    + " AND p.id = b.product_id"
                    + " AND b.on_hand - b.reserved >= t.quantity AND CASE WHEN t.on_hand IS NULL"
                    + " THEN b.on_hand > t.quantity AND b.book_value >= t.value"
                    + " ELSE b.on_hand = t.on_hand AND b.book_value = t.book_value END"
                    + " RETURNING b.product_id, p.reorder_level")
            .setParameter(2, location)
            .setParameter(3, SqlArrays.literal(lots))
            .setParameter(4, SqlArrays.literal(takes.stream().map(LotTake::quantity).toList()))
            .setParameter(5, SqlArrays.literal(takes.stream().map(LotTake::value).toList()))
            .setParameter(6, SqlArrays.literal(takes.stream().map(LotTake::expectOnHand).toList()))
            .setParameter(
                7, SqlArrays.literal(takes.stream().map(LotTake::expectBookValue).toList()))
            .getResultList();
    if (updated.size() != lots.size()) {
      throw new LostRaceException(
          "stock-changed",
          "Stock changed",
          "The stock of the lots this sale takes changed while it was rung up; send it again");
    }
    Map<UUID, BigDecimal> reorderLevels = new HashMap<>();
    updated.forEach(r -> reorderLevels.put((UUID) r[0], (BigDecimal) r[1]));
    noteLowLevels(taken, available, reorderLevels, location);
  }

  /**
   * Locks, in lot-id order, every row holding stock of the taken products at the location (and the
   * taken lots' rows, whatever they hold), answering what each makes available as the alert check
   * counts it, by product: unexpired on hand less reserved. With all of them locked, what the sale
   * leaves is exact until commit.
   */
  private Map<UUID, BigDecimal> lockLevels(List<Taken> taken, List<UUID> lots, UUID location) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT b.product_id, CASE WHEN l.expiry_date IS NULL OR l.expiry_date > current_date"
                    + " THEN b.on_hand - b.reserved ELSE 0 END"
                    + " FROM inv_stock_balance b JOIN inv_stock_lot l ON l.id = b.lot_id"
                    + " WHERE b.business_id = ?1 AND b.location_id = ?2"
                    + " AND b.product_id = ANY(CAST(?3 AS uuid[]))"
                    + " AND (b.on_hand > 0 OR b.lot_id = ANY(CAST(?4 AS uuid[])))"
                    + " ORDER BY b.lot_id FOR UPDATE OF b")
            .setParameter(2, location)
            .setParameter(
                3,
                SqlArrays.literal(
                    taken.stream().map(t -> t.pick().productId()).distinct().toList()))
            .setParameter(4, SqlArrays.literal(lots))
            .getResultList();
    Map<UUID, BigDecimal> available = new LinkedHashMap<>();
    rows.forEach(r -> available.merge((UUID) r[0], (BigDecimal) r[1], BigDecimal::add));
    return available;
  }

  /**
   * Notes for the alert check after commit only the products this take leaves at or below their
   * reorder level. Taking stock can neither resolve an alert nor open one for a product it leaves
   * above that level: whatever raised the level above it was checked itself.
   */
  private void noteLowLevels(
      List<Taken> taken,
      Map<UUID, BigDecimal> available,
      Map<UUID, BigDecimal> reorderLevels,
      UUID location) {
    Map<UUID, BigDecimal> left = new LinkedHashMap<>(available);
    for (Taken t : taken) {
      left.merge(t.pick().productId(), t.pick().take().quantity().negate(), BigDecimal::add);
    }
    left.forEach(
        (product, remaining) -> {
          BigDecimal threshold = reorderLevels.get(product);
          if (threshold == null || remaining.compareTo(threshold) <= 0) {
            moved(product, location);
          }
        });
  }

  /**
   * What one lot gives to a transaction's picks. {@code expectOnHand} and {@code expectBookValue}
   * are the figures it was read with when the value depends on them (the picks empty the lot, or
   * take more value than quantity × unit cost would leave): null when it does not.
   */
  private record LotTake(
      BigDecimal quantity, BigDecimal value, BigDecimal expectOnHand, BigDecimal expectBookValue) {}

  private static Map<UUID, LotTake> byLot(List<Taken> taken) {
    Map<UUID, List<Taken>> picksOf = new LinkedHashMap<>();
    taken.forEach(
        t ->
            picksOf.computeIfAbsent(t.pick().take().lot().lotId(), id -> new ArrayList<>()).add(t));
    Map<UUID, LotTake> byLot = new LinkedHashMap<>();
    picksOf.forEach(
        (lot, picks) -> {
          LotStock read = picks.get(0).pick().take().lot();
          BigDecimal quantity = BigDecimal.ZERO;
          BigDecimal value = BigDecimal.ZERO;
          BigDecimal atUnitCost = BigDecimal.ZERO;
          for (Taken t : picks) {
            quantity = quantity.add(t.pick().take().quantity());
            value = value.add(t.value());
            atUnitCost = atUnitCost.add(StockValue.of(t.pick().take().quantity(), read.unitCost()));
          }
          boolean byUnitCost =
              read.onHand() != null
                  && quantity.compareTo(read.onHand()) < 0
                  && value.compareTo(atUnitCost) == 0;
          byLot.put(
              lot,
              byUnitCost
                  ? new LotTake(quantity, value, null, null)
                  : new LotTake(quantity, value, read.onHand(), read.bookValue()));
        });
    return byLot;
  }

  private static List<Movement> movementsOf(List<Taken> taken) {
    return taken.stream()
        .map(
            t ->
                new Movement(
                    t.pick().take().lot().lotId(),
                    t.pick().productId(),
                    t.pick().take().quantity().negate(),
                    t.pick().take().lot().unitCost(),
                    t.value().negate()))
        .toList();
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
    decrement(location, List.of(lot), List.of(quantity), List.of(value), false);
    movements(
        location,
        movementType,
        documentType,
        document,
        List.of(new Movement(lot, product, quantity.negate(), unitCost, value.negate())));
  }

  /** Takes so much (and so much book value) of each lot, all or none; refuses (409) otherwise. */
  private void decrement(
      UUID location,
      List<UUID> lots,
      List<BigDecimal> quantities,
      List<BigDecimal> values,
      boolean reserved) {
    String sql =
        "UPDATE inv_stock_balance b SET on_hand = b.on_hand - t.quantity,"
            + (reserved ? " reserved = b.reserved - t.quantity," : "")
            + " book_value = b.book_value - t.value, updated_at = now()"
            + " FROM unnest(CAST(?3 AS uuid[]), CAST(?4 AS numeric[]), CAST(?5 AS numeric[]))"
            + " AS t(lot_id, quantity, value)"
            + " WHERE b.business_id = ?1 AND b.location_id = ?2 AND b.lot_id = t.lot_id AND "
            + (reserved ? "b.reserved >= t.quantity" : "b.on_hand - b.reserved >= t.quantity");
    int updated =
        store
            .nativeQuery(sql)
            .setParameter(2, location)
            .setParameter(3, SqlArrays.literal(lots))
            .setParameter(4, SqlArrays.literal(quantities))
            .setParameter(5, SqlArrays.literal(values))
            .executeUpdate();
    if (updated != lots.size()) {
      throw new InsufficientStockException("Stock of lots " + lots + " changed meanwhile");
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
    return lock(productIds, List.of(), location, true);
  }

  /**
   * As {@link #lockProducts} without the lock: figures another transaction may change before this
   * one takes its picks, which {@link #takeLast} then checks.
   */
  public List<PricedLot> readProducts(Collection<UUID> productIds, UUID location) {
    return lock(productIds, List.of(), location, false);
  }

  /** As {@link #lockProducts}, for the given lots. */
  public List<PricedLot> lockLots(Collection<UUID> lotIds, UUID location) {
    return lock(List.of(), lotIds, location, true).stream()
        .filter(l -> l.stock().onHand().signum() > 0)
        .toList();
  }

  /**
   * As {@link #lockProducts}, together with the rows of lots that units go back to (a refund's or
   * an exchange's returns), whatever they hold: a sold-out lot's row is locked in the same lot-id
   * pass as the rest, not later, when the units land in it. Answers the rows with stock.
   */
  public List<PricedLot> lockProductsAndReturns(
      Collection<UUID> productIds, Collection<UUID> returningLots, UUID location) {
    return lock(productIds, returningLots, location, true).stream()
        .filter(l -> l.stock().onHand().signum() > 0)
        .toList();
  }

  private List<PricedLot> lock(
      Collection<UUID> productIds, Collection<UUID> lotIds, UUID location, boolean forUpdate) {
    String withStock = "(b.product_id = ANY(CAST(?3 AS uuid[])) AND b.on_hand > 0)";
    String returning = "b.lot_id = ANY(CAST(?4 AS uuid[]))";
    String which =
        lotIds.isEmpty()
            ? withStock
            : productIds.isEmpty() ? returning : "(" + withStock + " OR " + returning + ")";
    Query query =
        store
            .nativeQuery(
                "SELECT b.product_id, b.lot_id, l.expiry_date, l.created_at, b.on_hand, b.reserved,"
                    + " b.book_value, l.unit_cost, l.retail_price, l.wholesale_price"
                    + " FROM inv_stock_balance b JOIN inv_stock_lot l ON l.id = b.lot_id"
                    + " WHERE b.business_id = ?1 AND b.location_id = ?2 AND "
                    + which
                    + " ORDER BY b.lot_id"
                    + (forUpdate ? " FOR UPDATE OF b" : ""))
            .setParameter(2, location);
    if (which.contains("?3")) {
      query.setParameter(3, SqlArrays.literal(productIds.stream().distinct().toList()));
    }
    if (which.contains("?4")) {
      query.setParameter(4, SqlArrays.literal(lotIds.stream().distinct().toList()));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
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
      // only a caller that read the lot without locking it gets here (it runs again)
      throw new LostRaceException(
          "stock-changed",
          "Stock changed",
          "The stock of lot " + lot + " changed while this was rung up; send it again");
    }
    moved(product, location);
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
    moved(product, location);
  }

  /**
   * Notes that a product's reorder level is changing: its levels are checked after commit at every
   * location that holds a row of it, as after a change of its stock.
   */
  public void thresholdChanged(UUID product) {
    // its stock rows are locked until the new level commits: a sale that takes them meanwhile
    // waits and then reads the new level, one that took them first is seen by the check after
    @SuppressWarnings("unchecked")
    List<UUID> locations =
        store
            .nativeQuery(
                "SELECT location_id FROM inv_stock_balance WHERE business_id = ?1 AND product_id = ?2"
                    + " ORDER BY lot_id, location_id FOR UPDATE")
            .setParameter(2, product)
            .getResultList();
    locations.stream().distinct().forEach(location -> moved(product, location));
  }

  /**
   * Notes that a product's stock changed at a location: one {@link StockMoved} per transaction and
   * business collects them all, and is observed once the transaction commits.
   */
  private void moved(UUID product, UUID location) {
    if (transaction.getTransactionKey() == null) {
      moved.fire(new StockMoved(store.businessId(), product, location));
      return;
    }
    String key = StockMoved.class.getName() + "/" + store.businessId();
    StockMoved pending = (StockMoved) transaction.getResource(key);
    if (pending == null) {
      pending = new StockMoved(store.businessId());
      transaction.putResource(key, pending);
      moved.fire(pending); // observers run after commit, when it holds every change
    }
    pending.add(product, location);
  }

  /** A line of the stock movement journal: signed quantity and value. */
  private record Movement(
      UUID lotId, UUID productId, BigDecimal quantity, BigDecimal unitCost, BigDecimal value) {}

  private void movements(
      UUID location, String type, String documentType, UUID document, List<Movement> lines) {
    lines.forEach(m -> moved(m.productId(), location));
    writeMovements(location, type, documentType, document, lines);
  }

  private void writeMovements(
      UUID location, String type, String documentType, UUID document, List<Movement> lines) {
    store
        .nativeQuery(
            "INSERT INTO inv_stock_movement (business_id, id, lot_id, location_id, product_id,"
                + " movement_type, quantity, unit_cost, value, document_type, document_id, created_at)"
                + " SELECT ?1, gen_random_uuid(), m.lot_id, ?2, m.product_id, ?3, m.quantity,"
                + " m.unit_cost, m.value, ?4, ?5, now() FROM unnest(CAST(?6 AS uuid[]),"
                + " CAST(?7 AS uuid[]), CAST(?8 AS numeric[]), CAST(?9 AS numeric[]),"
                + " CAST(?10 AS numeric[])) AS m(lot_id, product_id, quantity, unit_cost, value)")
        .setParameter(2, location)
        .setParameter(3, type)
        .setParameter(4, documentType)
        .setParameter(5, document)
        .setParameter(6, SqlArrays.literal(lines.stream().map(Movement::lotId).toList()))
        .setParameter(7, SqlArrays.literal(lines.stream().map(Movement::productId).toList()))
        .setParameter(8, SqlArrays.literal(lines.stream().map(Movement::quantity).toList()))
        .setParameter(9, SqlArrays.literal(lines.stream().map(Movement::unitCost).toList()))
        .setParameter(10, SqlArrays.literal(lines.stream().map(Movement::value).toList()))
        .executeUpdate();
  }
}
