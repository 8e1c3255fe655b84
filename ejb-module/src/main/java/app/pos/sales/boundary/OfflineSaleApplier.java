package app.pos.sales.boundary;

import app.pos.accounts.boundary.Businesses;
import app.pos.accounts.boundary.UserView;
import app.pos.accounts.boundary.Users;
import app.pos.audit.boundary.AuditTrail;
import app.pos.bookkeeping.boundary.FinancialPeriods;
import app.pos.bookkeeping.boundary.Ledger;
import app.pos.inventory.control.CheckoutCatalogue;
import app.pos.inventory.control.CheckoutCatalogue.SoldProduct;
import app.pos.inventory.control.CheckoutCatalogue.Storefront;
import app.pos.inventory.control.FefoAllocation;
import app.pos.inventory.control.LotHistory;
import app.pos.inventory.control.LotHistory.LastLot;
import app.pos.inventory.control.LotStock;
import app.pos.inventory.control.StockBook;
import app.pos.inventory.control.StockBook.PricedLot;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Money;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import app.pos.platform.entity.Role;
import app.pos.sales.boundary.SyncOfflineBatch.OfflineItem;
import app.pos.sales.boundary.SyncOfflineBatch.OfflineSaleInput;
import app.pos.sales.control.CreditPolicy;
import app.pos.sales.control.CustomerAccounts;
import app.pos.sales.control.OfflinePostingRules;
import app.pos.sales.control.SaleCompleted;
import app.pos.sales.control.SaleLineMath;
import app.pos.sales.control.SaleLineMath.LineAmounts;
import app.pos.sales.control.SaleLineMath.Portion;
import app.pos.sales.control.SaleSettlement;
import app.pos.sales.control.SaleSettlement.LineLot;
import app.pos.sales.control.SaleSettlement.LotCost;
import app.pos.sales.control.Tenders;
import app.pos.sales.entity.Customer;
import app.pos.sales.entity.OfflineSale;
import app.pos.sales.entity.OfflineSaleStatus;
import app.pos.sales.entity.Payment;
import app.pos.sales.entity.PaymentMethod;
import app.pos.sales.entity.Sale;
import app.pos.sales.entity.SaleException;
import app.pos.sales.entity.SaleExceptionKind;
import app.pos.sales.entity.SaleItem;
import app.pos.sales.entity.SaleType;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Records one sale a till made offline, in a transaction of its own: as the till charged it, with
 * the stock the shelf had (FEFO, locked in lot-id order like a checkout), the units it did not have
 * as an oversold holding position, the customer charged even beyond the credit rules, and the entry
 * posted on the sale's date or the first open date after a locked one. What could not be honoured
 * becomes an exception in a manager's queue; nothing is refused for it.
 */
@Stateless
public class OfflineSaleApplier {

  /** A sale may not claim to have happened later than this ahead of the server's clock. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject StockBook stock;
  @Inject CheckoutCatalogue catalogue;
  @Inject LotHistory history;
  @Inject SaleSettlement settlement;
  @Inject CustomerAccounts accounts;
  @Inject Ledger ledger;
  @Inject FinancialPeriods periods;
  @Inject Businesses businesses;
  @Inject Users users;
  @Inject AuditTrail audit;
  @Inject Event<SaleCompleted> completed;

  /**
   * What every sale of a batch needs, read and checked once before any is applied: the products
   * (retired ones too) and, per sale of the batch, why it cannot be recorded now although it is
   * well formed ({@code stale}: its cashier was deactivated, its storefront or a product retired,
   * or the till's clock ran fast), answered REJECTED for that sale alone.
   */
  public record Prepared(
      UUID tillId,
      Map<String, UUID> chart,
      BigDecimal defaultTaxRate,
      Map<UUID, SoldProduct> products,
      Map<UUID, LastLot> lastLots,
      Map<OfflineSaleInput, String> stale) {

    /** Why this sale of the batch is answered REJECTED, if it is. */
    public Optional<String> staleness(OfflineSaleInput sale) {
      return Optional.ofNullable(stale.get(sale));
    }
  }

