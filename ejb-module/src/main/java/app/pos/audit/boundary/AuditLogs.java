package app.pos.audit.boundary;

import app.pos.audit.entity.AuditLog;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Reading the trail: an ADMIN sees the whole business's, everyone else only their own actions. */
@Stateless
@CrossTenant(
    "audit rows may have no business (refused sign-ins); every query adds the tenant itself")
public class AuditLogs {

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;

  public record Filter(
      String action, String entityType, UUID userId, Instant from, Instant until) {}

  public Page<AuditLogView> list(Filter filter, PageRequest page) {
    StringBuilder where = new StringBuilder("a.businessId = :tenant");
    Map<String, Object> params = new HashMap<>();
    params.put("tenant", tenant.businessId());
    boolean admin = tenant.role().filter("ADMIN"::equals).isPresent() || tenant.isSuperuser();
    UUID user = admin ? filter.userId() : tenant.userId().orElseThrow();
    if (user != null) {
      where.append(" AND a.userId = :user");
      params.put("user", user);
    }
    if (filter.action() != null) {
      where.append(" AND a.action = :action");
      params.put("action", filter.action());
    }
    if (filter.entityType() != null) {
      where.append(" AND a.entityType = :entityType");
      params.put("entityType", filter.entityType());
    }
    if (filter.from() != null) {
      where.append(" AND a.createdAt >= :from");
      params.put("from", filter.from());
    }
    if (filter.until() != null) {
      where.append(" AND a.createdAt < :until");
      params.put("until", filter.until());
    }
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
