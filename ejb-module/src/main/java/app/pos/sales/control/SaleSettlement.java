package app.pos.sales.control;

import app.pos.audit.boundary.AuditTrail;
import app.pos.bookkeeping.boundary.Ledger;
import app.pos.inventory.control.FefoAllocation;
import app.pos.inventory.control.LotStock;
import app.pos.inventory.control.StockBook;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.SqlArrays;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import app.pos.platform.entity.Role;
import app.pos.sales.control.Tenders.Settlement;
import app.pos.sales.entity.Payment;
import app.pos.sales.entity.PaymentMethod;
import app.pos.sales.entity.PaymentStatus;
import app.pos.sales.entity.Reservation;
import app.pos.sales.entity.ReservationStatus;
import app.pos.sales.entity.Sale;
import app.pos.sales.entity.SaleItem;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes and settles sales: the one place where a sale's rows are written, its stock taken, held or
 * put back, its customer charged and its journal entry posted, all in the caller's transaction. It
 * is the only writer of {@code sal_sale_item_lot} (which lots each line sold, at what price and
 * cost, and how much of it came back). Locks are taken in one order: the sale, its stock rows
 * (lot-id order), the customer.
 */
@Dependent
public class SaleSettlement {

  public static final String DOCUMENT = "SALE";

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject StockBook stock;
  @Inject Ledger ledger;
  @Inject CustomerAccounts accounts;
  @Inject AuditTrail audit;
  @Inject Event<SaleCompleted> completed;

  /** A lot a line is sold from, and the unit price its units sell at: the sale's record of it. */
  public record LineLot(
      UUID saleItemId, UUID productId, FefoAllocation.Take take, BigDecimal unitPrice) {}

