package app.pos.sales.boundary;

import app.pos.accounts.boundary.BusinessView;
import app.pos.accounts.boundary.Businesses;
import app.pos.audit.boundary.AuditTrail;
import app.pos.inventory.control.CheckoutCatalogue;
import app.pos.inventory.control.CheckoutCatalogue.SoldProduct;
import app.pos.inventory.control.CheckoutCatalogue.Storefront;
import app.pos.inventory.control.StockBook;
import app.pos.inventory.control.StockBook.PricedLot;
import app.pos.platform.control.Audited;
import app.pos.platform.control.Conditions;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.QuotaUse;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import app.pos.sales.boundary.SaleView.ProductName;
import app.pos.sales.control.SaleLineMath;
import app.pos.sales.control.SalePricing;
import app.pos.sales.control.SaleSettlement;
import app.pos.sales.control.SaleSettlement.LineLot;
import app.pos.sales.control.Tenders;
import app.pos.sales.control.TillAccess;
import app.pos.sales.entity.Customer;
import app.pos.sales.entity.CustomerType;
import app.pos.sales.entity.Payment;
import app.pos.sales.entity.PaymentMethod;
import app.pos.sales.entity.PaymentStatus;
import app.pos.sales.entity.Sale;
import app.pos.sales.entity.SaleItem;
import app.pos.sales.entity.SaleStatus;
import app.pos.sales.entity.SaleType;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The till. A checkout prices the lines from the lots it will sell (FEFO at the storefront, locked
 * until commit), then either completes at once (tenders cover it: stock taken, customer charged,
 * entry posted, all in this transaction) or waits PENDING with the stock reserved.
 */
@Stateless
public class Sales {

