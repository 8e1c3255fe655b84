package app.pos.sales.boundary;

import app.pos.bookkeeping.boundary.Ledger;
import app.pos.inventory.control.StockBook;
import app.pos.platform.control.Audited;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import app.pos.sales.control.CustomerAccounts;
import app.pos.sales.control.RefundShare;
import app.pos.sales.control.RefundTender;
import app.pos.sales.control.SalePostingRules;
import app.pos.sales.control.SaleSettlement;
import app.pos.sales.entity.Payment;
import app.pos.sales.entity.PaymentMethod;
import app.pos.sales.entity.PaymentStatus;
import app.pos.sales.entity.Refund;
import app.pos.sales.entity.Sale;
import app.pos.sales.entity.SaleItem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Refunds of completed sales (MANAGER and ADMIN). Revenue and tax go back pro rata per line (the
 * last units take what is left, so a line refunded in steps returns exactly what it charged);
 * restocked units return to the lots they came from at the cost they left with; money goes out by
 * the chosen tender or, on the customer's account, off their balance.
 */
@Stateless
public class Refunds {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject SaleSettlement settlement;
  @Inject StockBook stock;
  @Inject Ledger ledger;
  @Inject CustomerAccounts accounts;

  @Audited(value = "sale.refunded", entity = "Refund")
  public RefundView refund(RequestRefund command) {
    if (store.findOptional(Sale.class, command.saleId).isEmpty()) {
      throw new InvalidInputException("sale_id", "is not a sale of this business");
    }
    Sale sale = store.lock(Sale.class, command.saleId);
    sale.requireRefundable();
    Map<UUID, SaleItem> items = new HashMap<>();
    store
        .list(SaleItem.class, "e.saleId = :sale", Map.of("sale", sale.getId()), "e.lineNumber")
        .forEach(i -> items.put(i.getId(), i));
    if (Boolean.TRUE.equals(command.restock)) {
      // after the sale, before the customer: the rows the units go back to, in lot-id order
      stock.lockProductsAndReturns(
          List.of(),
          settlement.returningLots(command.items.stream().map(i -> i.saleItemId).toList()),
          sale.getStorefrontId());
    }
    UUID refundId = UUID.randomUUID();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    BigDecimal net = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    BigDecimal restockedCost = BigDecimal.ZERO;
    Set<UUID> seen = new HashSet<>();
    Map<UUID, BigDecimal> restockedByItem = new HashMap<>();
    List<RefundView.Item> refunded = new ArrayList<>();
    for (int i = 0; i < command.items.size(); i++) {
      RequestRefund.Item asked = command.items.get(i);
      SaleItem item = items.get(asked.saleItemId);
      if (item == null) {
        throw new InvalidInputException(
            "items[" + i + "].sale_item_id", "is not a line of this sale");
      }
      if (!seen.add(item.getId())) {
        throw new InvalidInputException(
            "items[" + i + "].sale_item_id", "each line may appear once per refund");
      }
      if (asked.quantity.compareTo(item.returnable()) > 0) {
        throw new StateConflictException(
            "refund-exceeds-sale",
            "Refund exceeds what was sold",
            "Line "
                + item.getLineNumber()
                + ": "
                + asked.quantity.stripTrailingZeros().toPlainString()
                + " asked, "
                + item.returnable().stripTrailingZeros().toPlainString()
                + " left to refund");
      }
      BigDecimal lineNet =
          RefundShare.of(
              item.getNet(),
              item.getRefundedNet(),
              item.getQuantity(),
              item.getRefundedQuantity(),
              asked.quantity);
      BigDecimal lineTax =
          RefundShare.of(
              item.getTax(),
              item.getRefundedTax(),
              item.getQuantity(),
              item.getRefundedQuantity(),
              asked.quantity);
      if (Boolean.TRUE.equals(command.restock)) {
        BigDecimal back = settlement.restock(sale, item, asked.quantity, refundId);
        restockedByItem.put(item.getId(), back);
        restockedCost = restockedCost.add(back);
      }
      item.returned(asked.quantity, lineNet, lineTax);
      net = net.add(lineNet);
      tax = tax.add(lineTax);
      refunded.add(new RefundView.Item(item.getId(), asked.quantity, lineNet, lineTax));
    }
    BigDecimal total = net.add(tax);
    if (total.signum() == 0) {
      throw new InvalidInputException(
          "items", "these units were sold for nothing: no refund is due");
    }

    CustomerAccounts.Account account =
        sale.getCustomerId() == null ? null : accounts.lock(sale.getCustomerId(), today);
    PaymentMethod method = methodFor(sale, command.method, total, account);
    if (method == PaymentMethod.CREDIT) {
      if (account.credit().outstanding().compareTo(total) < 0) {
        throw new StateConflictException(
            "refund-exceeds-balance",
            "Refund exceeds the customer's balance",
            "The customer owes "
                + account.credit().outstanding().setScale(2)
                + "; refund the rest of "
                + total
                + " by another method");
      }
    }
    Map<String, UUID> accountIds = ledger.accountsByCode();
    UUID entry =
        ledger.post(
            SalePostingRules.forRefund(
                today,
                refundId,
                sale.getReceiptNumber(),
                method,
                net,
                tax,
                restockedCost,
                code -> Ledger.require(accountIds, code)));
    Refund refund =
        store.persist(
            new Refund(
                refundId,
                sale.getId(),
                method,
                command.reason.trim(),
                Boolean.TRUE.equals(command.restock),
                net,
                tax,
                restockedCost,
                entry,
                tenant.userId().orElse(null)));
    if (method == PaymentMethod.CREDIT) {
      accounts.apply(
          account,
          new CustomerAccounts.Change(
              CustomerAccounts.REFUND,
              total.negate(),
              sale.getId(),
              refundId,
              PaymentMethod.CREDIT.name(),
              sale.getReceiptNumber(),
              null,
              entry));
    }
    for (RefundView.Item item : refunded) {
      store
          .nativeQuery(
              "INSERT INTO sal_refund_item (business_id, refund_id, sale_item_id, quantity, net, tax,"
                  + " restocked_cost) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
          .setParameter(2, refundId)
          .setParameter(3, item.saleItemId())
          .setParameter(4, item.quantity())
          .setParameter(5, item.net())
          .setParameter(6, item.tax())
          .setParameter(7, restockedByItem.getOrDefault(item.saleItemId(), BigDecimal.ZERO))
          .executeUpdate();
    }
    boolean everyUnit = items.values().stream().allMatch(i -> i.returnable().signum() == 0);
    sale.refunded(total, everyUnit);
    return RefundView.of(refund, sale.getStatus(), refunded);
  }

  public RefundView find(UUID id) {
    Refund refund = store.find(Refund.class, id);
    return RefundView.of(
        refund, store.find(Sale.class, refund.getSaleId()).getStatus(), itemsOf(refund.getId()));
  }

  public Page<RefundView> list(UUID saleId, PageRequest page) {
    Page<Refund> refunds =
        saleId == null
            ? store.page(Refund.class, "", Map.of(), "e.createdAt DESC, e.id", page)
            : store.page(
                Refund.class,
                "e.saleId = :sale",
                Map.of("sale", saleId),
                "e.createdAt DESC, e.id",
                page);
    return refunds.map(
        r ->
            RefundView.of(
                r, store.find(Sale.class, r.getSaleId()).getStatus(), itemsOf(r.getId())));
  }

  private List<RefundView.Item> itemsOf(UUID refundId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT sale_item_id, quantity, net, tax FROM sal_refund_item"
                    + " WHERE business_id = ?1 AND refund_id = ?2 ORDER BY sale_item_id")
            .setParameter(2, refundId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new RefundView.Item(
                    (UUID) r[0],
                    ((BigDecimal) r[1]).stripTrailingZeros(),
                    (BigDecimal) r[2],
                    (BigDecimal) r[3]))
        .toList();
  }

