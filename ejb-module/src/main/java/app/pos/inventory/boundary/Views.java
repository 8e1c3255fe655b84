package app.pos.inventory.boundary;

import app.pos.inventory.entity.Category;
import app.pos.inventory.entity.GoodsReceipt;
import app.pos.inventory.entity.Location;
import app.pos.inventory.entity.LocationType;
import app.pos.inventory.entity.Product;
import app.pos.inventory.entity.StockLot;
import app.pos.inventory.entity.Supplier;
import app.pos.inventory.entity.Transfer;
import app.pos.inventory.entity.TransferStatus;
import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.platform.control.UnitPriceJsonSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The read models of the inventory API. */
public final class Views {

  private Views() {}

  public record SupplierView(UUID id, String name, String email, String phone, boolean isActive) {
    static SupplierView of(Supplier s) {
      return new SupplierView(s.getId(), s.getName(), s.getEmail(), s.getPhone(), s.isActive());
    }
  }

  public record CategoryView(UUID id, String name, UUID parentId, boolean isActive) {
    static CategoryView of(Category c) {
      return new CategoryView(c.getId(), c.getName(), c.getParentId(), c.isActive());
    }
  }

  public record ProductView(
      UUID id,
      String sku,
      String name,
      String barcode,
      String unit,
      UUID categoryId,
      BigDecimal reorderLevel,
      BigDecimal taxRate,
      boolean isActive,
      Instant updatedAt) {
    static ProductView of(Product p) {
      return new ProductView(
          p.getId(),
          p.getSku(),
          p.getName(),
          p.getBarcode(),
          p.getUnit(),
          p.getCategoryId(),
          p.getReorderLevel(),
          p.getTaxRate(),
          p.isActive(),
          p.getUpdatedAt());
    }
  }

  public record LocationView(
      UUID id,
      String name,
      LocationType locationType,
      String address,
      UUID warehouseId,
      boolean isActive) {
    static LocationView of(Location l) {
      return new LocationView(
          l.getId(),
          l.getName(),
          l.getLocationType(),
          l.getAddress(),
          l.getWarehouseId(),
          l.isActive());
    }
  }

  public record LotView(
      UUID id,
      UUID productId,
      BigDecimal quantity,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal unitCost,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal retailPrice,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal wholesalePrice,
      LocalDate expiryDate) {
    static LotView of(StockLot l) {
      return new LotView(
          l.getId(),
          l.getProductId(),
          l.getReceivedQuantity(),
          l.getUnitCost(),
          l.getRetailPrice(),
          l.getWholesalePrice(),
          l.getExpiryDate());
    }
  }

  public record GoodsReceiptView(
      UUID id,
      UUID warehouseId,
      String supplier,
      String reference,
      boolean paid,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal totalCost,
      UUID journalEntryId,
      Instant createdAt,
      List<LotView> items) {
    static GoodsReceiptView of(GoodsReceipt r, List<StockLot> lots) {
      return new GoodsReceiptView(
          r.getId(),
          r.getWarehouseId(),
          r.getSupplier(),
          r.getReference(),
          r.isPaid(),
          r.getTotalCost(),
          r.getJournalEntryId(),
          r.getCreatedAt(),
          lots.stream().map(LotView::of).toList());
    }
  }

  public record TransferView(
      UUID id,
      String reference,
      UUID fromWarehouseId,
      UUID toStorefrontId,
      TransferStatus status,
      String notes,
      UUID requestedBy,
      Instant createdAt,
      Instant dispatchedAt,
      Instant completedAt,
      Instant cancelledAt,
      List<Item> items) {
    public record Item(UUID productId, BigDecimal quantity) {}

    static TransferView of(Transfer t) {
      return new TransferView(
          t.getId(),
          t.getReference(),
          t.getFromWarehouseId(),
          t.getToStorefrontId(),
          t.getStatus(),
          t.getNotes(),
          t.getRequestedBy(),
          t.getCreatedAt(),
          t.getDispatchedAt(),
          t.getCompletedAt(),
          t.getCancelledAt(),
          t.getItems().stream().map(i -> new Item(i.getProductId(), i.getQuantity())).toList());
    }
  }

  public record StockLevelView(
      UUID productId,
      String sku,
      String productName,
      UUID locationId,
      LocationType locationType,
      BigDecimal quantityOnHand,
      BigDecimal quantityReserved,
      BigDecimal quantityAvailable,
      BigDecimal reorderLevel,
      boolean isLowStock,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal retailPrice,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal wholesalePrice) {}

  /** A product's stock at a location (or in transit: no location), with both their names. */
  public record ValuationRow(
      UUID productId,
      String sku,
      String productName,
      UUID locationId,
      String locationName,
      boolean inTransit,
      BigDecimal quantityOnHand,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal value) {}

  public record ValuationView(
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal totalValue,
      List<ValuationRow> rows) {}
}
