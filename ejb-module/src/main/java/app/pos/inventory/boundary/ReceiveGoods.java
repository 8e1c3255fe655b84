package app.pos.inventory.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Goods received at a warehouse: one lot per item. */
public class ReceiveGoods {
  @NotNull public UUID warehouseId;

  /** The supplier's name; taken from {@code supplier_id} when that is given. */
  @Size(max = 200)
  public String supplier;

  public UUID supplierId;

  @Size(max = 100)
  public String reference;

  /** Paid on delivery (credited to cash) rather than owed to the supplier. */
  public Boolean paid;

  @NotNull
  @Size(min = 1, max = 500)
  public List<@NotNull @Valid Item> items;

  public static class Item {
    @NotNull public UUID productId;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 3)
    public BigDecimal quantity;

    /** Purchase cost per unit; tax and additional costs per unit are added to it (landed cost). */
    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 15, fraction = 4)
    public BigDecimal unitCost;

    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal taxPerUnit;

    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal additionalCostPerUnit;

    public BigDecimal landedUnitCost() {
      BigDecimal cost = unitCost;
      if (taxPerUnit != null) {
        cost = cost.add(taxPerUnit);
      }
      if (additionalCostPerUnit != null) {
        cost = cost.add(additionalCostPerUnit);
      }
      return cost;
    }

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal retailPrice;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal wholesalePrice;

    public LocalDate expiryDate;
  }
}