  public static final String RECEIPT_SEQUENCE_PREFIX = "sal_receipt_seq_";

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject StockBook stock;
  @Inject CheckoutCatalogue catalogue;
  @Inject SaleSettlement settlement;
  @Inject Businesses businesses;
  @Inject TillAccess access;
  @Inject Event<QuotaUse> quota;
  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "pos.sales.reservation-minutes", defaultValue = "30")
  int reservationMinutes;

  @Audited(value = "sale.created", entity = "Sale")
  public SaleView checkout(Checkout command) {
    return ring(command, sellingStorefront(command.storefrontId), false);
  }

  /**
   * A wholesale customer buys straight from a warehouse (MANAGER or ADMIN): the same checkout,
   * wholesale prices and COGS from the warehouse's lots, the same posting.
   */
  @Audited(value = "sale.created_at_warehouse", entity = "Sale")
  public SaleView sellFromWarehouse(WarehouseSale command) {
    if (!isManager()) {
      throw new NotPermittedException("Only a manager or an admin sells from a warehouse");
    }
    Storefront warehouse =
        catalogue
            .warehouse(command.warehouseId)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "warehouse_id", "is not a warehouse of this business"));
    if (!warehouse.active()) {
      throw new InvalidInputException("warehouse_id", "is a retired warehouse");
    }
    Customer customer =
        store
            .findOptional(Customer.class, command.customerId)
            .orElseThrow(
                () ->
                    new InvalidInputException("customer_id", "is not a customer of this business"));
    if (customer.getCustomerType() != CustomerType.WHOLESALE) {
      throw new InvalidInputException(
          "customer_id", "a warehouse sells to wholesale customers only");
    }
    return ring(command.toCheckout(), warehouse, true);
  }

  private SaleView ring(Checkout command, Storefront storefront, boolean fromWarehouse) {
    quota.fire(QuotaUse.SALE);
    SaleType saleType = command.saleType == null ? SaleType.RETAIL : command.saleType;
    if (command.customerId != null
        && store.findOptional(Customer.class, command.customerId).isEmpty()) {
      throw new InvalidInputException("customer_id", "is not a customer of this business");
    }
    String priceOverride = priceOverrideReason(command);
    List<Tender> offered = command.payments == null ? List.of() : command.payments;
    List<Tenders.Tender> tenders = tendersOf(offered, command.customerId);
    Map<UUID, SoldProduct> products = activeProducts(command.items);

    // what is only read is read before the stock rows are locked: a hot product sells at one over
    // the time its rows stay locked
    BusinessView settings = businesses.settings();
    Map<String, UUID> chart = settlement.chart();
    List<SalePricing.Line> lines =
        pricingLines(command, products, priceOverride != null, settings.defaultTaxRate());

    // A sale on credit locks its stock before its customer, the order refunds and exchanges take
    // them in, and prices on figures no one else can change. Any other sale prices on an unlocked
    // read and takes its stock as its last statements, checking the lots still give what it
    // priced (or it runs again): a hot product's rows stay locked from the take to the commit, not
    // for the whole sale.
    boolean stockLast = offered.stream().noneMatch(t -> t.method == PaymentMethod.CREDIT);
    Map<UUID, List<PricedLot>> lotsByProduct = new HashMap<>();
    for (PricedLot lot :
        stockLast
            ? stock.readProducts(products.keySet(), storefront.id())
            : stock.lockProducts(products.keySet(), storefront.id())) {
      lotsByProduct.computeIfAbsent(lot.productId(), p -> new ArrayList<>()).add(lot);
    }
    BigDecimal discountLimit = settings.maxCashierDiscountPercent();
    SalePricing.PricedSale priced =
        SalePricing.price(
            lines,
            lotsByProduct,
            saleType == SaleType.WHOLESALE,
            discountLimit,
            LocalDate.now(ZoneOffset.UTC),
            // a cashier hears about the limit before anything else
            aboveLimit -> {
              if (!isManager()) {
                discountOverrideReason(aboveLimit, discountLimit, command);
              }
            });
    if (priced.total().signum() == 0) {
      throw new InvalidInputException("items", "a sale must charge something: its total is 0.00");
    }
    String discountOverride =
        discountOverrideReason(priced.discountsAboveLimit(), discountLimit, command);
    // tenders are checked before anything is written (only cash may overpay)
    Tenders.Settlement settled = Tenders.settle(priced.total(), tenders);

    Sale sale =
        new Sale(
            UUID.randomUUID(),
            receiptNumber(),
            storefront.id(),
            saleType,
            command.customerId,
            tenant.userId().orElse(null),
            priced.subtotal(),
            priced.discounts(),
            priced.tax(),
            priced.total(),
            priceOverride);
    if (fromWarehouse) {
      sale.soldFromWarehouse();
    }
    List<SaleItem> items = new ArrayList<>();
    List<LineLot> lineLots = new ArrayList<>();
    for (SalePricing.PricedLine line : priced.lines()) {
      SaleItem item = saleItem(sale.getId(), items.size() + 1, line);
      items.add(item);
      line.draws()
          .forEach(
              d ->
                  lineLots.add(
                      new LineLot(item.getId(), line.productId(), d.take(), d.unitPrice())));
    }
    List<Payment> payments = new ArrayList<>();
    for (Tender t : offered) {
      payments.add(
          new Payment(sale.getId(), t.method, t.amount, t.reference, tenant.userId().orElse(null)));
    }
    sale.tendered(settled.tendered());
    // the sale, its lines and payments are written once, as they end up: settled first
    List<SaleSettlement.LotCost> costs = List.of();
    if (settled.covered()) {
      costs =
          settlement.complete(
              sale,
              items,
              settled,
              lineLots,
              false,
              command.creditOverrideReason,
              chart,
              stockLast);
    } else {
      sale.holdUntil(Instant.now().plus(Duration.ofMinutes(reservationMinutes)));
    }
    settlement.write(sale, items, payments, lineLots, costs);
    if (discountOverride != null) {
      audit.record(
          "sale.discount_override",
          "Sale",
          sale.getId().toString(),
          Map.of(
              "reason",
              discountOverride,
              "lines",
              String.join(", ", priced.discountsAboveLimit()),
              "max_cashier_discount_percent",
              discountLimit.stripTrailingZeros().toPlainString()));
    }
    if (!settled.covered()) {
      settlement.reserve(sale, lineLots); // guarded, in lot-id order: last, as a take would be
    } else if (stockLast) {
      store.flush(); // the sale's rows are written before its stock rows are locked
      settlement.takeLast(sale, lineLots);
    }
    return SaleView.of(sale, items, payments, namesOf(products.values()));
  }

  private Storefront sellingStorefront(UUID storefrontId) {
    Storefront storefront =
        catalogue
            .storefront(storefrontId)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "storefront_id", "is not a storefront of this business"));
    if (!storefront.active()) {
      throw new InvalidInputException("storefront_id", "is a retired storefront");
    }
    requireSellsAt(storefront.id());
    return storefront;
  }

  private static List<Tenders.Tender> tendersOf(List<Tender> offered, UUID customerId) {
    List<Tenders.Tender> tenders = new ArrayList<>();
    for (int i = 0; i < offered.size(); i++) {
      PaymentMethod method = offered.get(i).method;
      SaleSettlement.requireCustomerFor(method, customerId, "payments[" + i + "].method");
      tenders.add(new Tenders.Tender(method, offered.get(i).amount));
    }
    return tenders;
  }

  private static SaleItem saleItem(UUID saleId, int lineNumber, SalePricing.PricedLine line) {
    SaleLineMath.LineAmounts a = line.amounts();
    return new SaleItem(
        UUID.randomUUID(),
        saleId,
        lineNumber,
        line.productId(),
        line.quantity(),
        a.unitPrice(),
        line.overridden(),
        a.gross(),
        a.discount(),
        a.net(),
        a.taxRate(),
        a.tax(),
        a.total());
  }

  /** The products of the lines, each an active product of this business (else 400 at its line). */
  private Map<UUID, SoldProduct> activeProducts(List<Checkout.Item> lines) {
    Map<UUID, SoldProduct> products =
        catalogue.activeProducts(lines.stream().map(i -> i.productId).distinct().toList());
    for (int i = 0; i < lines.size(); i++) {
      if (!products.containsKey(lines.get(i).productId)) {
        throw new InvalidInputException(
            "items[" + i + "].product_id", "is not an active product of this business");
      }
    }
    return products;
  }

  /** The merged lines to price: a manager's price only with a reason, tax from the product. */
  private static List<SalePricing.Line> pricingLines(
      Checkout command,
      Map<UUID, SoldProduct> products,
      boolean pricesOverridden,
      BigDecimal defaultTaxRate) {
    List<SalePricing.Line> lines = new ArrayList<>();
    for (Checkout.Line merged : command.mergedItems()) {
      Checkout.Item item = merged.item();
      SoldProduct product = products.get(item.productId);
      lines.add(
          new SalePricing.Line(
              item.productId,
              product.sku(),
              item.quantity,
              item.discount,
              item.discountPercent,
              pricesOverridden ? item.unitPrice : null,
              product.taxRate() == null ? defaultTaxRate : product.taxRate(),
              "items[" + merged.position() + "]"));
    }
    return lines;
  }

  /** A tender for a pending sale; the sale completes when its tenders cover it. */
  @Audited(value = "sale.payment_taken", entity = "Sale")
  public TakenPayment pay(UUID saleId, Tender tender) {
    Map<String, UUID> chart = settlement.chart(); // read before the locks, as at checkout
    Sale sale = store.lock(Sale.class, saleId);
    requireSellsAt(sale.getStorefrontId());
    PaymentMethod method = tender.method;
    SaleSettlement.requireCustomerFor(method, sale.getCustomerId(), "method");
    List<Payment> payments = paymentsOf(sale.getId());
    Payment payment =
        new Payment(
            sale.getId(),
            tender.method,
            tender.amount,
            tender.reference,
            tenant.userId().orElse(null));
    List<Payment> all = new ArrayList<>(payments);
    all.add(payment);
    Tenders.Settlement settled = Tenders.settle(sale.getTotal(), SaleSettlement.tenders(all));
    sale.tendered(settled.tendered());
    store.persist(payment);
    List<SaleItem> items = itemsOf(sale.getId());
    if (settled.covered()) {
      settlement.complete(
          sale,
          items,
          settled,
          settlement.lotsOf(sale, items, true),
          true,
          tender.creditOverrideReason,
          chart,
          false);
    }
    return TakenPayment.of(PaymentView.of(payment), view(sale, items, all));
  }

  /**
   * A pending sale that has taken no money is called off: its stock is released (a CREDIT tender on
   * it was never charged and is voided). Money taken towards it is handed back only by {@link
   * #refundPending} (a MANAGER or ADMIN, with a reason): 409 sale-has-payments here.
   */
  @Audited(value = "sale.cancelled", entity = "Sale")
  public SaleView cancel(UUID saleId) {
    Sale sale = store.lock(Sale.class, saleId);
    requireSellsAt(sale.getStorefrontId());
    if (sale.isPending() && !handedBack(paymentsOf(sale.getId())).isEmpty()) {
      throw new StateConflictException(
          "sale-has-payments",
          "Sale has received payments",
          "Money was taken towards this sale: a manager or an admin hands it back with a reason"
              + " (POST /sales/api/sales/{id}/refund-pending/)");
    }
    List<SaleItem> items = itemsOf(sale.getId());
    settlement.cancel(sale, items, "cancelled at the till");
    return view(sale, items, paymentsOf(sale.getId()));
  }

  /**
   * Refunds a pending sale (MANAGER or ADMIN): it is cancelled, its reserved stock released, and
   * what was paid towards it is handed back by the tenders it came in by. Its payments were never
   * posted (a sale is posted when it completes), so nothing is posted now; the payments are VOIDED
   * and the refund audited with its reason.
   */
  @Audited(value = "sale.pending_refunded", entity = "Sale")
  public PendingRefund refundPending(UUID saleId, RefundPendingSale command) {
    if (!isManager()) {
      throw new NotPermittedException("Only a manager or an admin refunds a sale");
    }
    Sale sale = store.lock(Sale.class, saleId);
    if (!sale.isPending()) {
      throw new StateConflictException(
          "sale-not-pending",
          "Sale is not pending",
          "This sale is "
              + sale.getStatus()
              + "; a completed sale's units are refunded with POST /sales/api/refunds/");
    }
    List<SaleItem> items = itemsOf(sale.getId());
    Map<PaymentMethod, BigDecimal> back = handedBack(paymentsOf(sale.getId()));
    settlement.cancel(sale, items, "refunded: " + command.reason.trim());
    List<PendingRefund.HandedBack> handedBack = new ArrayList<>();
    back.forEach((method, amount) -> handedBack.add(new PendingRefund.HandedBack(method, amount)));
    BigDecimal total = back.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return new PendingRefund(view(sale, items, paymentsOf(sale.getId())), handedBack, total);
  }

  /**
   * The money a pending sale's received payments hand back, by tender: a CREDIT tender is left out
   * (a customer's account is charged only when the sale completes, so nothing was taken).
   */
  private static Map<PaymentMethod, BigDecimal> handedBack(List<Payment> payments) {
    Map<PaymentMethod, BigDecimal> back = new EnumMap<>(PaymentMethod.class);
    payments.stream()
        .filter(p -> PaymentStatus.RECEIVED.equals(p.getStatus()))
        .filter(p -> p.getMethod() != PaymentMethod.CREDIT)
        .forEach(p -> back.merge(p.getMethod(), p.getAmount(), BigDecimal::add));
    return back;
  }

  public SaleView find(UUID id) {
    Sale sale = store.find(Sale.class, id);
    requireMaySee(sale);
    return view(sale, itemsOf(id), paymentsOf(id));
  }

  /** Sales, newest first; a cashier sees the sales of their own storefronts. */
  public Page<SaleView> list(
      SaleStatus status,
      UUID storefrontId,
      UUID customerId,
      Instant from,
      Instant until,
      PageRequest page) {
    Conditions filter =
        new Conditions()
            .and("e.status = :status", "status", status)
            .and("e.storefrontId = :storefront", "storefront", storefrontId)
            .and("e.customerId = :customer", "customer", customerId)
            .and("e.createdAt >= :from", "from", from)
            .and("e.createdAt < :until", "until", until)
            .and("e.storefrontId IN :mine", "mine", isCashier() ? storefrontsOfCaller() : null);
    Page<Sale> sales =
        store.page(Sale.class, filter.where(), filter.params(), "e.createdAt DESC, e.id", page);
    List<UUID> ids = sales.results().stream().map(Sale::getId).toList();
    Map<UUID, List<SaleItem>> items = new HashMap<>();
    Map<UUID, List<Payment>> payments = new HashMap<>();
    if (!ids.isEmpty()) {
      store
          .list(SaleItem.class, "e.saleId IN :ids", Map.of("ids", ids), "e.lineNumber")
          .forEach(i -> items.computeIfAbsent(i.getSaleId(), k -> new ArrayList<>()).add(i));
      store
          .list(Payment.class, "e.saleId IN :ids", Map.of("ids", ids), "e.createdAt, e.id")
          .forEach(p -> payments.computeIfAbsent(p.getSaleId(), k -> new ArrayList<>()).add(p));
    }
    Map<UUID, ProductName> names =
        productNames(items.values().stream().flatMap(List::stream).toList());
    return sales.map(
        s ->
            SaleView.of(
                s,
                items.getOrDefault(s.getId(), List.of()),
                payments.getOrDefault(s.getId(), List.of()),
                names));
  }

  /** One tender taken; a cashier sees it only where they may see its sale. */
  public PaymentView payment(UUID id) {
    Payment payment = store.find(Payment.class, id);
    store
        .findOptional(Sale.class, payment.getSaleId())
        .filter(s -> !isCashier() || storefrontsOfCaller().contains(s.getStorefrontId()))
        .orElseThrow(() -> new ResourceNotFoundException("Payment", id));
    return PaymentView.of(payment);
  }

  /**
   * Tenders taken, newest first; filters by method, sale and time. A cashier sees the payments of
   * sales at their own storefronts.
   */
  public Page<PaymentView> payments(
      PaymentMethod method, UUID saleId, Instant from, Instant until, PageRequest page) {
    Conditions filter =
        new Conditions()
            .and("e.method = :method", "method", method)
            .and("e.saleId = :sale", "sale", saleId)
            .and("e.createdAt >= :from", "from", from)
            .and("e.createdAt < :until", "until", until)
            .and(
                "e.saleId IN (SELECT s.id FROM Sale s WHERE s.storefrontId IN :mine)",
                "mine",
                isCashier() ? storefrontsOfCaller() : null);
    return store
        .page(Payment.class, filter.where(), filter.params(), "e.createdAt DESC, e.id", page)
        .map(PaymentView::of);
  }

  SaleView view(Sale sale, List<SaleItem> items, List<Payment> payments) {
    return SaleView.of(sale, items, payments, productNames(items));
  }

  List<SaleItem> itemsOf(UUID saleId) {
    return store.list(SaleItem.class, "e.saleId = :sale", Map.of("sale", saleId), "e.lineNumber");
  }

  List<Payment> paymentsOf(UUID saleId) {
    return store.list(
        Payment.class, "e.saleId = :sale", Map.of("sale", saleId), "e.createdAt, e.id");
  }

  private Map<UUID, ProductName> productNames(List<SaleItem> items) {
    List<UUID> ids = items.stream().map(SaleItem::getProductId).distinct().toList();
    return ids.isEmpty() ? Map.of() : namesOf(catalogue.products(ids).values());
  }

  private static Map<UUID, ProductName> namesOf(Collection<SoldProduct> products) {
    Map<UUID, ProductName> names = new HashMap<>();
    products.forEach(p -> names.put(p.id(), new ProductName(p.sku(), p.name())));
    return names;
  }

  private String receiptNumber() {
    return String.format("R-%06d", store.nextInSequence(RECEIPT_SEQUENCE_PREFIX));
  }

  private String priceOverrideReason(Checkout command) {
    boolean pricesGiven = command.items.stream().anyMatch(i -> i.unitPrice != null);
    String reason = command.priceOverrideReason;
    if (!pricesGiven || reason == null || reason.isBlank()) {
      return null; // client prices without a reason are ignored: the stock decides
    }
    if (!isManager()) {
      throw new NotPermittedException("Only a manager or an admin may override prices");
    }
    return reason.trim();
  }

  /**
   * A discount above the business's cashier limit needs a MANAGER or ADMIN and a reason (audited);
   * a cashier is refused whatever the reason.
   */
  private String discountOverrideReason(
      List<String> fieldsAboveLimit, BigDecimal limit, Checkout command) {
    if (fieldsAboveLimit.isEmpty()) {
      return null;
    }
    String limitText = limit.stripTrailingZeros().toPlainString() + " %";
    if (!isManager()) {
      throw new NotPermittedException(
          "discount-limit-exceeded",
          "Discount above the cashier limit",
          "A discount above "
              + limitText
              + " of a line ("
              + String.join(", ", fieldsAboveLimit)
              + ") needs a manager or an admin");
    }
    String reason = command.discountOverrideReason;
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(
          "discount_override_reason",
          "a discount above " + limitText + " of a line needs a reason");
    }
    return reason.trim();
  }

  private boolean isCashier() {
    return access.isCashier();
  }

  private boolean isManager() {
    return access.isManager();
  }

  /** Cashiers sell only at the storefronts they are assigned to. */
  void requireSellsAt(UUID storefrontId) {
    access.requireSellsAt(storefrontId);
  }

  void requireMaySee(Sale sale) {
    if (!access.maySee(sale.getStorefrontId())) {
      throw new ResourceNotFoundException("Sale", sale.getId());
    }
  }

  Collection<UUID> storefrontsOfCaller() {
    return access.storefrontsOfCaller();
  }
}
