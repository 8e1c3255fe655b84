package app.pos.subscriptions.control;

import app.pos.platform.control.CrossTenant;
import app.pos.subscriptions.entity.Invoice;
import app.pos.subscriptions.entity.Plan;
import app.pos.subscriptions.entity.Subscription;
import app.pos.subscriptions.entity.SubscriptionStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * What a confirmed payment does, once per gateway payment id (a unique key, not a check in Java):
 * the subscription becomes ACTIVE for a period (the first from now, a renewal from where the last
 * ended), any other subscription in force gives way, and a PAID invoice records the period.
 */
@Dependent
@CrossTenant("acts on the business a gateway event names, outside any request of that business")
public class Billing {

  @PersistenceContext EntityManager em;
  @Inject Event<SubscriptionMail.Message> mail;

  /** A payment the gateway confirmed. */
  public record Paid(String gateway, String paymentId, BigDecimal amount, String currency) {}

  /** Applies a payment; false when this payment was already applied (a replay). */
  public boolean paid(Subscription subscription, Plan plan, Paid payment, String gatewaySubId) {
    UUID business = subscription.getBusinessId();
    UUID paymentRow = UUID.randomUUID();
    int recorded =
        em.createNativeQuery(
                "INSERT INTO sub_payment (id, business_id, subscription_id, gateway, gateway_payment_id,"
                    + " amount, currency, status, created_at, updated_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'SUCCEEDED', now(), now())"
                    + " ON CONFLICT (gateway, gateway_payment_id) DO NOTHING")
            .setParameter(1, paymentRow)
            .setParameter(2, business)
            .setParameter(3, subscription.getId())
            .setParameter(4, payment.gateway())
            .setParameter(5, payment.paymentId())
            .setParameter(6, payment.amount())
            .setParameter(7, payment.currency())
            .executeUpdate();
    if (recorded == 0) {
      return false;
    }
    boolean renewal =
        (SubscriptionStatus.ACTIVE.equals(subscription.getStatus())
                || SubscriptionStatus.PAST_DUE.equals(subscription.getStatus()))
            && subscription.getCurrentPeriodEnd() != null;
    Instant start = renewal ? subscription.getCurrentPeriodEnd() : Instant.now();
    Instant end = plan.getBillingInterval().periodEnd(start);
    List<Subscription> inForce =
        em.createQuery(
                "SELECT s FROM Subscription s WHERE s.businessId = :b AND s.id <> :id"
                    + " AND s.status IN :standing",
                Subscription.class)
            .setParameter("b", business)
            .setParameter("id", subscription.getId())
            .setParameter("standing", SubscriptionStatus.IN_GOOD_STANDING)
            .getResultList();
    inForce.forEach(Subscription::replaced);
    em.flush(); // the one-in-force index must see the old one go before the new one arrives
    subscription.paidFor(start, end, gatewaySubId);

    Invoice invoice =
        new Invoice(
            UUID.randomUUID(),
            subscription.getId(),
            invoiceNumber(),
            start,
            end,
            payment.currency(),
            payment.amount(),
            BigDecimal.ZERO,
            start.atZone(ZoneOffset.UTC).toLocalDate());
    invoice.assignTo(business);
    invoice.paid(Instant.now());
    em.persist(invoice);
    em.flush();
    em.createNativeQuery(
            "INSERT INTO sub_invoice_line (invoice_id, line_number, business_id, description, quantity,"
                + " unit_price, amount) VALUES (?1, 1, ?2, ?3, 1, ?4, ?4)")
        .setParameter(1, invoice.getId())
        .setParameter(2, business)
        .setParameter(
            3,
            plan.getName()
                + " plan, "
                + start.atZone(ZoneOffset.UTC).toLocalDate()
                + " to "
                + end.atZone(ZoneOffset.UTC).toLocalDate())
        .setParameter(4, payment.amount())
        .executeUpdate();
    em.createNativeQuery("UPDATE sub_payment SET invoice_id = ?1 WHERE id = ?2")
        .setParameter(1, invoice.getId())
        .setParameter(2, paymentRow)
        .executeUpdate();
    return true;
  }

  /** A payment failed at the gateway: the subscription is past due and the owner hears of it. */
  public void paymentFailed(Subscription subscription) {
    subscription.pastDue();
    notifyOwner(
        subscription.getBusinessId(),
        "Your payment did not go through",
        "We could not take the payment for your subscription. Please update your payment details"
            + " to keep your business running without interruption.");
  }

  /** Mails the business's owner (its first admin) once the transaction commits. */
  public void notifyOwner(UUID business, String subject, String text) {
    @SuppressWarnings("unchecked")
    List<String> owners =
        em.createNativeQuery(
                "SELECT email FROM acc_user WHERE business_id = ?1 AND role = 'ADMIN' AND is_active"
                    + " ORDER BY created_at, id LIMIT 1")
            .setParameter(1, business)
            .getResultList();
    owners.forEach(owner -> mail.fire(new SubscriptionMail.Message(owner, subject, text)));
  }

  private String invoiceNumber() {
    long next =
        ((Number) em.createNativeQuery("SELECT nextval('sub_invoice_seq')").getSingleResult())
            .longValue();
    return String.format("INV-%06d", next);
  }
}
