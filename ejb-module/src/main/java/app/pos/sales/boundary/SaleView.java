package app.pos.sales.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.platform.control.UnitPriceJsonSerializer;
import app.pos.sales.entity.Payment;
import app.pos.sales.entity.PaymentStatus;
import app.pos.sales.entity.Sale;
import app.pos.sales.entity.SaleItem;
import app.pos.sales.entity.SaleLocation;
import app.pos.sales.entity.SaleStatus;
import app.pos.sales.entity.SaleType;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A sale as the till and the back office see it; {@code sold_from} WAREHOUSE when a wholesale
 * customer bought from a warehouse (whose id is then {@code storefront_id}).
 */
public record SaleView(
    UUID id,
    String receiptNumber,
    UUID storefrontId,
    SaleType saleType,
    UUID customerId,
    UUID cashierId,
    SaleStatus status,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal subtotal,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal discountTotal,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal taxTotal,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal total,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amountPaid,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amountDue,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal changeDue,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal refundedTotal,
    PaymentProgress paymentStatus,
    Instant reservedUntil,
    UUID journalEntryId,
    String priceOverrideReason,
    String creditOverrideReason,
    List<Line> items,
    List<PaymentView> payments,
    Instant createdAt,
    Instant completedAt,
    SaleLocation soldFrom) {

  /** One line with the product it sells. */
  public record Line(
      UUID id,
      int lineNumber,
      UUID productId,
      String sku,
      String name,
      BigDecimal quantity,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal unitPrice,
      boolean priceOverridden,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal gross,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal discount,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal net,
      BigDecimal taxRate,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal tax,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal total,
      BigDecimal refundedQuantity) {}

  /** How much of a sale is paid: nothing, some, or all that is due. */
  public enum PaymentProgress {
    UNPAID,
    PARTIALLY_PAID,
    PAID
  }

  /** What is known of a product on a sale line. */
  public record ProductName(String sku, String name) {}

  static SaleView of(
      Sale s, List<SaleItem> items, List<Payment> payments, Map<UUID, ProductName> products) {
    BigDecimal received =
        payments.stream()
            .filter(p -> PaymentStatus.RECEIVED.equals(p.getStatus()))
            .map(Payment::getAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal due =
        SaleStatus.CANCELLED.equals(s.getStatus())
            ? BigDecimal.ZERO
            : s.getTotal().subtract(received).max(BigDecimal.ZERO);
    PaymentProgress paymentStatus =
        due.signum() == 0 && !SaleStatus.CANCELLED.equals(s.getStatus())
            ? PaymentProgress.PAID
            : received.signum() > 0 ? PaymentProgress.PARTIALLY_PAID : PaymentProgress.UNPAID;
    return new SaleView(
        s.getId(),
        s.getReceiptNumber(),
        s.getStorefrontId(),
        s.getSaleType(),
        s.getCustomerId(),
        s.getCashierId(),
        s.getStatus(),
        s.getSubtotal(),
        s.getDiscountTotal(),
        s.getTaxTotal(),
        s.getTotal(),
        s.getAmountPaid(),
        due,
        s.getChangeDue(),
        s.getRefundedTotal(),
        paymentStatus,
        s.getReservedUntil(),
        s.getJournalEntryId(),
        s.getPriceOverrideReason(),
        s.getCreditOverrideReason(),
        items.stream()
            .map(
                i -> {
                  ProductName product =
                      products.getOrDefault(i.getProductId(), new ProductName(null, null));
                  return new Line(
                      i.getId(),
                      i.getLineNumber(),
                      i.getProductId(),
                      product.sku(),
                      product.name(),
                      i.getQuantity().stripTrailingZeros(),
                      i.getUnitPrice(),
                      i.isPriceOverridden(),
                      i.getGross(),
                      i.getDiscount(),
                      i.getNet(),
                      i.getTaxRate().stripTrailingZeros(),
                      i.getTax(),
                      i.getTotal(),
                      i.getRefundedQuantity().stripTrailingZeros());
                })
            .toList(),
        payments.stream().map(PaymentView::of).toList(),
        s.getCreatedAt(),
        s.getCompletedAt(),
        s.getSoldFrom());
  }
}