  /**
   * Checks the whole batch before anything is written (400 naming the field otherwise): each
   * storefront is a storefront of the business the caller sells at, each cashier a member of staff
   * who sells there (a CASHIER calling names only themselves: 403), each product a product of the
   * business, each sale's lines and tenders add up (only cash may be more than is due, and the
   * tenders cover what was charged). What was true when the sale happened but is not any more (a
   * deactivated cashier, a retired storefront or product) and a till clock more than {@link
   * #CLOCK_SKEW} fast reject that sale only.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Prepared prepare(SyncOfflineBatch batch) {
    Set<UUID> productIds = new HashSet<>();
    batch.sales.forEach(s -> s.items.forEach(i -> productIds.add(i.productId)));
    Map<UUID, SoldProduct> products = catalogue.products(productIds);
    Set<UUID> activeProducts = catalogue.activeProducts(productIds).keySet();
    BigDecimal defaultTaxRate = businesses.settings().defaultTaxRate();
    Map<UUID, Storefront> storefronts = new HashMap<>();
    Map<UUID, UserView> cashiers = new HashMap<>();
    Map<OfflineSaleInput, String> stale = new IdentityHashMap<>();
    UUID caller = tenant.userId().orElse(null);
    Instant latest = Instant.now().plus(CLOCK_SKEW);
    for (int s = 0; s < batch.sales.size(); s++) {
      OfflineSaleInput sale = batch.sales.get(s);
      String at = "sales[" + s + "]";
      List<String> reasons = new ArrayList<>();
      if (sale.occurredAt.isAfter(latest)) {
        reasons.add(
            "occurred_at is more than "
                + CLOCK_SKEW.toMinutes()
                + " minutes ahead of the server's clock: the till's clock is fast");
      }
      Storefront storefront =
          storefronts.computeIfAbsent(
              sale.storefrontId, id -> catalogue.storefront(id).orElse(null));
      if (storefront == null) {
        throw new InvalidInputException(
            at + ".storefront_id", "is not a storefront of this business");
      }
      if (tenant.hasRole(Role.CASHIER) && !callerSellsAt(storefront.id())) {
        throw new NotPermittedException("You are not assigned to this storefront");
      }
      if (tenant.hasRole(Role.CASHIER) && !sale.cashierId.equals(caller)) {
        throw new NotPermittedException(
            "A cashier syncs only their own sales: " + at + ".cashier_id must be your own id");
      }
      if (!storefront.active()) {
        reasons.add("the storefront has been retired");
      }
      UserView cashier = cashiers.computeIfAbsent(sale.cashierId, this::staffMember);
      if (cashier == null) {
        throw new InvalidInputException(
            at + ".cashier_id", "is not a member of this business's staff");
      }
      boolean sells =
          cashier.role() == Role.ADMIN
              || cashier.role() == Role.MANAGER
              || (cashier.role() == Role.CASHIER
                  && cashier.storefrontIds().contains(storefront.id()));
      if (!sells) {
        throw new InvalidInputException(
            at + ".cashier_id", "does not sell at storefront " + storefront.id());
      }
      if (!cashier.isActive()) {
        reasons.add("the cashier has been deactivated");
      }
      if (sale.customerId != null
          && store.findOptional(Customer.class, sale.customerId).isEmpty()) {
        throw new InvalidInputException(at + ".customer_id", "is not a customer of this business");
      }
      for (int i = 0; i < sale.items.size(); i++) {
        UUID product = sale.items.get(i).productId;
        if (!products.containsKey(product)) {
          throw new InvalidInputException(
              at + ".items[" + i + "].product_id", "is not a product of this business");
        }
        if (!activeProducts.contains(product)) {
          reasons.add("product " + products.get(product).sku() + " has been retired");
        }
      }
      for (int p = 0; p < sale.payments.size(); p++) {
        SaleSettlement.requireCustomerFor(
            sale.payments.get(p).method, sale.customerId, at + ".payments[" + p + "].method");
      }
      BigDecimal total = BigDecimal.ZERO;
      for (ChargedLine line : charged(sale, products, defaultTaxRate, at)) {
        total = total.add(line.amounts().total());
      }
      Tenders.Settlement settled = Tenders.settle(total, tendersOf(sale));
      if (!settled.covered()) {
        throw new InvalidInputException(
            at + ".payments",
            "an offline sale is paid in full: the payments come to "
                + Money.format(settled.tendered())
                + " of a total of "
                + Money.format(total));
      }
      if (!reasons.isEmpty()) {
        stale.put(sale, String.join("; ", reasons) + ": not recorded");
      }
    }
    return new Prepared(
        batch.tillId,
        ledger.accountsByCode(),
        defaultTaxRate,
        products,
        history.lastLots(productIds),
        stale);
  }

  private UserView staffMember(UUID id) {
    try {
      return users.find(id);
    } catch (ResourceNotFoundException notOurs) {
      return null;
    }
  }

  private boolean callerSellsAt(UUID storefrontId) {
    return tenant
        .storefrontIds()
        .map(ids -> ids.contains(storefrontId))
        .orElseGet(() -> users.storefrontsOf(tenant.userId().orElse(null)).contains(storefrontId));
  }

  /** A line as the till charged it, and the server's tax rate for it. */
  record ChargedLine(
      OfflineItem item, String field, BigDecimal serverTaxRate, LineAmounts amounts) {}

