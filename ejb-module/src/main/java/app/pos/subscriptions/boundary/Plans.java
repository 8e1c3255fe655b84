package app.pos.subscriptions.boundary;

import app.pos.platform.control.Audited;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.PatchFields;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.StateConflictException;
import app.pos.subscriptions.entity.BillingInterval;
import app.pos.subscriptions.entity.Plan;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The plans the platform sells. Everyone reads them; only the platform owner writes them. System
 * initialisation creates the defaults (a trial plan and three paid ones) when they are missing.
 */
@Stateless
@CrossTenant("plans are platform data, owned by no business")
public class Plans {

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;

  public List<PlanView> list(boolean includeInactive) {
    return em
        .createQuery(
            "SELECT p FROM Plan p WHERE p.active = TRUE OR :all = TRUE ORDER BY p.price, p.code",
            Plan.class)
        .setParameter("all", includeInactive)
        .getResultList()
        .stream()
        .map(PlanView::of)
        .toList();
  }

  public PlanView find(UUID id) {
    return PlanView.of(plan(id));
  }

  public Plan plan(UUID id) {
    Plan plan = em.find(Plan.class, id);
    if (plan == null) {
      throw new ResourceNotFoundException("Plan", id);
    }
    return plan;
  }

  /** The id of the plan with that code (404 if there is none). */
  public UUID idOf(String code) {
    return em.createQuery("SELECT p.id FROM Plan p WHERE p.code = :code", UUID.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new ResourceNotFoundException("Plan", code));
  }

  @Audited(value = "plan.created", entity = "Plan")
  public PlanView create(SavePlan command) {
    requireSuperuser();
    if (!em.createQuery("SELECT p FROM Plan p WHERE p.code = :code", Plan.class)
        .setParameter("code", command.code)
        .getResultList()
        .isEmpty()) {
      throw new InvalidInputException("code", "a plan with this code exists");
    }
    Plan plan = apply(new Plan(command.code, false), command);
    em.persist(plan);
    return PlanView.of(plan);
  }

  @Audited(value = "plan.updated", entity = "Plan")
  public PlanView update(UUID id, SavePlan command) {
    requireSuperuser();
    Plan plan = plan(id);
    if (!plan.getCode().equals(command.code)) {
      throw new InvalidInputException("code", "a plan's code never changes");
    }
    apply(plan, command);
    em.flush();
    return PlanView.of(plan);
  }

  /** Changes the fields given and keeps the others (PATCH). */
  @Audited(value = "plan.updated", entity = "Plan")
  public PlanView patch(UUID id, UpdatePlan u) {
    requireSuperuser();
    Plan plan = plan(id);
    PatchFields.requireAny(
        u,
        "name, description, price, currency, interval, trial_days, max_users, max_storefronts,"
            + " max_warehouses, max_products, max_monthly_sales, features, is_active",
        u.name,
        u.description,
        u.price,
        u.currency,
        u.interval,
        u.trialDays,
        u.maxUsers,
        u.maxStorefronts,
        u.maxWarehouses,
        u.maxProducts,
        u.maxMonthlySales,
        u.features,
        u.isActive);
    SavePlan merged = new SavePlan();
    merged.code = plan.getCode();
    merged.name = u.name != null ? u.name : plan.getName();
    merged.description = kept(u, "description", u.description, plan.getDescription());
    merged.price = u.price != null ? u.price : plan.getPrice();
    merged.currency = u.currency != null ? u.currency : plan.getCurrency();
    merged.interval = u.interval != null ? u.interval : plan.getBillingInterval();
    merged.trialDays = u.trialDays != null ? u.trialDays : plan.getTrialDays();
    merged.maxUsers = kept(u, "max_users", u.maxUsers, plan.getMaxUsers());
    merged.maxStorefronts = kept(u, "max_storefronts", u.maxStorefronts, plan.getMaxStorefronts());
    merged.maxWarehouses = kept(u, "max_warehouses", u.maxWarehouses, plan.getMaxWarehouses());
    merged.maxProducts = kept(u, "max_products", u.maxProducts, plan.getMaxProducts());
    merged.maxMonthlySales =
        kept(u, "max_monthly_sales", u.maxMonthlySales, plan.getMaxMonthlySales());
    merged.features =
        u.features != null
            ? u.features
            : plan.getFeatures() == null || plan.getFeatures().isBlank()
                ? List.of()
                : List.of(plan.getFeatures().split(","));
    merged.isActive = u.isActive;
    apply(plan, merged);
    em.flush();
    return PlanView.of(plan);
  }

  /** A PATCH field's new value: the one sent, null if sent as null, else the current one. */
  private static <T> T kept(UpdatePlan u, String field, T sent, T current) {
    return sent != null ? sent : u.clears(field) ? null : current;
  }

