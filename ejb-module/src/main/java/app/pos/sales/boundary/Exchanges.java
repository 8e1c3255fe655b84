package app.pos.sales.boundary;

import app.pos.inventory.control.StockBook;
import app.pos.platform.control.Audited;
import app.pos.platform.control.Conditions;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.TenantStore;
import app.pos.sales.control.CustomerAccounts;
import app.pos.sales.control.SaleSettlement;
import app.pos.sales.control.TillAccess;
import app.pos.sales.entity.Exchange;
import app.pos.sales.entity.Sale;
import app.pos.sales.entity.SaleItem;
import app.pos.sales.entity.SaleLocation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Exchanges (MANAGER and ADMIN: a return is a refund). In one transaction the returned units are
 * refunded as any refund is (revenue, tax and restocked cost reversed: one journal entry) and the
 * new lines are sold through the checkout where the original sale was made (one more entry), paid
 * by the tender given; either refusal writes nothing.
 */
@Stateless
public class Exchanges {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject TillAccess access;
  @Inject Refunds refunds;
  @Inject Sales sales;
  @Inject StockBook stock;
  @Inject SaleSettlement settlement;
  @Inject CustomerAccounts accounts;

  @Audited(value = "sale.exchanged", entity = "Exchange")
  public ExchangeView exchange(UUID saleId, ExchangeSale command) {
    if (!access.isManager()) {
      throw new NotPermittedException("Only a manager or an admin exchanges sold units");
    }
    Sale original = store.lock(Sale.class, saleId);
    lockInOrder(original, command);

    RequestRefund refund = new RequestRefund();
    refund.saleId = original.getId();
    refund.items = command.returns;
    refund.restock = command.restock == null ? Boolean.TRUE : command.restock;
    refund.method = command.refundMethod;
    refund.reason = "exchange: " + command.reason.trim();
    RefundView refunded = refunds.refund(refund);

    SaleView pending;
    if (original.getSoldFrom() == SaleLocation.WAREHOUSE) {
      WarehouseSale sale = new WarehouseSale();
      sale.warehouseId = original.getStorefrontId();
      sale.customerId = original.getCustomerId();
      sale.items = command.items;
      sale.priceOverrideReason = command.priceOverrideReason;
      sale.discountOverrideReason = command.discountOverrideReason;
      pending = sales.sellFromWarehouse(sale);
    } else {
      Checkout sale = new Checkout();
      sale.storefrontId = original.getStorefrontId();
      sale.saleType = original.getSaleType();
      sale.customerId = original.getCustomerId();
      sale.items = command.items;
      sale.priceOverrideReason = command.priceOverrideReason;
      sale.discountOverrideReason = command.discountOverrideReason;
      pending = sales.checkout(sale);
    }
    Tender tender = new Tender();
    tender.method = command.method;
    tender.amount = pending.total();
    tender.reference = command.reference;
    tender.creditOverrideReason = command.creditOverrideReason;
    SaleView sold = sales.pay(pending.id(), tender).sale();

    Exchange exchange =
        store.persist(
            new Exchange(
                original.getId(),
                refunded.id(),
                sold.id(),
                refunded.total(),
                sold.total(),
                command.reason.trim(),
                tenant.userId().orElse(null)));
    return ExchangeView.of(exchange, refunded, sold);
  }

  /**
   * Takes the locks of the whole exchange up front, in the one order every sale takes them ({@link
   * app.pos.sales.control.SaleSettlement}): the original sale (locked by the caller), the stock
   * rows of the returned and the new products together in lot-id order, then the customer. The
   * refund and the new sale then lock nothing new (re-locking rows this transaction holds), so an
   * exchange never waits, holding one product's lots, for another's that a till selling them holds.
   */
  private void lockInOrder(Sale original, ExchangeSale command) {
    Set<UUID> returned = new HashSet<>();
    command.returns.forEach(r -> returned.add(r.saleItemId));
    Set<UUID> products = new LinkedHashSet<>();
    store
        .list(SaleItem.class, "e.saleId = :sale", Map.of("sale", original.getId()), "e.lineNumber")
        .stream()
        .filter(i -> returned.contains(i.getId()))
        .forEach(i -> products.add(i.getProductId()));
    command.items.forEach(i -> products.add(i.productId));
    stock.lockProductsAndReturns(
        products, settlement.returningLots(returned), original.getStorefrontId());
    if (original.getCustomerId() != null) {
      accounts.lock(original.getCustomerId(), LocalDate.now(ZoneOffset.UTC));
    }
  }

  public ExchangeView find(UUID id) {
    return view(store.find(Exchange.class, id));
  }

  /** Exchanges, newest first; with {@code originalSaleId}, those of one sale. */
  public Page<ExchangeView> list(UUID originalSaleId, PageRequest page) {
    Conditions where = new Conditions().and("e.originalSaleId = :sale", "sale", originalSaleId);
    return store
        .page(Exchange.class, where.where(), where.params(), "e.createdAt DESC, e.id", page)
        .map(this::view);
  }

  private ExchangeView view(Exchange exchange) {
    return ExchangeView.of(
        exchange, refunds.find(exchange.getRefundId()), sales.find(exchange.getSaleId()));
  }
}
