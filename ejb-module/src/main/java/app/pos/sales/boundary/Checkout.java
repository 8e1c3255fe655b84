package app.pos.sales.boundary;

import app.pos.platform.control.InvalidInputException;
import app.pos.sales.entity.SaleType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A sale rung up at a storefront. Prices come from the stock sold; {@code unit_price} counts only
 * for a MANAGER or ADMIN who gives a {@code price_override_reason}. Without payments the sale waits
 * (PENDING) with its stock reserved.
 */
public class Checkout {
  @NotNull public UUID storefrontId;

  public SaleType saleType;

  public UUID customerId;

  @NotNull
  @Size(min = 1, max = 200)
  public List<@NotNull @Valid Item> items;

  @Size(max = 20)
  public List<@NotNull @Valid Tender> payments;

  @Size(max = 500)
  public String priceOverrideReason;

  @Size(max = 500)
  public String creditOverrideReason;

  /** A MANAGER's or ADMIN's reason for a discount above the business's cashier limit. */
  @Size(max = 500)
  public String discountOverrideReason;

  /**
   * The lines with each product once, in the order products first appear: quantities and discount
   * amounts are added up, so a line is priced (and rounded) once however it was rung up. Lines of
   * one product must agree on their discount percentage and price, and not mix a percentage with an
   * amount.
   */
  public List<Line> mergedItems() {
    Map<UUID, Item> merged = new LinkedHashMap<>();
    Map<UUID, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item line = items.get(i);
      Item into = merged.get(line.productId);
      if (into == null) {
        Item copy = new Item();
        copy.productId = line.productId;
        copy.quantity = line.quantity;
        copy.discount = line.discount;
        copy.discountPercent = line.discountPercent;
        copy.unitPrice = line.unitPrice;
        merged.put(line.productId, copy);
        positions.put(line.productId, i);
        continue;
      }
      String field = "items[" + i + "]";
      if ((into.discountPercent != null || line.discountPercent != null)
          && (into.discount != null
              || line.discount != null
              || !sameNumber(into.discountPercent, line.discountPercent))) {
        throw new InvalidInputException(
            field + ".discount_percent",
            "lines of one product are merged: give them the same discount_percent, or amounts");
      }
      if (!sameNumber(into.unitPrice, line.unitPrice)) {
        throw new InvalidInputException(
            field + ".unit_price",
            "lines of one product are merged: give them the same unit_price");
      }
      into.quantity = into.quantity.add(line.quantity);
      if (line.discount != null) {
        into.discount = into.discount == null ? line.discount : into.discount.add(line.discount);
      }
    }
    List<Line> lines = new ArrayList<>();
    merged.forEach((product, item) -> lines.add(new Line(item, positions.get(product))));
    return lines;
  }

  /** A merged line and where its product first stands in the request (for error fields). */
  public record Line(Item item, int position) {}

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /** A product and how much of it. */
  public static class Item {
    @NotNull public UUID productId;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 3)
    public BigDecimal quantity;

    /** An amount off the line. */
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 2)
    public BigDecimal discount;

    /** A percentage of the line off it (instead of {@code discount}). */
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 4)
    public BigDecimal discountPercent;

    /** A manager's price, used only with a {@code price_override_reason}. */
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal unitPrice;
  }
}