  /**
   * The money goes back as it came in ({@link RefundTender}): off the customer's balance while they
   * owe for the sale, else by a tender up to what it brought in on the sale.
   */
  private PaymentMethod methodFor(
      Sale sale, PaymentMethod wanted, BigDecimal total, CustomerAccounts.Account account) {
    if (wanted != null) {
      SaleSettlement.requireCustomerFor(wanted, sale.getCustomerId(), "method");
    }
    Map<PaymentMethod, BigDecimal> received = new EnumMap<>(PaymentMethod.class);
    store
        .list(
            Payment.class,
            "e.saleId = :sale AND e.status = :received",
            Map.of("sale", sale.getId(), "received", PaymentStatus.RECEIVED),
            null)
        .forEach(p -> received.merge(p.getMethod(), p.getAmount(), BigDecimal::add));
    if (sale.getChangeDue() != null && received.containsKey(PaymentMethod.CASH)) {
      received.merge(PaymentMethod.CASH, sale.getChangeDue().negate(), BigDecimal::add);
    }
    Map<PaymentMethod, BigDecimal> refunded = new EnumMap<>(PaymentMethod.class);
    store
        .list(Refund.class, "e.saleId = :sale", Map.of("sale", sale.getId()), null)
        .forEach(r -> refunded.merge(r.getMethod(), r.getTotal(), BigDecimal::add));
    BigDecimal owed = account == null ? BigDecimal.ZERO : account.credit().outstanding();
    return RefundTender.choose(wanted, received, refunded, owed, total);
  }
}
