package app.pos.inventory.control;

import app.pos.inventory.entity.TransferRequest;
import app.pos.inventory.entity.TransferRequestStatus;
import app.pos.platform.control.TenantStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** The storefront request a transfer answers, if any: it follows the transfer's outcome. */
@Dependent
public class TransferRequestLinks {

  @Inject TenantStore store;

  /** Applies {@code change} to the ASSIGNED request this transfer answers (locked), if one does. */
  public void ifPresent(UUID transfer, Consumer<TransferRequest> change) {
    store
        .list(
            TransferRequest.class,
            "e.transferId = :transfer AND e.status = :status",
            Map.of("transfer", transfer, "status", TransferRequestStatus.ASSIGNED),
            null)
        .forEach(r -> change.accept(store.lock(TransferRequest.class, r.getId())));
  }
}