  /**
   * Deletes a plan no subscription of any business ever referred to; one that was subscribed to
   * stays, for its subscriptions' history, and answers 409 {@code in-use} (retire it instead).
   */
  @Audited(value = "plan.deleted", entity = "Plan")
  public void delete(UUID id) {
    requireSuperuser();
    Plan plan = plan(id);
    long subscriptions =
        ((Number)
                em.createNativeQuery("SELECT count(*) FROM sub_subscription WHERE plan_id = ?1")
                    .setParameter(1, id)
                    .getSingleResult())
            .longValue();
    if (subscriptions > 0 || plan.isDefaultPlan()) {
      throw new StateConflictException(
          "in-use",
          "Plan in use",
          plan.isDefaultPlan() && subscriptions == 0
              ? "New businesses start their trial on this plan, so it cannot be deleted"
              : "Subscriptions refer to this plan, so it cannot be deleted; retire it with PATCH"
                  + " {\"is_active\": false}");
    }
    em.remove(plan);
    em.flush();
  }

  /** The plan a new business starts its trial on; created with the other defaults if missing. */
  public Plan defaultPlan() {
    List<Plan> plans =
        em.createQuery("SELECT p FROM Plan p WHERE p.defaultPlan = TRUE", Plan.class)
            .getResultList();
    if (plans.isEmpty()) {
      ensureDefaults();
      return em.createQuery("SELECT p FROM Plan p WHERE p.defaultPlan = TRUE", Plan.class)
          .getSingleResult();
    }
    return plans.get(0);
  }

  /** Creates the default plans that do not exist yet (by code); returns how many it created. */
  public int ensureDefaults() {
    int created = 0;
    for (Plan plan : defaults()) {
      int inserted =
          em.createNativeQuery(
                  "INSERT INTO sub_plan (id, code, name, description, price, currency, billing_interval,"
                      + " trial_days, max_users, max_storefronts, max_warehouses, max_products,"
                      + " max_monthly_sales, features, is_default, is_active, created_at, updated_at)"
                      + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, TRUE,"
                      + " now(), now()) ON CONFLICT (code) DO NOTHING")
              .setParameter(1, plan.getId())
              .setParameter(2, plan.getCode())
              .setParameter(3, plan.getName())
              .setParameter(4, plan.getDescription())
              .setParameter(5, plan.getPrice())
              .setParameter(6, plan.getCurrency())
              .setParameter(7, plan.getBillingInterval().name())
              .setParameter(8, plan.getTrialDays())
              .setParameter(9, plan.getMaxUsers())
              .setParameter(10, plan.getMaxStorefronts())
              .setParameter(11, plan.getMaxWarehouses())
              .setParameter(12, plan.getMaxProducts())
              .setParameter(13, plan.getMaxMonthlySales())
              .setParameter(14, plan.getFeatures())
              .setParameter(15, plan.isDefaultPlan())
              .executeUpdate();
      created += inserted;
    }
    return created;
  }

  static List<Plan> defaults() {
    return List.of(
        new Plan("trial", true)
            .terms(
                "Trial",
                "Everything a small shop needs, free for 14 days",
                BigDecimal.ZERO,
                "USD",
                BillingInterval.MONTHLY,
                14,
                "pos,inventory,bookkeeping")
            .limits(10, 3, 2, 1000, 2000),
        new Plan("starter", false)
            .terms(
                "Starter",
                "One shop and its stockroom",
                new BigDecimal("29.00"),
                "USD",
                BillingInterval.MONTHLY,
                0,
                "pos,inventory,bookkeeping")
            .limits(5, 2, 1, 2000, 5000),
        new Plan("business", false)
            .terms(
                "Business",
                "Several storefronts and warehouses, wholesale and credit",
                new BigDecimal("79.00"),
                "USD",
                BillingInterval.MONTHLY,
                0,
                "pos,inventory,bookkeeping,wholesale,reports")
            .limits(50, 10, 5, 20000, null),
        new Plan("enterprise", false)
            .terms(
                "Enterprise",
                "No limits, billed yearly",
                new BigDecimal("790.00"),
                "USD",
                BillingInterval.YEARLY,
                0,
                "pos,inventory,bookkeeping,wholesale,reports,priority-support")
            .limits(null, null, null, null, null));
  }

  private static Plan apply(Plan plan, SavePlan c) {
    plan.terms(
            c.name.trim(),
            c.description,
            c.price,
            c.currency,
            c.interval,
            c.trialDays == null ? 0 : c.trialDays,
            c.features == null ? "" : String.join(",", c.features))
        .limits(c.maxUsers, c.maxStorefronts, c.maxWarehouses, c.maxProducts, c.maxMonthlySales);
    if (c.isActive != null) {
      plan.setActive(c.isActive);
    }
    return plan;
  }

  private void requireSuperuser() {
    if (!tenant.isSuperuser()) {
      throw new NotPermittedException("Only the platform owner changes plans");
    }
  }
}
