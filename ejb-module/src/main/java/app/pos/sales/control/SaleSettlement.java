package app.pos.sales.control;

import app.pos.audit.boundary.AuditTrail;
import app.pos.bookkeeping.boundary.Ledger;
import app.pos.bookkeeping.entity.JournalEntry;
import app.pos.inventory.control.FefoAllocation;
import app.pos.inventory.control.LotStock;
import app.pos.inventory.control.StockBook;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import app.pos.sales.control.Tenders.Method;
import app.pos.sales.control.Tenders.Settlement;
import app.pos.sales.entity.Payment;
import app.pos.sales.entity.Reservation;
import app.pos.sales.entity.Sale;
import app.pos.sales.entity.SaleItem;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Completes and releases sales: the one place where a sale's stock is taken, its customer charged
 * and its journal entry posted, all in the caller's transaction. Locks are taken in one order: the
 * sale, its stock rows (lot-id order), the customer.
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

  /** A lot a line is sold from: the sale's record of it. */
  public record LineLot(UUID saleItemId, UUID productId, FefoAllocation.Take take) {}

  /** The lines' lots as recorded for a sale (for a pending sale: what it holds). */
  public List<LineLot> lotsOf(Sale sale, List<SaleItem> items, boolean lock) {
    Map<UUID, SaleItem> byId = new HashMap<>();
    items.forEach(i -> byId.put(i.getId(), i));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT sale_item_id, lot_id, quantity FROM sal_sale_item_lot"
                    + " WHERE business_id = ?1 AND sale_item_id = ANY(CAST(?2 AS uuid[]))")
            .setParameter(2, uuidArray(byId.keySet()))
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
              new FefoAllocation.Take(lot, (BigDecimal) r[2])));
    }
    return lots;
  }

  /** Records which lots (at which price and cost) each line is sold from. */
  public void recordLots(List<LineLot> lots, Map<UUID, BigDecimal> unitPriceByLot) {
    for (LineLot lot : lots) {
      store
          .nativeQuery(
              "INSERT INTO sal_sale_item_lot (business_id, sale_item_id, lot_id, quantity, unit_price,"
                  + " unit_cost) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(2, lot.saleItemId())
          .setParameter(3, lot.take().lot().lotId())
          .setParameter(4, lot.take().quantity())
          .setParameter(5, unitPriceByLot.get(lot.take().lot().lotId()))
          .setParameter(6, lot.take().lot().unitCost())
          .executeUpdate();
    }
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
   * @param lots the lines' lots with their locked stock figures
   * @param held whether the units were reserved by {@link #reserve}
   */
  public void complete(
      Sale sale,
      List<SaleItem> items,
      List<Payment> payments,
      List<LineLot> lots,
      boolean held,
      String creditOverrideReason) {
    Settlement settlement = Tenders.settle(sale.getTotal(), tenders(payments));
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
            : stock.takeAll(picks, sale.getStorefrontId(), "SALE", DOCUMENT, sale.getId());
    Map<UUID, BigDecimal> costByItem = new HashMap<>();
    BigDecimal cost = BigDecimal.ZERO;
    for (StockBook.Taken t : taken) {
      UUID itemId = itemOfPick.get(t.pick());
      costByItem.merge(itemId, t.value(), BigDecimal::add);
      cost = cost.add(t.value());
      store
          .nativeQuery(
              "UPDATE sal_sale_item_lot SET cost = ?4 WHERE business_id = ?1 AND sale_item_id = ?2"
                  + " AND lot_id = ?3")
          .setParameter(2, itemId)
          .setParameter(3, t.pick().take().lot().lotId())
          .setParameter(4, t.value())
          .executeUpdate();
    }
    items.forEach(i -> i.costed(costByItem.getOrDefault(i.getId(), BigDecimal.ZERO)));

    BigDecimal onCredit = settlement.kept().getOrDefault(Method.CREDIT, BigDecimal.ZERO);
    CustomerAccounts.Account account = null;
    String override = null;
    if (onCredit.signum() > 0) {
      account = accounts.lock(sale.getCustomerId(), today);
      Optional<String> refusal = CreditPolicy.refusal(account.credit(), onCredit);
      if (refusal.isPresent()) {
        override = requireCreditOverride(refusal.get(), creditOverrideReason);
      }
    }

    Map<String, UUID> accountIds = ledger.accountsByCode();
    JournalEntry entry =
        ledger.post(
            SalePostingRules.forSale(
                today,
                sale.getId(),
                sale.getReceiptNumber(),
                settlement.kept(),
                sale.getNet(),
                sale.getTaxTotal(),
                cost,
                code -> Ledger.require(accountIds, code)));
    if (account != null) {
      accounts.apply(
          account,
          new CustomerAccounts.Change(
              CustomerAccounts.CREDIT_SALE,
              onCredit,
              sale.getId(),
              null,
              Method.CREDIT.name(),
              sale.getReceiptNumber(),
              today.plusDays(account.termsDays()),
              entry.getId()));
    }
    sale.complete(settlement.changeDue(), cost, entry.getId(), override);
    completed.fire(new SaleCompleted(sale.getId(), sale.getSaleType()));
    if (override != null) {
      audit.record(
          "sale.credit_override",
          "Sale",
          sale.getId().toString(),
          Map.of("reason", override, "refused_because", refusalOf(account, onCredit)));
    }
    if (held) {
      reservationOf(sale).ifPresent(r -> r.close(Reservation.COMMITTED));
    }
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
      reservation.get().close(Reservation.RELEASED);
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

  /** A CREDIT tender needs a customer on the sale. */
  public static void requireCustomerFor(Method method, UUID customerId, String field) {
    if (method == Method.CREDIT && customerId == null) {
      throw new InvalidInputException(
          field, "CREDIT charges a customer's account: give customer_id");
    }
  }

  public static List<Tenders.Tender> tenders(List<Payment> payments) {
    return payments.stream()
        .filter(p -> Payment.RECEIVED.equals(p.getStatus()))
        .map(p -> new Tenders.Tender(Method.valueOf(p.getMethod()), p.getAmount()))
        .toList();
  }

  private String requireCreditOverride(String refusal, String reason) {
    boolean manager =
        tenant.role().map(r -> r.equals("ADMIN") || r.equals("MANAGER")).orElse(false);
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

  static String uuidArray(java.util.Collection<UUID> ids) {
    return ids.stream()
        .map(UUID::toString)
        .collect(java.util.stream.Collectors.joining(",", "{", "}"));
  }
}
