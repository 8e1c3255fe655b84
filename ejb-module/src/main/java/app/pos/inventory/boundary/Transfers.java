package app.pos.inventory.boundary;

import app.pos.inventory.boundary.Views.TransferView;
import app.pos.inventory.control.FefoAllocation;
import app.pos.inventory.control.InsufficientStockException;
import app.pos.inventory.control.StockAvailability;
import app.pos.inventory.control.StockBook;
import app.pos.inventory.control.TransferReference;
import app.pos.inventory.control.TransferRequestLinks;
import app.pos.inventory.control.WarehouseAccess;
import app.pos.inventory.entity.LocationType;
import app.pos.inventory.entity.Product;
import app.pos.inventory.entity.Transfer;
import app.pos.inventory.entity.TransferItem;
import app.pos.inventory.entity.TransferRequest;
import app.pos.inventory.entity.TransferStatus;
import app.pos.platform.control.Audited;
import app.pos.platform.control.Conditions;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.TenantStore;
import app.pos.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stock moving from a warehouse to a storefront. Completing picks lots FEFO, takes them from the
 * warehouse with guarded updates in lot-id order (two transfers never deadlock, neither drives
 * stock below zero), and puts the same lots, costs and prices at the storefront. No ledger effect:
 * stock in transit keeps its book value in the transfer. Asking is checked against what the
 * warehouse has available; a warehouse staff member does not approve their own request.
 */
@Stateless
public class Transfers {

  static final String DOCUMENT = "TRANSFER";

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject Locations locations;
  @Inject StockBook stock;
  @Inject StockAvailability availability;
  @Inject WarehouseAccess warehouses;
  @Inject TransferRequestLinks requests;

  @Audited(value = "transfer.requested", entity = "Transfer")
  public TransferView request(RequestTransfer command) {
    return TransferView.of(open(command));
  }

  /**
   * A new PENDING transfer, refused (409 with its short lines) when the warehouse does not have the
   * stock available now: asking is checked, not only sending. Also the transfer a request's
   * assignment creates, in that use case's transaction (the audit entry is the assignment's).
   */
  public Transfer open(RequestTransfer command) {
    locations.require(command.fromWarehouseId, LocationType.WAREHOUSE, "from_warehouse_id");
    locations.require(command.toStorefrontId, LocationType.STOREFRONT, "to_storefront_id");
    warehouses.requireMayActFor(command.fromWarehouseId);
    Transfer transfer =
        new Transfer(
            freshReference(),
            command.fromWarehouseId,
            command.toStorefrontId,
            command.notes,
            tenant.userId().orElse(null));
    List<StockAvailability.Line> lines = new ArrayList<>();
    for (int i = 0; i < command.items.size(); i++) {
      RequestTransfer.Item item = command.items.get(i);
      if (store.findOptional(Product.class, item.productId).isEmpty()) {
        throw new InvalidInputException(
            "items[" + i + "].product_id", "is not a product of this business");
      }
      transfer.add(store.businessId(), item.productId, item.quantity);
      lines.add(new StockAvailability.Line(item.productId, item.quantity));
    }
    availability.require(command.fromWarehouseId, lines, "the warehouse");
    return store.persist(transfer);
  }

