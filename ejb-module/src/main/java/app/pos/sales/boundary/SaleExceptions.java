package app.pos.sales.boundary;

import app.pos.audit.boundary.AuditTrail;
import app.pos.bookkeeping.boundary.Ledger;
import app.pos.inventory.control.FefoAllocation;
import app.pos.inventory.control.LotStock;
import app.pos.inventory.control.StockBook;
import app.pos.inventory.control.StockBook.PricedLot;
import app.pos.platform.control.Conditions;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import app.pos.sales.control.OfflinePostingRules;
import app.pos.sales.control.SaleSettlement;
import app.pos.sales.entity.Sale;
import app.pos.sales.entity.SaleException;
import app.pos.sales.entity.SaleExceptionKind;
import app.pos.sales.entity.SaleExceptionResolution;
import app.pos.sales.entity.SaleExceptionStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The manager's queue of what offline sales could not honour. Oversold units are resolved by stock
 * that arrived (taken from the storefront's lots now, FEFO, at their book value: Dr 1250 / Cr 1200,
 * the difference to 5000) or written off (Dr 1250 / Cr 5100); anything else is acknowledged. Each
 * resolution happens once, posted and audited in one transaction.
 */
@Stateless
public class SaleExceptions {

  static final String DOCUMENT = "SALE_EXCEPTION";

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject StockBook stock;
  @Inject Ledger ledger;
  @Inject AuditTrail audit;
  @Inject SaleSettlement settlement;

  public Page<SaleExceptionView> list(
      SaleExceptionKind kind, SaleExceptionStatus status, UUID saleId, PageRequest page) {
    Conditions filter =
        new Conditions()
            .and("e.kind = :kind", "kind", kind)
            .and("e.status = :status", "status", status)
            .and("e.saleId = :sale", "sale", saleId);
    return store
        .page(SaleException.class, filter.where(), filter.params(), "e.createdAt DESC, e.id", page)
        .map(SaleExceptionView::of);
  }

  public SaleExceptionView find(UUID id) {
    return SaleExceptionView.of(store.find(SaleException.class, id));
  }

  public SaleExceptionView resolve(UUID id, ResolveSaleException command) {
    Map<String, UUID> chart = ledger.accountsByCode(); // read before any stock row is locked
    SaleException exception = store.lock(SaleException.class, id);
    if (command.resolution == SaleExceptionResolution.NONE) {
      throw new InvalidInputException(
          "resolution", "must be one of STOCK_ARRIVED, WRITTEN_OFF, ACKNOWLEDGED");
    }
    if (!exception.isOpen()) {
      throw new StateConflictException(
          "exception-resolved", "Exception resolved", "This exception was resolved already");
    }
    if (exception.getKind() == SaleExceptionKind.OVERSOLD
        && command.resolution == SaleExceptionResolution.WRITTEN_OFF
        && exception.getValue().signum() == 0) {
      throw new StateConflictException(
          "resolution-not-allowed",
          "Resolution not allowed",
          "Oversold units of no known cost are resolved by STOCK_ARRIVED");
    }
    String receipt = store.find(Sale.class, exception.getSaleId()).getReceiptNumber();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    UUID entry = null;
    BigDecimal stockValue = null;
    if (exception.getKind() == SaleExceptionKind.OVERSOLD) {
      if (command.resolution == SaleExceptionResolution.STOCK_ARRIVED) {
        stockValue = takeArrivedStock(exception, today);
        entry =
            ledger.post(
                OfflinePostingRules.forStockArrived(
                    today,
                    exception.getId(),
                    receipt,
                    exception.getValue(),
                    stockValue,
                    code -> Ledger.require(chart, code)));
      } else if (command.resolution == SaleExceptionResolution.WRITTEN_OFF) {
        entry =
            ledger.post(
                OfflinePostingRules.forWriteOff(
                    today,
                    exception.getId(),
                    receipt,
                    exception.getValue(),
                    code -> Ledger.require(chart, code)));
      }
    }
    String note = command.note == null || command.note.isBlank() ? null : command.note.trim();
    exception.resolve(command.resolution, note, tenant.userId().orElse(null), entry, Instant.now());
    Map<String, Object> audited = new LinkedHashMap<>();
    audited.put("kind", exception.getKind().name());
    audited.put("resolution", command.resolution.name());
    audited.put("sale_id", exception.getSaleId().toString());
    if (note != null) {
      audited.put("note", note);
    }
    if (stockValue != null) {
      audited.put("stock_value", stockValue.toPlainString());
    }
    audit.record("sale_exception.resolved", "SaleException", id.toString(), audited);
    return SaleExceptionView.of(exception);
  }

  /**
   * Takes the oversold units from the storefront's lots now (409 while they are not there) and
   * records them on the sale's line, its cost corrected to the value taken.
   */
  private BigDecimal takeArrivedStock(SaleException exception, LocalDate today) {
    List<PricedLot> locked =
        stock.lockProducts(List.of(exception.getProductId()), exception.getStorefrontId());
    List<LotStock> lots = locked.stream().map(PricedLot::stock).toList();
    List<StockBook.Pick> picks = new ArrayList<>();
    for (FefoAllocation.Take take :
        FefoAllocation.allocate(
            exception.getProductId(),
            lots,
            exception.getQuantity(),
            today,
            "oversold " + exception.getProductId())) {
      picks.add(new StockBook.Pick(exception.getProductId(), take));
    }
    List<StockBook.Taken> taken =
        stock.takeAll(picks, exception.getStorefrontId(), "SALE", DOCUMENT, exception.getId());
    settlement.recordArrived(
        exception.getSaleId(), exception.getProductId(), taken, exception.getValue());
    return taken.stream().map(StockBook.Taken::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