  /** The lines' lots as recorded for a sale (for a pending sale: what it holds). */
  public List<LineLot> lotsOf(Sale sale, List<SaleItem> items, boolean lock) {
    Map<UUID, SaleItem> byId = new HashMap<>();
    items.forEach(i -> byId.put(i.getId(), i));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT sale_item_id, lot_id, quantity, unit_price FROM sal_sale_item_lot"
                    + " WHERE business_id = ?1 AND sale_item_id = ANY(CAST(?2 AS uuid[]))")
            .setParameter(2, SqlArrays.literal(byId.keySet()))
            .getResultList();
    Map<UUID, LotStock> current = new HashMap<>();
    if (lock) {
      stock
          .lockLots(rows.stream().map(r -> (UUID) r[1]).toList(), sale.getStorefrontId())
          .forEach(l -> current.put(l.stock().lotId(), l.stock()));
    }
    List<LineLot> lots = new ArrayList<>();
    for (Object[] r : rows) {
      UUID lotId = (UUID) r[1];
      LotStock lot =
          current.getOrDefault(
              lotId, new LotStock(lotId, null, null, null, null, null, BigDecimal.ZERO));
      UUID itemId = (UUID) r[0];
      lots.add(
          new LineLot(
              itemId,
              byId.get(itemId).getProductId(),
              new FefoAllocation.Take(lot, (BigDecimal) r[2]),
              (BigDecimal) r[3]));
    }
    return lots;
  }

  /**
   * Takes a new sale's stock as its transaction's last statements, at the values {@link #complete}
   * (with {@code stockLast}) costed its lines with: the lots were read unlocked, so {@link
   * StockBook#takeLast} checks they still give those values, or the sale runs again.
   */
  public void takeLast(Sale sale, List<LineLot> lots) {
    List<StockBook.Pick> picks =
        lots.stream().map(l -> new StockBook.Pick(l.productId(), l.take())).toList();
    stock.takeLast(stock.valued(picks), sale.getStorefrontId(), "SALE", DOCUMENT, sale.getId());
  }

  /** The book value that left with a line's units of a lot. */
  public record LotCost(UUID saleItemId, UUID lotId, BigDecimal cost) {}

  /**
   * Writes a new sale as it ends up (settled, or pending with its stock to be held): the sale, its
   * lines and payments, and in one statement which lots each line is sold from, at which price, and
   * the cost that left with them (none yet for a pending sale: {@link #complete} sets it when the
   * held units are taken).
   */
  public void write(
      Sale sale,
      List<SaleItem> items,
      List<Payment> payments,
      List<LineLot> lots,
      List<LotCost> costs) {
    store.persist(sale);
    items.forEach(store::persist);
    payments.forEach(store::persist);
    Map<List<UUID>, BigDecimal> costOf = new HashMap<>();
    costs.forEach(c -> costOf.put(List.of(c.saleItemId(), c.lotId()), c.cost()));
    store
        .nativeQuery(
            "INSERT INTO sal_sale_item_lot (business_id, sale_item_id, lot_id, quantity, unit_price,"
                + " unit_cost, cost) SELECT ?1, l.* FROM unnest(CAST(?2 AS uuid[]), CAST(?3 AS uuid[]),"
                + " CAST(?4 AS numeric[]), CAST(?5 AS numeric[]), CAST(?6 AS numeric[]),"
                + " CAST(?7 AS numeric[])) AS l")
        .setParameter(2, SqlArrays.literal(lots.stream().map(LineLot::saleItemId).toList()))
        .setParameter(3, SqlArrays.literal(lots.stream().map(l -> l.take().lot().lotId()).toList()))
        .setParameter(4, SqlArrays.literal(lots.stream().map(l -> l.take().quantity()).toList()))
        .setParameter(5, SqlArrays.literal(lots.stream().map(LineLot::unitPrice).toList()))
        .setParameter(
            6, SqlArrays.literal(lots.stream().map(l -> l.take().lot().unitCost()).toList()))
        .setParameter(
            7,
            SqlArrays.literal(
                lots.stream()
                    .map(
                        l ->
                            costOf.getOrDefault(
                                List.of(l.saleItemId(), l.take().lot().lotId()), BigDecimal.ZERO))
                    .toList()))
        .executeUpdate();
  }

  /**
   * Records the lots an offline sale's oversold units were taken from once the stock arrived (on
   * the sale's line of that product that lots do not cover yet, at the line's unit price), and
   * corrects the line's and the sale's cost from {@code heldValue} (the last known lot cost they
   * were held at) to the book value taken: a restocking refund then puts them back like any other
   * unit. Answers the line.
   */
  public SaleItem recordArrived(
      UUID saleId, UUID productId, List<StockBook.Taken> taken, BigDecimal heldValue) {
    Sale sale = store.find(Sale.class, saleId);
    BigDecimal quantity =
        taken.stream()
            .map(t -> t.pick().take().quantity())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    SaleItem line = null;
    for (SaleItem item :
        store.list(
            SaleItem.class,
            "e.saleId = :sale AND e.productId = :product",
            Map.of("sale", saleId, "product", productId),
            "e.lineNumber")) {
      BigDecimal covered =
          (BigDecimal)
              store
                  .nativeQuery(
                      "SELECT coalesce(sum(quantity), 0) FROM sal_sale_item_lot"
                          + " WHERE business_id = ?1 AND sale_item_id = ?2")
                  .setParameter(2, item.getId())
                  .getSingleResult();
      if (item.getQuantity().subtract(covered).compareTo(quantity) >= 0) {
        line = item;
        break;
      }
    }
    if (line == null) {
      throw new IllegalStateException(
          "sale " + saleId + " has no line of " + productId + " short of " + quantity);
    }
    BigDecimal value = BigDecimal.ZERO;
    for (StockBook.Taken t : taken) {
      store
          .nativeQuery(
              "INSERT INTO sal_sale_item_lot (business_id, sale_item_id, lot_id, quantity,"
                  + " unit_price, unit_cost, cost) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                  + " ON CONFLICT (sale_item_id, lot_id) DO UPDATE SET quantity ="
                  + " sal_sale_item_lot.quantity + EXCLUDED.quantity, cost = sal_sale_item_lot.cost"
                  + " + EXCLUDED.cost")
          .setParameter(2, line.getId())
          .setParameter(3, t.pick().take().lot().lotId())
          .setParameter(4, t.pick().take().quantity())
          .setParameter(5, line.getUnitPrice())
          .setParameter(6, t.pick().take().lot().unitCost())
          .setParameter(7, t.value())
          .executeUpdate();
      value = value.add(t.value());
    }
    BigDecimal correction = value.subtract(heldValue);
    line.costed(line.getCost().add(correction));
    sale.costCorrected(sale.getCostTotal().add(correction));
    return line;
  }

  /** Sets the cost of lots recorded while the sale was pending, now that they are taken. */
  private void recordCosts(List<LotCost> costs) {
    store
        .nativeQuery(
            "UPDATE sal_sale_item_lot s SET cost = c.cost FROM unnest(CAST(?2 AS uuid[]),"
                + " CAST(?3 AS uuid[]), CAST(?4 AS numeric[])) AS c(sale_item_id, lot_id, cost)"
                + " WHERE s.business_id = ?1 AND s.sale_item_id = c.sale_item_id AND s.lot_id = c.lot_id")
        .setParameter(2, SqlArrays.literal(costs.stream().map(LotCost::saleItemId).toList()))
        .setParameter(3, SqlArrays.literal(costs.stream().map(LotCost::lotId).toList()))
        .setParameter(4, SqlArrays.literal(costs.stream().map(LotCost::cost).toList()))
        .executeUpdate();
  }

  /** Holds the lines' lots for a pending sale until {@code sale.reservedUntil}. */
  public void reserve(Sale sale, List<LineLot> lots) {
    for (LineLot lot : sortedByLot(lots)) {
      stock.reserve(
          lot.take().lot().lotId(), lot.productId(), sale.getStorefrontId(), lot.take().quantity());
    }
    store.persist(new Reservation(sale.getId(), sale.getStorefrontId(), sale.getReservedUntil()));
  }

  /**
   * Settles a sale whose tenders cover it: takes its stock (held, or locked by the caller), checks
   * and charges the customer's credit, and posts Dr tenders / Cr revenue and tax / Dr COGS / Cr
   * inventory.
   *
   * @param settlement how the sale's tenders settle it (covered)
   * @param lots the lines' lots with their locked stock figures
   * @param held whether the units were reserved by {@link #reserve} (their lots are recorded: their
   *     costs are set here)
   * @param chart the chart of accounts by code, read before any stock row was locked
   * @return the cost that left with each line's lots, for {@link #write} of a new sale
   */
  public List<LotCost> complete(
      Sale sale,
      List<SaleItem> items,
      Settlement settlement,
      List<LineLot> lots,
      boolean held,
      String creditOverrideReason,
      Map<String, UUID> chart,
      boolean stockLast) {
    if (!settlement.covered()) {
      throw new IllegalStateException("complete() needs tenders that cover the sale");
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    List<StockBook.Pick> picks = new ArrayList<>();
    // identity: two lines may pick equal quantities of one lot
    Map<StockBook.Pick, UUID> itemOfPick = new IdentityHashMap<>();
    for (LineLot lot : lots) {
      StockBook.Pick pick = new StockBook.Pick(lot.productId(), lot.take());
      picks.add(pick);
      itemOfPick.put(pick, lot.saleItemId());
    }
    List<StockBook.Taken> taken =
        held
            ? stock.takeReserved(picks, sale.getStorefrontId(), "SALE", DOCUMENT, sale.getId())
            : stockLast
                ? stock.valued(picks) // taken by takeLast, at these values
                : stock.takeAll(picks, sale.getStorefrontId(), "SALE", DOCUMENT, sale.getId());
    Map<UUID, BigDecimal> costByItem = new HashMap<>();
    BigDecimal cost = BigDecimal.ZERO;
    List<LotCost> lotCosts = new ArrayList<>();
    for (StockBook.Taken t : taken) {
      UUID itemId = itemOfPick.get(t.pick());
      costByItem.merge(itemId, t.value(), BigDecimal::add);
      cost = cost.add(t.value());
      lotCosts.add(new LotCost(itemId, t.pick().take().lot().lotId(), t.value()));
    }
    items.forEach(i -> i.costed(costByItem.getOrDefault(i.getId(), BigDecimal.ZERO)));

    BigDecimal onCredit = settlement.kept().getOrDefault(PaymentMethod.CREDIT, BigDecimal.ZERO);
    CustomerAccounts.Account account = null;
    String override = null;
    if (onCredit.signum() > 0) {
      account = accounts.lock(sale.getCustomerId(), today);
      Optional<CreditPolicy.Refusal> refusal = CreditPolicy.refusalOf(account.credit(), onCredit);
      if (refusal.isPresent() && !refusal.get().overridable()) {
        throw new StateConflictException(
            "customer-inactive",
            "Customer is inactive",
            "Credit refused because "
                + refusal.get().reason()
                + "; take another tender, or make them active");
      }
      if (refusal.isPresent()) {
        override = requireCreditOverride(refusal.get().reason(), creditOverrideReason);
      }
    }

    UUID entry =
        ledger.post(
            SalePostingRules.forSale(
                today,
                sale.getId(),
                sale.getReceiptNumber(),
                settlement.kept(),
                sale.getNet(),
                sale.getTaxTotal(),
                cost,
                code -> Ledger.require(chart, code)));
    if (account != null) {
      accounts.apply(
          account,
          new CustomerAccounts.Change(
              CustomerAccounts.CREDIT_SALE,
              onCredit,
              sale.getId(),
              null,
              PaymentMethod.CREDIT.name(),
              sale.getReceiptNumber(),
              today.plusDays(account.termsDays()),
              entry));
    }
    sale.complete(settlement.changeDue(), cost, entry, override);
    completed.fire(new SaleCompleted(sale.getId(), sale.getSaleType()));
    if (override != null) {
      audit.record(
          "sale.credit_override",
          "Sale",
          sale.getId().toString(),
          Map.of("reason", override, "refused_because", refusalOf(account, onCredit)));
    }
    if (held) {
      reservationOf(sale).ifPresent(r -> r.close(ReservationStatus.COMMITTED));
      recordCosts(lotCosts);
    }
    return lotCosts;
  }

  /**
   * The lots these sale lines can still put units back into ({@link #restock}), for the caller to
   * lock with the rest of its stock rows in one lot-id pass before anything lands in them.
   */
  public List<UUID> returningLots(Collection<UUID> saleItemIds) {
    @SuppressWarnings("unchecked")
    List<UUID> lots =
        store
            .nativeQuery(
                "SELECT DISTINCT lot_id FROM sal_sale_item_lot WHERE business_id = ?1"
                    + " AND sale_item_id = ANY(CAST(?2 AS uuid[])) AND restocked_quantity < quantity")
            .setParameter(2, SqlArrays.literal(saleItemIds))
            .getResultList();
    return lots;
  }

  /** Puts units back in the lots they were sold from, at the value they left with. */
  public BigDecimal restock(Sale sale, SaleItem item, BigDecimal quantity, UUID refundId) {
    @SuppressWarnings("unchecked")
    List<Object[]> lots =
        store
            .nativeQuery(
                "SELECT lot_id, quantity, unit_cost, cost, restocked_quantity, restocked_cost"
                    + " FROM sal_sale_item_lot WHERE business_id = ?1 AND sale_item_id = ?2"
                    + " AND restocked_quantity < quantity ORDER BY lot_id")
            .setParameter(2, item.getId())
            .getResultList();
    BigDecimal left = quantity;
    BigDecimal value = BigDecimal.ZERO;
    for (Object[] lot : lots) {
      if (left.signum() <= 0) {
        break;
      }
      BigDecimal sold = (BigDecimal) lot[1];
      BigDecimal restocked = (BigDecimal) lot[4];
      BigDecimal back = sold.subtract(restocked).min(left);
      BigDecimal backValue =
          RefundShare.of((BigDecimal) lot[3], (BigDecimal) lot[5], sold, restocked, back);
      stock.put(
          (UUID) lot[0],
          item.getProductId(),
          sale.getStorefrontId(),
          back,
          (BigDecimal) lot[2],
          backValue,
          "REFUND",
          "REFUND",
          refundId);
      store
          .nativeQuery(
              "UPDATE sal_sale_item_lot SET restocked_quantity = restocked_quantity + ?4,"
                  + " restocked_cost = restocked_cost + ?5 WHERE business_id = ?1"
                  + " AND sale_item_id = ?2 AND lot_id = ?3")
          .setParameter(2, item.getId())
          .setParameter(3, lot[0])
          .setParameter(4, back)
          .setParameter(5, backValue)
          .executeUpdate();
      value = value.add(backValue);
      left = left.subtract(back);
    }
    if (left.signum() > 0) {
      throw new StateConflictException(
          "refund-exceeds-sale",
          "Refund exceeds what was sold",
          "Line " + item.getLineNumber() + " has no more units to put back on the shelf");
    }
    return value;
  }

  /** Gives a pending sale's held stock back and voids its payments; the sale is CANCELLED. */
  public void cancel(Sale sale, List<SaleItem> items, String reason) {
    sale.cancel(reason);
    Optional<Reservation> reservation = reservationOf(sale);
    if (reservation.isPresent() && reservation.get().isActive()) {
      for (LineLot lot : sortedByLot(lotsOf(sale, items, false))) {
        stock.release(
            lot.take().lot().lotId(),
            lot.productId(),
            sale.getStorefrontId(),
            lot.take().quantity());
      }
      reservation.get().close(ReservationStatus.RELEASED);
    }
    store
        .list(Payment.class, "e.saleId = :sale", Map.of("sale", sale.getId()), null)
        .forEach(Payment::voided);
  }

  public Optional<Reservation> reservationOf(Sale sale) {
    return store
        .list(Reservation.class, "e.saleId = :sale", Map.of("sale", sale.getId()), null)
        .stream()
        .findFirst();
  }

  /**
   * The chart of accounts a completion posts to, by code: read ahead of the stock locks, so a hot
   * product's rows stay locked only as long as the writes take.
   */
  public Map<String, UUID> chart() {
    return ledger.accountsByCode();
  }

  /** A CREDIT tender needs a customer on the sale. */
  public static void requireCustomerFor(PaymentMethod method, UUID customerId, String field) {
    if (method == PaymentMethod.CREDIT && customerId == null) {
      throw new InvalidInputException(
          field, "CREDIT charges a customer's account: give customer_id");
    }
  }

  public static List<Tenders.Tender> tenders(List<Payment> payments) {
    return payments.stream()
        .filter(p -> PaymentStatus.RECEIVED.equals(p.getStatus()))
        .map(p -> new Tenders.Tender(p.getMethod(), p.getAmount()))
        .toList();
  }

  private String requireCreditOverride(String refusal, String reason) {
    boolean manager = tenant.hasRole(Role.ADMIN, Role.MANAGER);
    if (reason == null || reason.isBlank()) {
      throw new StateConflictException("credit-refused", "Credit refused", refusal);
    }
    if (!manager) {
      throw new NotPermittedException("Only a manager or an admin may override the credit rules");
    }
    return reason.trim();
  }

  private static String refusalOf(CustomerAccounts.Account account, BigDecimal charge) {
    return CreditPolicy.refusal(account.credit(), charge).orElse("");
  }

  private static List<LineLot> sortedByLot(List<LineLot> lots) {
    return lots.stream()
        .sorted(java.util.Comparator.comparing(l -> l.take().lot().lotId()))
        .toList();
  }
}
