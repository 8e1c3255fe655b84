package app.pos.accounts.boundary;

import app.pos.accounts.entity.Business;
import app.pos.accounts.entity.Theme;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A business and its settings, with the appearance and notification groups. */
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
    BigDecimal maxCashierDiscountPercent,
    Appearance appearance,
    Notifications notifications) {

  /** How the business's apps look. */
  public record Appearance(Theme theme, String accentColor, String logoUrl) {}

  /** Which notices the business wants, and where (null: the ADMINs' addresses). */
  public record Notifications(
      boolean lowStockEmail, boolean dailySummaryEmail, String notificationEmail) {}

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
        b.getMaxCashierDiscountPercent(),
        new Appearance(b.getTheme(), b.getAccentColor(), b.getLogoUrl()),
        new Notifications(b.isLowStockEmail(), b.isDailySummaryEmail(), b.getNotificationEmail()));
  }
}
