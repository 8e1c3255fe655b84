package app.pos.inventory.boundary;

import app.pos.inventory.boundary.Views.TransferView;
import app.pos.inventory.control.FefoAllocation;
import app.pos.inventory.control.StockBook;
import app.pos.inventory.entity.LocationType;
import app.pos.inventory.entity.Product;
import app.pos.inventory.entity.Transfer;
import app.pos.inventory.entity.TransferItem;
import app.pos.inventory.entity.TransferStatus;
import app.pos.platform.control.Audited;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stock moving from a warehouse to a storefront. Completing picks lots FEFO, takes them from the
 * warehouse with guarded updates in lot-id order (two transfers never deadlock, neither drives
 * stock below zero), and puts the same lots, costs and prices at the storefront. No ledger effect.
 */
@Stateless
public class Transfers {

  static final String DOCUMENT = "TRANSFER";

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject Locations locations;
  @Inject StockBook stock;

  @Audited(value = "transfer.requested", entity = "Transfer")
  public TransferView request(RequestTransfer command) {
    locations.require(command.fromWarehouseId, LocationType.WAREHOUSE, "from_warehouse_id");
    locations.require(command.toStorefrontId, LocationType.STOREFRONT, "to_storefront_id");
    Transfer transfer =
        new Transfer(
            command.fromWarehouseId,
            command.toStorefrontId,
            command.notes,
            tenant.userId().orElse(null));
    for (int i = 0; i < command.items.size(); i++) {
      RequestTransfer.Item item = command.items.get(i);
      if (store.findOptional(Product.class, item.productId).isEmpty()) {
        throw new InvalidInputException(
            "items[" + i + "].product_id", "is not a product of this business");
      }
      transfer.add(store.businessId(), item.productId, item.quantity);
    }
    return TransferView.of(store.persist(transfer));
  }

  @Audited(value = "transfer.approved", entity = "Transfer")
  public TransferView approve(UUID id) {
    Transfer transfer = store.lock(Transfer.class, id);
    transfer.approve();
    return TransferView.of(transfer);
  }

  @Audited(value = "transfer.rejected", entity = "Transfer")
  public TransferView reject(UUID id) {
    Transfer transfer = store.lock(Transfer.class, id);
    transfer.reject();
    return TransferView.of(transfer);
  }

  /** The stock leaves the warehouse (FEFO lots) and is in transit; 409 if it is not there. */
  @Audited(value = "transfer.dispatched", entity = "Transfer")
  public TransferView dispatch(UUID id) {
    Transfer transfer = store.lock(Transfer.class, id);
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
    dispatch(transfer);
    receive(transfer);
    return TransferView.of(transfer);
  }

  private void dispatch(Transfer transfer) {
    transfer.dispatch();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<StockBook.Pick> picks = new ArrayList<>();
    for (TransferItem item : transfer.getItems()) {
      Product product = store.find(Product.class, item.getProductId());
      FefoAllocation.allocate(
              stock.lots(item.getProductId(), transfer.getFromWarehouseId()),
              item.getQuantity(),
              today,
              product.getSku())
          .forEach(take -> picks.add(new StockBook.Pick(item.getProductId(), take)));
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
          transfer.getToStorefrontId(),
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

  @Audited(value = "transfer.cancelled", entity = "Transfer")
  public TransferView cancel(UUID id) {
    Transfer transfer = store.lock(Transfer.class, id);
    transfer.cancel();
    return TransferView.of(transfer);
  }

  public TransferView find(UUID id) {
    return TransferView.of(store.find(Transfer.class, id));
  }

  public Page<TransferView> list(TransferStatus status, PageRequest page) {
    return status == null
        ? store
            .page(Transfer.class, "", Map.of(), "e.createdAt DESC, e.id", page)
            .map(TransferView::of)
        : store
            .page(
                Transfer.class,
                "e.status = :status",
                Map.of("status", status),
                "e.createdAt DESC, e.id",
                page)
            .map(TransferView::of);
  }
}