  /** A reference no other transfer of the business has (drawn again on the rare clash). */
  private String freshReference() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    while (true) {
      String reference = TransferReference.next(today);
      if (store
          .nativeQuery("SELECT 1 FROM inv_transfer WHERE business_id = ?1 AND reference = ?2")
          .setParameter(2, reference)
          .getResultList()
          .isEmpty()) {
        return reference;
      }
    }
  }

  /** Approving is for someone other than the warehouse staff member who asked for it. */
  private void requireApprover(Transfer transfer) {
    warehouses.requireMayActFor(transfer.getFromWarehouseId());
    if (tenant.hasRole(Role.WAREHOUSE_STAFF)
        && transfer.getStatus() == TransferStatus.PENDING
        && tenant.userId().map(transfer::requestedBy).orElse(false)) {
      throw new NotPermittedException(
          "own-request",
          "Own request",
          "Someone else approves a transfer you asked for (a manager, or other warehouse staff)");
    }
  }

  @Audited(value = "transfer.approved", entity = "Transfer")
  public TransferView approve(UUID id) {
    Transfer transfer = store.lock(Transfer.class, id);
    requireApprover(transfer);
    transfer.approve();
    return TransferView.of(transfer);
  }

  @Audited(value = "transfer.rejected", entity = "Transfer")
  public TransferView reject(UUID id) {
    Transfer transfer = store.lock(Transfer.class, id);
    warehouses.requireMayActFor(transfer.getFromWarehouseId());
    transfer.reject();
    requests.ifPresent(transfer.getId(), TransferRequest::unassign);
    return TransferView.of(transfer);
  }

  /** The stock leaves the warehouse (FEFO lots) and is in transit; 409 if it is not there. */
  @Audited(value = "transfer.dispatched", entity = "Transfer")
  public TransferView dispatch(UUID id) {
    Transfer transfer = store.lock(Transfer.class, id);
    requireApprover(transfer); // sending a PENDING transfer approves it
    dispatch(transfer);
    return TransferView.of(transfer);
  }

  /** The storefront receives what was dispatched: the same lots, costs and prices. */
  @Audited(value = "transfer.received", entity = "Transfer")
  public TransferView receive(UUID id) {
    Transfer transfer = store.lock(Transfer.class, id);
    receive(transfer);
    return TransferView.of(transfer);
  }

  /** Dispatch and receipt in one step (the contract's {@code complete}). */
  @Audited(value = "transfer.completed", entity = "Transfer")
  public TransferView complete(UUID id) {
    Transfer transfer = store.lock(Transfer.class, id);
    requireApprover(transfer);
    dispatch(transfer);
    receive(transfer);
    return TransferView.of(transfer);
  }

  private void dispatch(Transfer transfer) {
    transfer.dispatch();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<StockBook.Pick> picks = new ArrayList<>();
    List<InsufficientStockException> shortLines = new ArrayList<>();
    for (TransferItem item : transfer.getItems()) {
      Product product = store.find(Product.class, item.getProductId());
      try {
        FefoAllocation.allocate(
                item.getProductId(),
                stock.lots(item.getProductId(), transfer.getFromWarehouseId()),
                item.getQuantity(),
                today,
                product.getSku())
            .forEach(take -> picks.add(new StockBook.Pick(item.getProductId(), take)));
      } catch (InsufficientStockException shortLine) {
        shortLines.add(shortLine);
      }
    }
    if (!shortLines.isEmpty()) {
      throw InsufficientStockException.of(shortLines);
    }
    for (StockBook.Taken taken :
        stock.takeAll(
            picks, transfer.getFromWarehouseId(), "TRANSFER_OUT", DOCUMENT, transfer.getId())) {
      FefoAllocation.Take take = taken.pick().take();
      store
          .nativeQuery(
              "INSERT INTO inv_transfer_allocation (business_id, transfer_id, lot_id, product_id, quantity,"
                  + " unit_cost, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (transfer_id, lot_id)"
                  + " DO UPDATE SET quantity = inv_transfer_allocation.quantity + EXCLUDED.quantity,"
                  + " value = inv_transfer_allocation.value + EXCLUDED.value")
          .setParameter(2, transfer.getId())
          .setParameter(3, take.lot().lotId())
          .setParameter(4, taken.pick().productId())
          .setParameter(5, take.quantity())
          .setParameter(6, take.lot().unitCost())
          .setParameter(7, taken.value())
          .executeUpdate();
    }
  }

  private void receive(Transfer transfer) {
    transfer.receive();
    requests.ifPresent(transfer.getId(), TransferRequest::fulfil);
    landCarried(transfer, transfer.getToStorefrontId());
  }

  /**
   * Calls it off. A transfer in transit puts what it carries back where it came from: the same lots
   * at the warehouse, with the book value they left with (no ledger effect, as stock in transit
   * never left account 1200). A request it answered waits for a warehouse again.
   */
  @Audited(value = "transfer.cancelled", entity = "Transfer")
  public TransferView cancel(UUID id) {
    Transfer transfer = store.lock(Transfer.class, id);
    warehouses.requireMayActFor(transfer.getFromWarehouseId());
    boolean inTransit = transfer.getStatus() == TransferStatus.IN_TRANSIT;
    transfer.cancel();
    if (inTransit) {
      returnToWarehouse(transfer);
    }
    requests.ifPresent(transfer.getId(), TransferRequest::unassign);
    return TransferView.of(transfer);
  }

  private void returnToWarehouse(Transfer transfer) {
    // no longer in transit: "received" back at the warehouse
    landCarried(transfer, transfer.getFromWarehouseId());
  }

  public TransferView find(UUID id) {
    return TransferView.of(store.find(Transfer.class, id));
  }

  /** Transfers, newest first; {@code search} finds a reference (whole, or its start). */
  public Page<TransferView> list(TransferStatus status, String search, PageRequest page) {
    Conditions where =
        new Conditions()
            .and("e.status = :status", "status", status)
            .and(
                "e.reference LIKE :reference",
                "reference",
                search == null || search.isBlank()
                    ? null
                    : search.trim().toUpperCase(java.util.Locale.ROOT).replace("%", "") + "%");
    return store
        .page(Transfer.class, where.where(), where.params(), "e.createdAt DESC, e.id", page)
        .map(TransferView::of);
  }

  /** Puts what a transfer carries (its unreceived allocations, at their cost) at a location. */
  private void landCarried(Transfer transfer, UUID location) {
    @SuppressWarnings("unchecked")
    List<Object[]> carried =
        store
            .nativeQuery(
                "SELECT lot_id, product_id, quantity, unit_cost, value FROM inv_transfer_allocation"
                    + " WHERE business_id = ?1 AND transfer_id = ?2 AND NOT received ORDER BY lot_id")
            .setParameter(2, transfer.getId())
            .getResultList();
    for (Object[] r : carried) {
      stock.put(
          (UUID) r[0],
          (UUID) r[1],
          location,
          (java.math.BigDecimal) r[2],
          (java.math.BigDecimal) r[3],
          (java.math.BigDecimal) r[4],
          "TRANSFER_IN",
          DOCUMENT,
          transfer.getId());
    }
    store
        .nativeQuery(
            "UPDATE inv_transfer_allocation SET received = TRUE WHERE business_id = ?1 AND transfer_id = ?2")
        .setParameter(2, transfer.getId())
        .executeUpdate();
  }
}
