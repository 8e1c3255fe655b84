package app.pos.inventory.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Stock of products changed at locations of one business in one transaction; alerts are
 * re-evaluated once it commits, once for all of them (a sale of three lines is one check, not three
 * transactions).
 */
public final class StockMoved {

  /** A product at a location. */
  public record At(UUID productId, UUID locationId) {}

  private final UUID businessId;
  private final Set<At> places = new LinkedHashSet<>();

  public StockMoved(UUID businessId) {
    this.businessId = businessId;
  }

  public StockMoved(UUID businessId, UUID productId, UUID locationId) {
    this(businessId);
    add(productId, locationId);
  }

  void add(UUID productId, UUID locationId) {
    places.add(new At(productId, locationId));
  }

  public UUID businessId() {
    return businessId;
  }

  /** Each place once, in the order the transaction first moved it. */
  public List<At> places() {
    return List.copyOf(places);
  }

  @Override
  public String toString() {
    return "StockMoved[business=" + businessId + ", " + places + "]";
  }
}
