package app.pos.sales.boundary;

import app.pos.platform.control.Audited;
import app.pos.platform.control.TenantStore;
import app.pos.sales.control.SaleSettlement;
import app.pos.sales.entity.Reservation;
import app.pos.sales.entity.ReservationStatus;
import app.pos.sales.entity.Sale;
import app.pos.sales.entity.SaleItem;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stock held for pending sales. A reservation past its time is released with its sale (CANCELLED,
 * payments voided), on request or by the timer every 15 minutes.
 */
@Stateless
public class Reservations {

  public static final String EXPIRED = "reservation expired";

  @Inject TenantStore store;
  @Inject SaleSettlement settlement;

  /** A reservation that was (or, in a dry run, would be) released. */
  public record Released(
      UUID id, UUID saleId, UUID storefrontId, Instant expiresAt, ReservationStatus status) {}

  /** What releasing expired reservations did (or would do). */
  public record ReleaseReport(int released, boolean dryRun, List<Released> reservations) {}

  /** The business's expired reservations, released unless {@code dryRun}. */
  @Audited(value = "reservations.released_expired", entity = "Reservation")
  public ReleaseReport releaseExpired(boolean dryRun) {
    List<Reservation> expired =
        store.list(
            Reservation.class,
            "e.status = :active AND e.expiresAt < :now",
            Map.of("active", ReservationStatus.ACTIVE, "now", Instant.now()),
            "e.expiresAt, e.id");
    List<Released> released = new ArrayList<>();
    for (Reservation reservation : expired) {
      if (!dryRun) {
        release(reservation.getSaleId());
      }
      released.add(
          new Released(
              reservation.getId(),
              reservation.getSaleId(),
              reservation.getStorefrontId(),
              reservation.getExpiresAt(),
              dryRun ? reservation.getStatus() : ReservationStatus.RELEASED));
    }
    return new ReleaseReport(dryRun ? 0 : released.size(), dryRun, released);
  }

  /** Releases one expired reservation in its own transaction (the timer's unit of work). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean releaseOne(UUID saleId) {
    return release(saleId);
  }

  private boolean release(UUID saleId) {
    Sale sale = store.lock(Sale.class, saleId);
    if (!sale.isPending()) {
      return false; // paid or cancelled meanwhile
    }
    List<SaleItem> items =
        store.list(SaleItem.class, "e.saleId = :sale", Map.of("sale", saleId), "e.lineNumber");
    settlement.cancel(sale, items, EXPIRED);
    return true;
  }
}
