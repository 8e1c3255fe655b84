package app.pos.inventory.boundary;

import app.pos.inventory.boundary.StockControlViews.TransferRequestView;
import app.pos.inventory.entity.LocationType;
import app.pos.inventory.entity.Product;
import app.pos.inventory.entity.Transfer;
import app.pos.inventory.entity.TransferPriority;
import app.pos.inventory.entity.TransferRequest;
import app.pos.inventory.entity.TransferRequestStatus;
import app.pos.inventory.entity.TransferStatus;
import app.pos.platform.control.Audited;
import app.pos.platform.control.Conditions;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import app.pos.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Storefronts asking for stock. Any member of a storefront asks (a cashier for their own
 * storefronts; a MANAGER or ADMIN for any); a MANAGER or ADMIN who did not ask assigns a warehouse,
 * which creates the transfer (or links one already asked for); the request is FULFILLED when that
 * transfer completes, and waits again (NEW) when it is cancelled or rejected.
 */
@Stateless
public class TransferRequests {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject Locations locations;
  @Inject Transfers transfers;

  @Audited(value = "transfer_request.created", entity = "TransferRequest")
  public TransferRequestView request(RequestStock command) {
    locations.require(command.storefrontId, LocationType.STOREFRONT, "storefront_id");
    if (!mayActFor(command.storefrontId)) {
      throw new NotPermittedException("You are not assigned to this storefront");
    }
    TransferRequest request =
        new TransferRequest(
            command.storefrontId,
            command.priority == null ? TransferPriority.NORMAL : command.priority,
            command.notes,
            tenant.userId().orElseThrow(() -> new NotPermittedException("Sign in to ask")));
    for (int i = 0; i < command.items.size(); i++) {
      RequestTransfer.Item item = command.items.get(i);
      if (store.findOptional(Product.class, item.productId).isEmpty()) {
        throw new InvalidInputException(
            "items[" + i + "].product_id", "is not a product of this business");
      }
      request.add(store.businessId(), item.productId, item.quantity);
    }
    return view(store.persist(request));
  }

  /**
   * A warehouse sends it. With {@code warehouse_id} a transfer of the requested items is created
   * and approved (409 with short lines when the warehouse lacks them); with {@code transfer_id} a
   * PENDING or APPROVED transfer to the same storefront answers it.
   */
  @Audited(value = "transfer_request.assigned", entity = "TransferRequest")
  public TransferRequestView assign(UUID id, AssignTransferRequest command) {
    TransferRequest asked = store.find(TransferRequest.class, id);
    requireMaySee(asked);
    if (tenant.userId().map(u -> u.equals(asked.getRequestedBy())).orElse(false)) {
      throw new NotPermittedException(
          "own-request", "Own request", "Someone other than the requester assigns a request");
    }
    if ((command.warehouseId == null) == (command.transferId == null)) {
      throw new InvalidInputException("warehouse_id", "give either warehouse_id or transfer_id");
    }
    // the transfer before the request: the order every transfer action takes its locks in
    Transfer linked = command.transferId == null ? null : lockAnswering(command.transferId);
    TransferRequest request = store.lock(TransferRequest.class, id);
    if (request.getStatus() != TransferRequestStatus.NEW) {
      throw new StateConflictException(
          "transfer-request-state",
          "Transfer request in another state",
          "A " + request.getStatus() + " transfer request cannot be assigned");
    }
    Transfer transfer =
        linked != null ? link(request, linked) : create(request, command.warehouseId);
    request.assign(transfer.getFromWarehouseId(), transfer.getId(), tenant.userId().orElse(null));
    return view(request);
  }

  private Transfer lockAnswering(UUID transferId) {
    if (store.findOptional(Transfer.class, transferId).isEmpty()) {
      throw new InvalidInputException("transfer_id", "is not a transfer of this business");
    }
    return store.lock(Transfer.class, transferId);
  }

  private Transfer create(TransferRequest request, UUID warehouse) {
    RequestTransfer asked = new RequestTransfer();
    asked.fromWarehouseId = warehouse;
    asked.toStorefrontId = request.getStorefrontId();
    asked.notes = "For transfer request " + request.getId();
    asked.items = new ArrayList<>();
    request
        .getItems()
        .forEach(
            i -> {
              RequestTransfer.Item item = new RequestTransfer.Item();
              item.productId = i.getProductId();
              item.quantity = i.getQuantity();
              asked.items.add(item);
            });
    Transfer transfer = transfers.open(asked);
    transfer.approve(); // the manager's assignment is the approval
    return transfer;
  }

