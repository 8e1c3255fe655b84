package app.pos.sales.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.sales.entity.CustomerType;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a till needs of the business and its customers to sell offline. Send {@code as_of} back as
 * {@code updated_since} for the next delta and {@code next_cursor} as {@code cursor} for the next
 * page (null on the last).
 */
public record TillCustomersView(
    String currency,
    BigDecimal defaultTaxRate,
    BigDecimal maxCashierDiscountPercent,
    Instant asOf,
    List<CustomerCredit> results,
    String nextCursor) {

  /** A customer's credit as it stands; retired ones appear in a delta with is_active false. */
  public record CustomerCredit(
      UUID id,
      String name,
      String phone,
      CustomerType customerType,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal creditLimit,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal outstandingBalance,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal availableCredit,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal overdueAmount,
      boolean creditBlocked,
      boolean isActive,
      Instant updatedAt) {}
}
