package app.pos.accounts.boundary;

import app.pos.accounts.entity.Business;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A business and its settings. */
public record BusinessView(
    UUID id,
    String name,
    String currency,
    BigDecimal defaultTaxRate,
    String timeZone,
    String receiptHeader,
    String receiptFooter,
    boolean isActive,
    Instant createdAt,
    BigDecimal maxCashierDiscountPercent) {

  public static BusinessView of(Business b) {
    return new BusinessView(
        b.getId(),
        b.getName(),
        b.getCurrency(),
        b.getDefaultTaxRate(),
        b.getTimeZone(),
        b.getReceiptHeader(),
        b.getReceiptFooter(),
        b.isActive(),
        b.getCreatedAt(),
        b.getMaxCashierDiscountPercent());
  }
}
