package app.pos.subscriptions.boundary;

import app.pos.platform.boundary.ScheduledOnce;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.ReferenceData;
import app.pos.subscriptions.control.Billing;
import app.pos.subscriptions.control.PlanLimits;
import app.pos.subscriptions.entity.Plan;
import app.pos.subscriptions.entity.Subscription;
import app.pos.subscriptions.entity.SubscriptionStatus;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once a day: periods that ran out make subscriptions PAST_DUE (owners are told), the grace period
 * after that makes them EXPIRED, cancelled ones end at their period's end, and owners hear a
 * configurable number of days before a paid period ends.
 */
@Stateless
@CrossTenant("walks every business's subscription")
public class SubscriptionLifecycle {

  private static final Logger LOG = Logger.getLogger(SubscriptionLifecycle.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Billing billing;
  @Inject Plans plans;
  @Inject ScheduledOnce once;
  @Inject ReferenceData reference;

  @Inject
  @ConfigProperty(name = "pos.subscriptions.grace-days", defaultValue = "7")
  int graceDays;

  @Inject
  @ConfigProperty(name = "pos.subscriptions.notice-days", defaultValue = "7")
  int noticeDays;

  /** What a run did. */
  public record Run(int noticesSent, int pastDue, int expired, int ended) {}

  @Schedule(hour = "2", minute = "30", persistent = false)
  public void daily() {
    if (!once.claim("subscription-lifecycle", Duration.ofDays(1))) {
      return; // another instance of the cluster has today's run
    }
    Run run = run(Instant.now());
    LOG.info(
        () ->
            "Subscriptions: "
                + run.noticesSent()
                + " renewal notices, "
                + run.pastDue()
                + " past due, "
                + run.expired()
                + " expired, "
                + run.ended()
                + " cancelled at period end");
  }

  /** Applies every rule as of {@code now}. */
  public Run run(Instant now) {
    return apply(now, null);
  }

  /**
   * Applies every rule as of {@code now} to one business's subscriptions only: what the daily run
   * would do to it on that day, leaving every other business as it is.
   */
  public Run runFor(UUID business, Instant now) {
    return apply(now, Objects.requireNonNull(business, "business"));
  }

  /** The rules as of {@code now}, for every business when {@code business} is null. */
  private Run apply(Instant now, UUID business) {
    int ended = 0;
    int pastDue = 0;
    int expired = 0;
    int notices = 0;
    for (Subscription s : inForce("s.currentPeriodEnd <= :now", now, business)) {
      if (s.isCancelAtPeriodEnd()) {
        s.end();
        ended++;
      } else if (!SubscriptionStatus.PAST_DUE.equals(s.getStatus())) {
        s.pastDue();
        pastDue++;
        billing.notifyOwner(
            s.getBusinessId(),
            "Your subscription has run out",
            "The period you paid for ended on "
                + day(s.getCurrentPeriodEnd())
                + ". Pay within "
                + graceDays
                + " days to keep making sales; after that the business becomes read-only.");
      }
    }
    for (Subscription s :
        inForce(
            "s.status = app.pos.subscriptions.entity.SubscriptionStatus.PAST_DUE AND s.currentPeriodEnd <= :now",
            now.minus(Duration.ofDays(graceDays)),
            business)) {
      s.expire();
      expired++;
      billing.notifyOwner(
          s.getBusinessId(),
          "Your subscription has expired",
          "Your business can still sign in, read its data and pay, but cannot record anything new"
              + " until it subscribes again.");
    }
    for (Subscription s :
        inForce(
            "s.status = app.pos.subscriptions.entity.SubscriptionStatus.ACTIVE AND s.cancelAtPeriodEnd = FALSE AND s.currentPeriodEnd <= :now",
            now.plus(Duration.ofDays(noticeDays)),
            business)) {
      if (s.getCurrentPeriodEnd().isAfter(now)
          && !s.getCurrentPeriodEnd().equals(s.getNoticeSentFor())) {
        s.noticeSent();
        notices++;
        billing.notifyOwner(
            s.getBusinessId(),
            "Your subscription renews on " + day(s.getCurrentPeriodEnd()),
            "Your current period ends on "
                + day(s.getCurrentPeriodEnd())
                + ". Make sure your payment details are up to date.");
      }
    }
    return new Run(notices, pastDue, expired, ended);
  }

  /** Trials for businesses without any subscription; returns how many were started. */
  public int startMissingTrials() {
    Plan plan = plans.defaultPlan();
    reference.changedAll(PlanLimits.IN_FORCE); // the businesses it starts were kept with none
    return em.createNativeQuery(
            "INSERT INTO sub_subscription (id, business_id, plan_id, status, current_period_start,"
                + " current_period_end, cancel_at_period_end, created_at, updated_at)"
                + " SELECT gen_random_uuid(), b.id, ?1, 'TRIAL', now(), now() + make_interval(days => ?2),"
                + " FALSE, now(), now() FROM acc_business b WHERE NOT EXISTS"
                + " (SELECT 1 FROM sub_subscription s WHERE s.business_id = b.id)")
        .setParameter(1, plan.getId())
        .setParameter(2, plan.getTrialDays())
        .executeUpdate();
  }

  private List<Subscription> inForce(String condition, Instant now, UUID business) {
    TypedQuery<Subscription> query =
        em.createQuery(
                "SELECT s FROM Subscription s WHERE s.status IN :standing AND "
                    + condition
                    + (business == null ? "" : " AND s.businessId = :business")
                    + " ORDER BY s.currentPeriodEnd",
                Subscription.class)
            .setParameter("standing", SubscriptionStatus.IN_GOOD_STANDING)
            .setParameter("now", now);
    if (business != null) {
      query.setParameter("business", business);
    }
    return query.getResultList();
  }

  private static String day(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }
}
