package app.pos.sales.boundary;

import app.pos.platform.control.Audited;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.TenantStore;
import app.pos.sales.control.TillAccess;
import app.pos.sales.entity.Exchange;
import app.pos.sales.entity.Sale;
import app.pos.sales.entity.SaleLocation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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

  @Audited(value = "sale.exchanged", entity = "Exchange")
  public ExchangeView exchange(UUID saleId, ExchangeSale command) {
    if (!access.isManager()) {
      throw new NotPermittedException("Only a manager or an admin exchanges sold units");
    }
    Sale original = store.find(Sale.class, saleId);

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

  public ExchangeView find(UUID id) {
    Exchange exchange = store.find(Exchange.class, id);
    return ExchangeView.of(
        exchange, refunds.find(exchange.getRefundId()), sales.find(exchange.getSaleId()));
  }
}
