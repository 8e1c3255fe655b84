package app.pos.sales.control;

import app.pos.inventory.control.FefoAllocation;
import app.pos.inventory.control.InsufficientStockException;
import app.pos.inventory.control.LotStock;
import app.pos.inventory.control.StockBook.PricedLot;
import app.pos.sales.control.SaleLineMath.LineAmounts;
import app.pos.sales.control.SaleLineMath.Portion;
import app.pos.sales.control.SaleLineMath.PricedPart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Prices a checkout from the lots it sells, before anything is written: each requested line takes
 * its units from its product's lots first-expiry-first (lots already drawn by an earlier line count
 * as taken), each lot's units at that lot's price (retail or wholesale) or the manager's override,
 * and the line's amounts follow {@link SaleLineMath}. A line drawing lots at different prices
 * becomes one sale line per price, and every lot draw keeps the price it sells at, so what the
 * receipt shows, what the lots record and what the ledger posts are one set of figures.
 *
 * <p>Plain Java over figures the caller read (and locked): no database.
 */
public final class SalePricing {

  private SalePricing() {}

  /**
   * One line the till asked for (lines of one product already merged).
   *
   * @param overridePrice a manager's unit price, or null for the lots' own prices
   * @param taxRate the product's rate in percent, or the business's default
   * @param field where the line's errors are reported ({@code items[2]})
   */
  public record Line(
      UUID productId,
      String sku,
      BigDecimal quantity,
      BigDecimal discount,
      BigDecimal discountPercent,
      BigDecimal overridePrice,
      BigDecimal taxRate,
      String field) {}

  /** Units of one lot a sale line takes (with the lot's locked figures) and their unit price. */
  public record LotDraw(FefoAllocation.Take take, BigDecimal unitPrice) {}

  /** One sale line as charged: one unit price, its amounts and the lots it comes from. */
  public record PricedLine(
      UUID productId,
      BigDecimal quantity,
      boolean overridden,
      LineAmounts amounts,
      List<LotDraw> draws) {}

  /** The priced sale: its lines and totals, and the lines whose discount is above the limit. */
  public record PricedSale(
      List<PricedLine> lines,
      BigDecimal subtotal,
      BigDecimal discounts,
      BigDecimal tax,
      BigDecimal total,
      List<String> discountsAboveLimit) {}

  /**
   * @param lotsByProduct the locked lots at the selling location, by product
   * @param wholesale whether the lots' wholesale prices apply (else retail)
   * @param maxDiscountPercent the share of a line a cashier may take off
   * @param onDiscountAboveLimit told, as soon as a line goes above the limit, the fields so far (a
   *     caller may refuse there, before any later line's error)
   */
  public static PricedSale price(
      List<Line> lines,
      Map<UUID, List<PricedLot>> lotsByProduct,
      boolean wholesale,
      BigDecimal maxDiscountPercent,
      LocalDate today,
      Consumer<List<String>> onDiscountAboveLimit) {
    Map<UUID, PricedLot> lotById = new HashMap<>();
    lotsByProduct.values().forEach(l -> l.forEach(p -> lotById.put(p.stock().lotId(), p)));
    requireStock(lines, lotsByProduct, today);
    Map<UUID, BigDecimal> drawn = new HashMap<>();
    List<PricedLine> priced = new ArrayList<>();
    List<String> aboveLimit = new ArrayList<>();
    BigDecimal subtotal = BigDecimal.ZERO;
    BigDecimal discounts = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    for (Line line : lines) {
      List<LotStock> available =
          lotsByProduct.getOrDefault(line.productId(), List.of()).stream()
              .map(l -> lessDrawn(l.stock(), drawn))
              .toList();
      List<FefoAllocation.Take> takes =
          FefoAllocation.allocate(line.productId(), available, line.quantity(), today, line.sku());
      List<LotDraw> draws = new ArrayList<>();
      List<Portion> portions = new ArrayList<>();
      for (FefoAllocation.Take take : takes) {
        PricedLot lot = lotById.get(take.lot().lotId());
        BigDecimal price =
            line.overridePrice() != null
                ? line.overridePrice()
                : wholesale ? lot.wholesalePrice() : lot.retailPrice();
        drawn.merge(take.lot().lotId(), take.quantity(), BigDecimal::add);
        // the locked figures (not the allocation view) value what leaves
        draws.add(new LotDraw(new FefoAllocation.Take(lot.stock(), take.quantity()), price));
        portions.add(new Portion(take.quantity(), price));
      }
      LineAmounts amounts =
          SaleLineMath.price(
              portions,
              line.discount(),
              line.discountPercent(),
              line.taxRate(),
              line.field() + ".discount");
      if (SaleLineMath.discountAbove(amounts, maxDiscountPercent)) {
        aboveLimit.add(line.field());
        onDiscountAboveLimit.accept(List.copyOf(aboveLimit));
      }
      SaleLineMath.requireCharge(amounts, line.field() + ".quantity");
      List<PricedPart> parts = SaleLineMath.byPrice(portions, amounts, line.field() + ".quantity");
      for (PricedPart part : parts) {
        LineAmounts a = part.amounts();
        List<LotDraw> partDraws =
            parts.size() == 1
                ? draws
                : draws.stream().filter(d -> d.unitPrice().compareTo(a.unitPrice()) == 0).toList();
        priced.add(
            new PricedLine(
                line.productId(), part.quantity(), line.overridePrice() != null, a, partDraws));
        subtotal = subtotal.add(a.gross());
        discounts = discounts.add(a.discount());
        tax = tax.add(a.tax());
        total = total.add(a.total());
      }
    }
    return new PricedSale(priced, subtotal, discounts, tax, total, List.copyOf(aboveLimit));
  }

  /**
   * Refuses (409 insufficient-stock) when any product is asked for beyond its lots, before a line
   * is priced: every short product is told once, its lines' quantities added up, as transfers tell
   * them.
   */
  private static void requireStock(
      List<Line> lines, Map<UUID, List<PricedLot>> lotsByProduct, LocalDate today) {
    Map<UUID, BigDecimal> requested = new LinkedHashMap<>();
    Map<UUID, String> skus = new HashMap<>();
    for (Line line : lines) {
      requested.merge(line.productId(), line.quantity(), BigDecimal::add);
      skus.putIfAbsent(line.productId(), line.sku());
    }
    List<InsufficientStockException> shortLines = new ArrayList<>();
    requested.forEach(
        (product, quantity) -> {
          try {
            FefoAllocation.allocate(
                product,
                lotsByProduct.getOrDefault(product, List.of()).stream()
                    .map(PricedLot::stock)
                    .toList(),
                quantity,
                today,
                skus.get(product));
          } catch (InsufficientStockException shortLine) {
            shortLines.add(shortLine);
          }
        });
    if (!shortLines.isEmpty()) {
      throw InsufficientStockException.of(shortLines);
    }
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