  private Transfer link(TransferRequest request, Transfer transfer) {
    if (!transfer.getToStorefrontId().equals(request.getStorefrontId())) {
      throw new InvalidInputException("transfer_id", "goes to another storefront");
    }
    if (!Set.of(TransferStatus.PENDING, TransferStatus.APPROVED).contains(transfer.getStatus())) {
      throw new StateConflictException(
          "transfer-state",
          "Transfer in another state",
          "Only a PENDING or APPROVED transfer can answer a request; this one is "
              + transfer.getStatus());
    }
    if (!store
        .list(
            TransferRequest.class,
            "e.transferId = :transfer AND e.status IN :live",
            Map.of(
                "transfer",
                transfer.getId(),
                "live",
                List.of(TransferRequestStatus.ASSIGNED, TransferRequestStatus.FULFILLED)),
            null)
        .isEmpty()) {
      throw new StateConflictException(
          "transfer-linked", "Transfer already linked", "That transfer answers another request");
    }
    return transfer;
  }

  /**
   * Called off by the requester or a MANAGER/ADMIN. An assigned request's transfer is cancelled
   * with it while nothing has left the warehouse; once in transit, cancel the transfer itself.
   */
  @Audited(value = "transfer_request.cancelled", entity = "TransferRequest")
  public TransferRequestView cancel(UUID id) {
    TransferRequest asked = store.find(TransferRequest.class, id);
    requireMaySee(asked);
    boolean requester = tenant.userId().map(u -> u.equals(asked.getRequestedBy())).orElse(false);
    if (!requester && !tenant.hasRole(Role.ADMIN, Role.MANAGER)) {
      throw new NotPermittedException("Only the requester or a manager cancels a request");
    }
    // the transfer before the request, as every transfer action locks them; the link is read
    // again under the locks: a transfer cancelled meanwhile has put the request back to NEW
    UUID transferId = asked.getTransferId();
    Transfer transfer = transferId == null ? null : store.lock(Transfer.class, transferId);
    TransferRequest request = store.lock(TransferRequest.class, id);
    if (request.getTransferId() == null) {
      transfer = null;
    } else if (!request.getTransferId().equals(transferId)) {
      throw new StateConflictException(
          "transfer-request-state",
          "Transfer request changed",
          "It was assigned while this was sent; look at the request again and retry");
    }
    request.cancel();
    if (transfer != null) {
      if (transfer.getStatus() != TransferStatus.PENDING
          && transfer.getStatus() != TransferStatus.APPROVED) {
        throw new StateConflictException(
            "transfer-state",
            "Transfer in another state",
            "Its transfer is " + transfer.getStatus() + "; cancel the transfer itself");
      }
      transfer.cancel();
    }
    return view(request);
  }

  public TransferRequestView find(UUID id) {
    TransferRequest request = store.find(TransferRequest.class, id);
    requireMaySee(request);
    return view(request);
  }

  public record Filter(
      TransferRequestStatus status, UUID storefrontId, TransferPriority priority) {}

  /** Newest first; a cashier or warehouse staff member sees their own storefronts' requests. */
  public Page<TransferRequestView> list(Filter filter, PageRequest page) {
    Conditions where =
        new Conditions()
            .and("e.status = :status", "status", filter.status())
            .and("e.storefrontId = :storefront", "storefront", filter.storefrontId())
            .and("e.priority = :priority", "priority", filter.priority());
    if (!tenant.hasRole(Role.ADMIN, Role.MANAGER)) {
      where.and("e.storefrontId IN :mine", "mine", storefrontsOfCaller());
    }
    return store
        .page(TransferRequest.class, where.where(), where.params(), "e.createdAt DESC, e.id", page)
        .map(this::view);
  }

  private TransferRequestView view(TransferRequest request) {
    String reference =
        request.getTransferId() == null
            ? null
            : store.find(Transfer.class, request.getTransferId()).getReference();
    return TransferRequestView.of(request, reference);
  }

  private boolean mayActFor(UUID storefront) {
    return tenant.hasRole(Role.ADMIN, Role.MANAGER) || storefrontsOfCaller().contains(storefront);
  }

  /** Another storefront's request is not there for a cashier: 404, as another business's. */
  private void requireMaySee(TransferRequest request) {
    if (!mayActFor(request.getStorefrontId())) {
      throw new ResourceNotFoundException("TransferRequest", request.getId());
    }
  }

  private List<UUID> storefrontsOfCaller() {
    List<UUID> mine = new ArrayList<>(tenant.storefrontIds().orElse(Set.of()));
    if (mine.isEmpty()) {
      mine.add(new UUID(0, 0)); // IN () is not valid JPQL
    }
    return mine;
  }
}
