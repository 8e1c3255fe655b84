package app.pos.sales.boundary;

import app.pos.sales.entity.SaleType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sales a till rang up without a connection, sent once it is back: each with the id the till gave
 * it ({@code client_sale_id}, its idempotency key), when it happened and what was charged.
 */
public class SyncOfflineBatch {

  public static final int MAX_SALES = 500;

  @NotNull public UUID tillId;

  @NotNull
  @Size(min = 1, max = MAX_SALES)
  public List<@NotNull @Valid OfflineSaleInput> sales;

  /** One sale as the till made it: fully paid (the customer left with the goods). */
  public static class OfflineSaleInput {
    @NotNull public UUID clientSaleId;

    @NotNull public Instant occurredAt;

    @NotNull public UUID storefrontId;

    public SaleType saleType;

    public UUID customerId;

    @NotNull public UUID cashierId;

    @NotNull
    @Size(min = 1, max = 200)
    public List<@NotNull @Valid OfflineItem> items;

    @NotNull
    @Size(min = 1, max = 20)
    public List<@NotNull @Valid Tender> payments;
  }

  /** A line as charged at the till. */
  public static class OfflineItem {
    @NotNull public UUID productId;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 3)
    public BigDecimal quantity;

    /** The unit price the till charged. */
    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal unitPrice;

    /** An amount the till took off the line. */
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 2)
    public BigDecimal discount;

    /** The tax rate (percent) the till charged; absent: the server's rate for the product. */
    @DecimalMin("0")
    @DecimalMax("99.9999")
    @Digits(integer = 2, fraction = 4)
    public BigDecimal taxRate;
  }
}
