package app.pos.inventory.boundary;

import app.pos.inventory.entity.TransferPriority;
import app.pos.inventory.entity.TransferRequest;
import app.pos.inventory.entity.TransferRequestStatus;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Read models of transfer requests, availability, warehouse staff and the reconciliation. */
public final class StockControlViews {

  private StockControlViews() {}

  public record TransferRequestView(
      UUID id,
      @NotNull UUID storefrontId,
      TransferRequestStatus status,
      TransferPriority priority,
      String notes,
      @NotNull UUID requestedBy,
      UUID warehouseId,
      UUID transferId,
      String transferReference,
      UUID assignedBy,
      Instant assignedAt,
      Instant fulfilledAt,
      Instant cancelledAt,
      @NotNull Instant createdAt,
      List<Item> items) {
    public record Item(@NotNull UUID productId, @NotNull BigDecimal quantity) {}

    static TransferRequestView of(TransferRequest r, String transferReference) {
      return new TransferRequestView(
          r.getId(),
          r.getStorefrontId(),
          r.getStatus(),
          r.getPriority(),
          r.getNotes(),
          r.getRequestedBy(),
          r.getWarehouseId(),
          r.getTransferId(),
          transferReference,
          r.getAssignedBy(),
          r.getAssignedAt(),
          r.getFulfilledAt(),
          r.getCancelledAt(),
          r.getCreatedAt(),
          r.getItems().stream().map(i -> new Item(i.getProductId(), i.getQuantity())).toList());
    }
  }

  /** One product asked for: how much, how much is available, whether that is enough. */
  public record AvailabilityLine(
      @NotNull UUID productId,
      @NotNull BigDecimal requested,
      @NotNull BigDecimal available,
      boolean sufficient) {}

  /** The answer of an availability check: per line, and whether every line can be had. */
  public record AvailabilityView(
      @NotNull UUID locationId, boolean sufficient, List<AvailabilityLine> lines) {}

  public record WarehouseStaffView(@NotNull UUID warehouseId, List<UUID> userIds) {}

  /**
   * A product at a location over the period, in quantities: closing = opening + intake + transfers
   * in + refunds + corrections - transfers out - sales - shrinkage ({@code balanced} says the
   * movements agree). Reservations are as of now: held for live (pending) sales, and orphaned (held
   * with no live sale behind them).
   */
  public record ReconciliationRow(
      @NotNull UUID productId,
      @NotNull String sku,
      @NotNull String productName,
      @NotNull UUID locationId,
      @NotNull String locationName,
      @NotNull BigDecimal opening,
      @NotNull BigDecimal intake,
      @NotNull BigDecimal transfersIn,
      @NotNull BigDecimal transfersOut,
      @NotNull BigDecimal sales,
      @NotNull BigDecimal refunds,
      @NotNull BigDecimal shrinkage,
      @NotNull BigDecimal corrections,
      @NotNull BigDecimal closing,
      // what the stock rows hold now; only for a period that runs to today
      BigDecimal onHand,
      boolean balanced,
      @NotNull BigDecimal reservedLinked,
      @NotNull BigDecimal reservedOrphaned) {}

  public record ReconciliationView(
      @NotNull LocalDate dateFrom,
      @NotNull LocalDate dateTo,
      boolean balanced,
      @NotNull BigDecimal reservedOrphaned,
      List<ReconciliationRow> rows) {}
}
