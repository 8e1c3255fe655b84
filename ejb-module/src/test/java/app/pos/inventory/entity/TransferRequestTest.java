package app.pos.inventory.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pos.platform.control.StateConflictException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransferRequestTest {

  static TransferRequest asked() {
    return new TransferRequest(UUID.randomUUID(), TransferPriority.HIGH, null, UUID.randomUUID());
  }

  @Test
  void anAssignedRequestIsFulfilledWhenItsTransferCompletes() {
    TransferRequest request = asked();
    request.assign(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    request.fulfil();
    assertThat(request.getStatus()).isEqualTo(TransferRequestStatus.FULFILLED);
    assertThat(request.getFulfilledAt()).isNotNull();
  }

  @Test
  void aRequestWhoseTransferFellThroughWaitsForAWarehouseAgain() {
    TransferRequest request = asked();
    request.assign(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    request.unassign();
    assertThat(request.getStatus()).isEqualTo(TransferRequestStatus.NEW);
    assertThat(request.getTransferId()).isNull();
    assertThat(request.getWarehouseId()).isNull();
  }

  @Test
  void aNewRequestIsNotFulfilled() {
    assertThatThrownBy(() -> asked().fulfil()).isInstanceOf(StateConflictException.class);
  }

  @Test
  void aFulfilledRequestCannotBeCancelled() {
    TransferRequest request = asked();
    request.assign(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    request.fulfil();
    assertThatThrownBy(request::cancel).isInstanceOf(StateConflictException.class);
  }

  @Test
  void anAssignedRequestIsNotAssignedTwice() {
    TransferRequest request = asked();
    request.assign(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    assertThatThrownBy(() -> request.assign(UUID.randomUUID(), UUID.randomUUID(), null))
        .isInstanceOf(StateConflictException.class);
  }
}
