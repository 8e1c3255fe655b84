package app.pos.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FefoAllocationTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  static LotStock lot(String onHand, String reserved, LocalDate expiry, int receivedDaysAgo) {
    return new LotStock(
        UUID.randomUUID(),
        expiry,
        Instant.parse("2026-11-24T00:00:00Z").minusSeconds(86400L * receivedDaysAgo),
        new BigDecimal(onHand),
        new BigDecimal(reserved),
        BigDecimal.TEN,
        BigDecimal.ONE);
  }

  @Test
  void theFirstToExpireIsTakenFirstThenTheFirstReceived() {
    LotStock late = lot("5", "0", TODAY.plusDays(30), 10);
    LotStock soon = lot("2", "0", TODAY.plusDays(3), 1);
    LotStock never = lot("5", "0", null, 20);
    var takes =
        FefoAllocation.allocate(List.of(never, late, soon), new BigDecimal("8"), TODAY, "x");
    assertThat(takes).extracting(t -> t.lot()).containsExactly(soon, late, never);
    assertThat(takes).extracting(t -> t.quantity().intValue()).containsExactly(2, 5, 1);
  }

  @Test
  void expiredLotsOrReservedUnitsAreNeverTaken() {
    LotStock expired = lot("9", "0", TODAY, 5);
    LotStock partlyReserved = lot("5", "4", null, 1);
    assertThatThrownBy(
            () ->
                FefoAllocation.allocate(
                    List.of(expired, partlyReserved), new BigDecimal("2"), TODAY, "rice"))
        .isInstanceOf(InsufficientStockException.class)
        .hasMessageContaining("1 of 2");
  }

  @Test
  void lotsWithTheSameExpiryGoInReceiptOrder() {
    LotStock older = lot("1", "0", null, 9);
    LotStock newer = lot("1", "0", null, 1);
    assertThat(FefoAllocation.allocate(List.of(newer, older), BigDecimal.ONE, TODAY, "x"))
        .extracting(t -> t.lot())
        .containsExactly(older);
  }

  @Test
  void aRefusalNamesTheProductWithWhatIsAvailableOfWhatWasRequested() {
    UUID rice = UUID.randomUUID();
    assertThatThrownBy(
            () ->
                FefoAllocation.allocate(
                    rice, List.of(lot("10", "0", null, 1)), new BigDecimal("15"), TODAY, "rice"))
        .isInstanceOfSatisfying(
            InsufficientStockException.class,
            e ->
                assertThat(e.shortLines())
                    .containsExactly(
                        new InsufficientStockException.ShortLine(
                            rice, new BigDecimal("10"), new BigDecimal("15"))));
  }
}
