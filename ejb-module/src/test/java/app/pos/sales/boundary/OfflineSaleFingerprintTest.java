package app.pos.sales.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.pos.sales.boundary.SyncOfflineBatch.OfflineItem;
import app.pos.sales.boundary.SyncOfflineBatch.OfflineSaleInput;
import app.pos.sales.entity.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfflineSaleFingerprintTest {

  static final UUID CLIENT = UUID.randomUUID();
  static final UUID STOREFRONT = UUID.randomUUID();
  static final UUID CASHIER = UUID.randomUUID();
  static final UUID PRODUCT = UUID.randomUUID();

  static OfflineSaleInput sale(String quantity, String unitPrice, String paid) {
    OfflineItem item = new OfflineItem();
    item.productId = PRODUCT;
    item.quantity = new BigDecimal(quantity);
    item.unitPrice = new BigDecimal(unitPrice);
    Tender cash = new Tender();
    cash.method = PaymentMethod.CASH;
    cash.amount = new BigDecimal(paid);
    OfflineSaleInput sale = new OfflineSaleInput();
    sale.clientSaleId = CLIENT;
    sale.occurredAt = Instant.parse("2026-11-30T10:00:00Z");
    sale.storefrontId = STOREFRONT;
    sale.cashierId = CASHIER;
    sale.items = List.of(item);
    sale.payments = List.of(cash);
    return sale;
  }

  @Test
  void amountsWrittenWithOtherDecimalsAreTheSameSale() {
    assertThat(OfflineSaleApplier.fingerprint(sale("2", "10.00", "20.00")))
        .isEqualTo(OfflineSaleApplier.fingerprint(sale("2.000", "10", "20")));
  }

  @Test
  void anotherQuantityIsAnotherSale() {
    assertThat(OfflineSaleApplier.fingerprint(sale("2", "10.00", "20.00")))
        .isNotEqualTo(OfflineSaleApplier.fingerprint(sale("3", "10.00", "20.00")));
  }

  @Test
  void anotherCashierIsAnotherSale() {
    OfflineSaleInput other = sale("2", "10.00", "20.00");
    other.cashierId = UUID.randomUUID();
    assertThat(OfflineSaleApplier.fingerprint(sale("2", "10.00", "20.00")))
        .isNotEqualTo(OfflineSaleApplier.fingerprint(other));
  }
}
