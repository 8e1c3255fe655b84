package app.pos.testsupport;

import app.pos.platform.rest.PublicEndpoint;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only time travel for one sale (or held cart): its reservation and its credit charge are
 * moved {@code days} into the past, so expiry and overdue rules can be tested without waiting; a
 * held cart's hold moves with its reservation unless {@code reservation_only}.
 */
@Stateless
@Path("test-support/sales/{id}/age")
@PublicEndpoint
public class SaleAgeingProbe {

  @PersistenceContext EntityManager em;

  @POST
  @Operation(hidden = true)
  public Response age(
      @PathParam("id") UUID saleId,
      @QueryParam("days") int days,
      @QueryParam("reservation_only") boolean reservationOnly) {
    if (!reservationOnly) {
      // a held cart's own hold moves with its reservation (reservation_only: as if a line added
      // after the sweep listed the reservation had renewed the cart's hold)
      em.createNativeQuery(
              "UPDATE sal_cart SET held_until = held_until - make_interval(days => ?1) WHERE id = ?2")
          .setParameter(1, days)
          .setParameter(2, saleId)
          .executeUpdate();
    }
    em.createNativeQuery(
            "UPDATE sal_reservation SET expires_at = expires_at - make_interval(days => ?1)"
                + " WHERE sale_id = ?2 OR cart_id = ?2")
        .setParameter(1, days)
        .setParameter(2, saleId)
        .executeUpdate();
    // the credit history is append-only in production; the test lifts that for one statement
    em.createNativeQuery(
            "ALTER TABLE sal_credit_transaction DISABLE TRIGGER sal_credit_transaction_immutable")
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE sal_credit_transaction SET due_date = due_date - ?1 WHERE sale_id = ?2")
        .setParameter(1, days)
        .setParameter(2, saleId)
        .executeUpdate();
    em.createNativeQuery(
            "ALTER TABLE sal_credit_transaction ENABLE TRIGGER sal_credit_transaction_immutable")
        .executeUpdate();
    return Response.noContent().build();
  }
}
