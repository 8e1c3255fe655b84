package app.pos.audit.boundary;

import app.pos.audit.entity.AuditLog;
import app.pos.platform.control.Conditions;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.ReadsReplica;
import app.pos.platform.control.TenantStore;
import app.pos.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Reading the trail: an ADMIN sees the whole business's, everyone else only their own actions. */
@Stateless
@CrossTenant(
    "audit rows may have no business (refused sign-ins); every query adds the tenant itself")
public class AuditLogs {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;

  public record Filter(
      String action, String entityType, UUID userId, Instant from, Instant until) {}

  @ReadsReplica
  public Page<AuditLogView> list(Filter filter, PageRequest page) {
    boolean admin = tenant.hasRole(Role.ADMIN) || tenant.isSuperuser();
    Conditions conditions =
        new Conditions()
            .and("a.businessId = :tenant", "tenant", tenant.businessId())
            .and(
                "a.userId = :user", "user", admin ? filter.userId() : tenant.userId().orElseThrow())
            .and("a.action = :action", "action", filter.action())
            .and("a.entityType = :entityType", "entityType", filter.entityType())
            .and("a.createdAt >= :from", "from", filter.from())
            .and("a.createdAt < :until", "until", filter.until());
    EntityManager em = store.unscopedReads();
    String where = conditions.where();
    Map<String, Object> params = conditions.params();
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(a) FROM AuditLog a WHERE " + where, Long.class);
    TypedQuery<AuditLog> rows =
        em.createQuery(
            "SELECT a FROM AuditLog a WHERE " + where + " ORDER BY a.createdAt DESC, a.id",
            AuditLog.class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          rows.setParameter(k, v);
        });
    return new Page<>(
            count.getSingleResult(),
            page,
            rows.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList())
        .map(AuditLogView::of);
  }
}
