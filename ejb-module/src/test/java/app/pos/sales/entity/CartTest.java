package app.pos.sales.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pos.platform.control.StateConflictException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartTest {

  static Cart draft() {
    return new Cart(UUID.randomUUID(), SaleType.RETAIL, null, null, Instant.now());
  }

  @Test
  void aNewCartIsADraft() {
    assertThat(draft().getStatus()).isEqualTo(CartStatus.DRAFT);
  }

  @Test
  void aCompletedCartNamesItsSale() {
    Cart cart = draft();
    UUID sale = UUID.randomUUID();
    cart.completed(sale);
    assertThat(cart.getStatus()).isEqualTo(CartStatus.COMPLETED);
    assertThat(cart.getSaleId()).isEqualTo(sale);
    assertThat(cart.getClosedAt()).isNotNull();
  }

  @Test
  void aClosedCartChangesNoMore() {
    Cart cart = draft();
    cart.close(CartStatus.ABANDONED);
    assertThatThrownBy(() -> cart.holdUntil(Instant.now()))
        .isInstanceOf(StateConflictException.class);
    assertThatThrownBy(() -> cart.completed(UUID.randomUUID()))
        .isInstanceOf(StateConflictException.class);
    assertThatThrownBy(() -> cart.close(CartStatus.EXPIRED))
        .isInstanceOf(StateConflictException.class);
  }
}