  static List<ChargedLine> charged(
      OfflineSaleInput sale,
      Map<UUID, SoldProduct> products,
      BigDecimal defaultTaxRate,
      String at) {
    List<ChargedLine> lines = new ArrayList<>();
    for (int i = 0; i < sale.items.size(); i++) {
      OfflineItem item = sale.items.get(i);
      String field = at + ".items[" + i + "]";
      BigDecimal productRate = products.get(item.productId).taxRate();
      BigDecimal serverRate = productRate == null ? defaultTaxRate : productRate;
      LineAmounts amounts =
          SaleLineMath.price(
              List.of(new Portion(item.quantity, item.unitPrice)),
              item.discount,
              null,
              item.taxRate == null ? serverRate : item.taxRate,
              field + ".discount");
      SaleLineMath.requireCharge(amounts, field + ".unit_price");
      lines.add(new ChargedLine(item, field, serverRate, amounts));
    }
    return lines;
  }

  private static List<Tenders.Tender> tendersOf(OfflineSaleInput sale) {
    return sale.payments.stream().map(t -> new Tenders.Tender(t.method, t.amount)).toList();
  }

  /**
   * What a sale recorded before under this sale's client sale id answers (a re-send): DUPLICATE
   * with the first result when the body is the one received then, REJECTED when another body reuses
   * the id.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<OfflineSaleResult> recorded(OfflineSaleInput input) {
    String fingerprint = fingerprint(input);
    return store
        .list(
            OfflineSale.class,
            "e.clientSaleId = :client",
            Map.of("client", input.clientSaleId),
            null)
        .stream()
        .findFirst()
        .map(
            recorded ->
                recorded.getFingerprint() == null || recorded.getFingerprint().equals(fingerprint)
                    ? resultOf(recorded).asDuplicate()
                    : OfflineSaleResult.rejected(
                        input.clientSaleId, "client_sale_id reused with different content"));
  }

  /**
   * The sale as received, reduced to a SHA-256 hex digest: when, where, who, what and how it was
   * paid, in the order sent; amounts by value (10 and 10.00 are one amount).
   */
  static String fingerprint(OfflineSaleInput sale) {
    StringBuilder b = new StringBuilder();
    b.append(sale.occurredAt).append('|').append(sale.storefrontId).append('|');
    b.append(sale.saleType == null ? SaleType.RETAIL : sale.saleType).append('|');
    b.append(sale.customerId).append('|').append(sale.cashierId);
    for (OfflineItem i : sale.items) {
      b.append("|item:").append(i.productId).append(',').append(amount(i.quantity));
      b.append(',').append(amount(i.unitPrice)).append(',').append(amount(i.discount));
      b.append(',').append(amount(i.taxRate));
    }
    for (Tender t : sale.payments) {
      b.append("|pay:").append(t.method).append(',').append(amount(t.amount));
      b.append(',').append(t.reference);
    }
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static String amount(BigDecimal value) {
    return value == null ? "-" : value.stripTrailingZeros().toPlainString();
  }

  private OfflineSaleResult resultOf(OfflineSale recorded) {
    Sale sale = store.find(Sale.class, recorded.getSaleId());
    List<SaleExceptionView> raised =
        store
            .list(
                SaleException.class,
                "e.saleId = :sale",
                Map.of("sale", recorded.getSaleId()),
                "e.createdAt, e.id")
            .stream()
            .map(SaleExceptionView::of)
            .toList();
    return new OfflineSaleResult(
        recorded.getClientSaleId(),
        recorded.getStatus(),
        recorded.getStatus(),
        recorded.getSaleId(),
        sale.getReceiptNumber(),
        recorded.getPostedOn(),
        recorded.isPostedOnOpenDate(),
        raised,
        null);
  }

  /**
   * Records one sale of a prepared batch in a new transaction, or answers DUPLICATE with what was
   * recorded the first time. Concurrent sends of one client sale id wait for each other (a lock on
   * the id for the transaction); the unique key stands behind it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public OfflineSaleResult apply(Prepared prepared, OfflineSaleInput input) {
    store
        .nativeQuery(
            "SELECT CAST(pg_advisory_xact_lock(hashtextextended(CAST(b.business_id AS text)"
                + " || ?2, 2021)) AS text) FROM (SELECT CAST(?1 AS uuid) AS business_id) b"
                + " WHERE b.business_id = ?1")
        .setParameter(2, input.clientSaleId.toString())
        .getSingleResult();
    Optional<OfflineSaleResult> before = recorded(input);
    if (before.isPresent()) {
      return before.get();
    }
    Optional<String> stale = prepared.staleness(input);
    if (stale.isPresent()) {
      return OfflineSaleResult.rejected(input.clientSaleId, stale.get());
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate occurredOn = input.occurredAt.atOffset(ZoneOffset.UTC).toLocalDate();
    LocalDate postOn = periods.firstOpenDateFrom(occurredOn);
    if (postOn.isAfter(today.plusDays(1))) {
      throw new StateConflictException(
          "period-closed",
          "Period closed",
          "The books are closed up to "
              + postOn.minusDays(1)
              + ": the sale has no open date to post on yet");
    }
    SaleType saleType = input.saleType == null ? SaleType.RETAIL : input.saleType;
    boolean wholesale = saleType == SaleType.WHOLESALE;
    List<ChargedLine> lines = charged(input, prepared.products(), prepared.defaultTaxRate(), "");

    Map<UUID, List<PricedLot>> lotsByProduct = new HashMap<>();
    Map<UUID, PricedLot> lotById = new HashMap<>();
    for (PricedLot lot :
        stock.lockProducts(
            lines.stream().map(l -> l.item().productId).distinct().toList(), input.storefrontId)) {
      lotsByProduct.computeIfAbsent(lot.productId(), p -> new ArrayList<>()).add(lot);
      lotById.put(lot.stock().lotId(), lot);
    }

    UUID saleId = UUID.randomUUID();
    String receiptNumber =
        String.format("R-%06d", store.nextInSequence(Sales.RECEIPT_SEQUENCE_PREFIX));
    List<SaleItem> items = new ArrayList<>();
    List<LineLot> lineLots = new ArrayList<>();
    List<StockBook.Pick> picks = new ArrayList<>();
    Map<StockBook.Pick, UUID> itemOfPick = new IdentityHashMap<>();
    Map<UUID, BigDecimal> oversoldCostOf = new LinkedHashMap<>();
    List<SaleException> raised = new ArrayList<>();
    Map<UUID, BigDecimal> drawn = new HashMap<>();
    BigDecimal subtotal = BigDecimal.ZERO;
    BigDecimal discounts = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal oversoldCost = BigDecimal.ZERO;
    for (ChargedLine line : lines) {
      OfflineItem item = line.item();
      LineAmounts a = line.amounts();
      SaleItem saleItem =
          new SaleItem(
              UUID.randomUUID(),
              saleId,
              items.size() + 1,
              item.productId,
              item.quantity,
              a.unitPrice(),
              false,
              a.gross(),
              a.discount(),
              a.net(),
              a.taxRate(),
              a.tax(),
              a.total());
      items.add(saleItem);
      subtotal = subtotal.add(a.gross());
      discounts = discounts.add(a.discount());
      tax = tax.add(a.tax());
      total = total.add(a.total());

      // what the shelf has of it, FEFO, less what earlier lines of this sale drew
      List<LotStock> available =
          lotsByProduct.getOrDefault(item.productId, List.of()).stream()
              .map(l -> lessDrawn(l.stock(), drawn))
              .filter(l -> l.expiryDate() == null || l.expiryDate().isAfter(today))
              .toList();
      BigDecimal onShelf =
          available.stream().map(LotStock::available).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal fromShelf = onShelf.min(item.quantity).max(BigDecimal.ZERO);
      BigDecimal shortfall = item.quantity.subtract(fromShelf);
      List<Portion> serverPortions = new ArrayList<>();
      if (fromShelf.signum() > 0) {
        String sku = prepared.products().get(item.productId).sku();
        for (FefoAllocation.Take take : FefoAllocation.allocate(available, fromShelf, today, sku)) {
          PricedLot lot = lotById.get(take.lot().lotId());
          drawn.merge(take.lot().lotId(), take.quantity(), BigDecimal::add);
          FefoAllocation.Take locked = new FefoAllocation.Take(lot.stock(), take.quantity());
          StockBook.Pick pick = new StockBook.Pick(item.productId, locked);
          picks.add(pick);
          itemOfPick.put(pick, saleItem.getId());
          lineLots.add(new LineLot(saleItem.getId(), item.productId, locked, a.unitPrice()));
          serverPortions.add(
              new Portion(take.quantity(), wholesale ? lot.wholesalePrice() : lot.retailPrice()));
        }
      }
      LastLot last = prepared.lastLots().get(item.productId);
      if (shortfall.signum() > 0) {
        BigDecimal unitCost = last == null ? BigDecimal.ZERO : last.unitCost();
        BigDecimal value = Money.toMinorUnit(shortfall.multiply(unitCost));
        oversoldCost = oversoldCost.add(value);
        oversoldCostOf.merge(saleItem.getId(), value, BigDecimal::add);
        raised.add(
            SaleException.oversold(
                saleId,
                input.clientSaleId,
                input.storefrontId,
                item.productId,
                shortfall,
                unitCost,
                value,
                "Sold "
                    + plain(item.quantity)
                    + " offline, the shelf had "
                    + plain(fromShelf)
                    + ": "
                    + plain(shortfall)
                    + " held at the last known lot cost "
                    + unitCost.stripTrailingZeros().toPlainString()));
        if (last != null) {
          serverPortions.add(
              new Portion(shortfall, wholesale ? last.wholesalePrice() : last.retailPrice()));
        }
      }
      if (serverPortions.stream()
              .map(Portion::quantity)
              .reduce(BigDecimal.ZERO, BigDecimal::add)
              .compareTo(item.quantity)
          == 0) {
        LineAmounts server =
            SaleLineMath.price(
                serverPortions, item.discount, null, line.serverTaxRate(), line.field());
        if (server.total().compareTo(a.total()) != 0
            || server.taxRate().compareTo(a.taxRate()) != 0) {
          raised.add(
              SaleException.priceMismatch(
                  saleId,
                  input.clientSaleId,
                  input.storefrontId,
                  item.productId,
                  item.quantity,
                  server.total(),
                  a.total(),
                  "Charged "
                      + Money.format(a.total())
                      + " ("
                      + a.unitPrice().stripTrailingZeros().toPlainString()
                      + " a unit, tax "
                      + a.taxRate().stripTrailingZeros().toPlainString()
                      + " %), the server's price is "
                      + Money.format(server.total())
                      + " ("
                      + server.unitPrice().stripTrailingZeros().toPlainString()
                      + " a unit, tax "
                      + server.taxRate().stripTrailingZeros().toPlainString()
                      + " %): the sale stands as charged"));
        }
      }
    }

    Tenders.Settlement settled = Tenders.settle(total, tendersOf(input));
    Sale sale =
        new Sale(
            saleId,
            receiptNumber,
            input.storefrontId,
            saleType,
            input.customerId,
            input.cashierId,
            subtotal,
            discounts,
            tax,
            total,
            null);
    sale.tendered(settled.tendered());

    // the shelf's units leave at their book value, in lot-id order
    List<StockBook.Taken> taken =
        picks.isEmpty()
            ? List.of()
            : stock.takeAll(picks, input.storefrontId, "SALE", SaleSettlement.DOCUMENT, saleId);
    Map<UUID, BigDecimal> costByItem = new HashMap<>(oversoldCostOf);
    BigDecimal shelfCost = BigDecimal.ZERO;
    List<LotCost> lotCosts = new ArrayList<>();
    for (StockBook.Taken t : taken) {
      UUID itemId = itemOfPick.get(t.pick());
      costByItem.merge(itemId, t.value(), BigDecimal::add);
      shelfCost = shelfCost.add(t.value());
      lotCosts.add(new LotCost(itemId, t.pick().take().lot().lotId(), t.value()));
    }
    items.forEach(i -> i.costed(costByItem.getOrDefault(i.getId(), BigDecimal.ZERO)));

    // the customer walked out with it: their account is charged, refusals become exceptions
    BigDecimal onCredit = settled.kept().getOrDefault(PaymentMethod.CREDIT, BigDecimal.ZERO);
    CustomerAccounts.Account account = null;
    if (onCredit.signum() > 0) {
      account = accounts.lock(input.customerId, today);
      Optional<String> refusal = CreditPolicy.refusal(account.credit(), onCredit);
      if (refusal.isPresent()) {
        // the kind is the customer's standing; the account is charged all the same
        SaleExceptionKind kind =
            switch (CreditPolicy.standing(account.credit())) {
              case INACTIVE -> SaleExceptionKind.CUSTOMER_INACTIVE;
              case BLOCKED -> SaleExceptionKind.CUSTOMER_BLOCKED;
              case OVERDUE -> SaleExceptionKind.CREDIT_OVERDUE;
              case GOOD -> SaleExceptionKind.CREDIT_LIMIT_EXCEEDED;
            };
        raised.add(
            SaleException.credit(
                saleId,
                input.clientSaleId,
                input.storefrontId,
                kind,
                onCredit,
                "Charged to " + account.name() + "'s account offline: " + refusal.get()));
      }
    }

    UUID entry =
        ledger.post(
            OfflinePostingRules.forSale(
                postOn,
                saleId,
                receiptNumber,
                settled.kept(),
                sale.getNet(),
                sale.getTaxTotal(),
                shelfCost,
                oversoldCost,
                code -> Ledger.require(prepared.chart(), code)));
    if (account != null) {
      accounts.apply(
          account,
          new CustomerAccounts.Change(
              CustomerAccounts.CREDIT_SALE,
              onCredit,
              saleId,
              null,
              PaymentMethod.CREDIT.name(),
              receiptNumber,
              postOn.plusDays(account.termsDays()),
              entry));
    }
    boolean moved = !postOn.equals(occurredOn);
    // the report's day is the ledger's: when it happened, or the first open day it moved to
    Instant completedAt =
        moved
            ? latest(input.occurredAt, postOn.atStartOfDay(businessZone()).toInstant())
            : input.occurredAt;
    sale.complete(settled.changeDue(), shelfCost.add(oversoldCost), entry, null, completedAt);
    List<Payment> payments = new ArrayList<>();
    for (Tender t : input.payments) {
      payments.add(new Payment(saleId, t.method, t.amount, t.reference, input.cashierId));
    }
    settlement.write(sale, items, payments, lineLots, lotCosts);
    store.flush();
    raised.forEach(store::persist);
    OfflineSaleStatus status =
        raised.isEmpty() ? OfflineSaleStatus.APPLIED : OfflineSaleStatus.EXCEPTION;
    store.persist(
        new OfflineSale(
            input.clientSaleId,
            prepared.tillId(),
            input.storefrontId,
            input.cashierId,
            input.occurredAt,
            saleId,
            status,
            postOn,
            moved,
            tenant.userId().orElseThrow(),
            fingerprint(input)));
    completed.fire(new SaleCompleted(saleId, saleType));
    Map<String, Object> audited = new LinkedHashMap<>();
    audited.put("client_sale_id", input.clientSaleId.toString());
    audited.put("till_id", prepared.tillId().toString());
    audited.put("occurred_at", input.occurredAt.toString());
    audited.put("cashier_id", input.cashierId.toString());
    audited.put("synced_by", tenant.userId().map(UUID::toString).orElse(""));
    audited.put("posted_on", postOn.toString());
    audited.put("status", status.name());
    audited.put(
        "exceptions", String.join(", ", raised.stream().map(e -> e.getKind().name()).toList()));
    audit.record("sale.synced_offline", "Sale", saleId.toString(), audited);
    return new OfflineSaleResult(
        input.clientSaleId,
        status,
        status,
        saleId,
        receiptNumber,
        postOn,
        moved,
        raised.stream().map(SaleExceptionView::of).toList(),
        null);
  }

  private ZoneId businessZone() {
    String zone = businesses.settings().timeZone();
    return zone == null || zone.isBlank() ? ZoneOffset.UTC : ZoneId.of(zone);
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static String plain(BigDecimal quantity) {
    return quantity.stripTrailingZeros().toPlainString();
  }

  private static LotStock lessDrawn(LotStock lot, Map<UUID, BigDecimal> drawn) {
    BigDecimal used = drawn.getOrDefault(lot.lotId(), BigDecimal.ZERO);
    return new LotStock(
        lot.lotId(),
        lot.expiryDate(),
        lot.receivedAt(),
        lot.onHand(),
        lot.reserved().add(used),
        lot.bookValue(),
        lot.unitCost());
  }
}
