package app.pos.platform.control;

import app.pos.platform.entity.TenantOwned;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one way components reach tenant-owned data: every lookup and query is scoped to the request's
 * business, so none can forget it. Another business's id behaves exactly like an id that does not
 * exist. {@link #unscoped()} is the named, greppable exception (sign-in, platform owner).
 */
@Dependent
public class TenantStore {

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;

  public <T extends TenantOwned> T persist(T entity) {
    entity.assignTo(tenant.businessId());
    em.persist(entity);
    return entity;
  }

  /** The object of this business with that id, or a 404 naming what was looked for. */
  public <T extends TenantOwned> T find(Class<T> type, UUID id) {
    return findOptional(type, id)
        .orElseThrow(() -> new ResourceNotFoundException(type.getSimpleName(), id));
  }

  public <T extends TenantOwned> Optional<T> findOptional(Class<T> type, UUID id) {
    if (id == null) {
      return Optional.empty();
    }
    T found = reads().find(type, id);
    return found != null && tenant.businessId().equals(found.getBusinessId())
        ? Optional.of(found)
        : Optional.empty();
  }

  /** As {@link #find} but locks the row for the rest of the transaction. */
  public <T extends TenantOwned> T lock(Class<T> type, UUID id) {
    T found = em.find(type, id); // always the primary's: locks are for writes
    if (found == null || !tenant.businessId().equals(found.getBusinessId())) {
      throw new ResourceNotFoundException(type.getSimpleName(), id);
    }
    em.lock(found, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(found);
    return found;
  }

  /**
   * A JPQL query over one entity, alias {@code e}, with the tenant condition added: {@code where}
   * holds only the caller's own conditions (or is blank).
   */
  public <T extends TenantOwned> TypedQuery<T> select(
      Class<T> type, String where, Map<String, ?> params, String orderBy) {
    TypedQuery<T> query =
        reads()
            .createQuery(
                "SELECT e FROM "
                    + type.getSimpleName()
                    + " e WHERE e.businessId = :tenant"
                    + (where == null || where.isBlank() ? "" : " AND (" + where + ")")
                    + (orderBy == null || orderBy.isBlank() ? "" : " ORDER BY " + orderBy),
                type);
    query.setParameter("tenant", tenant.businessId());
    params.forEach(query::setParameter);
    return query;
  }

  public <T extends TenantOwned> List<T> list(
      Class<T> type, String where, Map<String, ?> params, String orderBy) {
    return select(type, where, params, orderBy).getResultList();
  }

  /**
   * As {@link #list}, for objects the use case only reads: they are not tracked for changes, so the
   * commit does not compare them (a checkout reads its products, accounts and periods this way).
   * Changing one of them is a mistake: the change would not be saved.
   */
  public <T extends TenantOwned> List<T> read(
      Class<T> type, String where, Map<String, ?> params, String orderBy) {
    return select(type, where, params, orderBy)
        .setHint("eclipselink.read-only", "true")
        .setHint("org.hibernate.readOnly", true)
        .getResultList();
  }

  /** One page of the business's objects and how many there are in all. */
  public <T extends TenantOwned> Page<T> page(
      Class<T> type, String where, Map<String, ?> params, String orderBy, PageRequest page) {
    TypedQuery<Long> count =
        reads()
            .createQuery(
                "SELECT COUNT(e) FROM "
                    + type.getSimpleName()
                    + " e WHERE e.businessId = :tenant"
                    + (where == null || where.isBlank() ? "" : " AND (" + where + ")"),
                Long.class);
    count.setParameter("tenant", tenant.businessId());
    params.forEach(count::setParameter);
    List<T> rows =
        select(type, where, params, orderBy)
            .setFirstResult(page.offset())
            .setMaxResults(page.pageSize())
            .getResultList();
    return new Page<>(count.getSingleResult(), page, rows);
  }

  /**
   * Native SQL scoped to the caller's business: the statement filters by (or inserts) {@code
   * business_id} as {@code ?1}, which is bound here. Further parameters start at ?2. An INSERT
   * (each INSERT of a WITH that holds several) names business_id first and gives it ?1, from VALUES
   * or from a SELECT over arrays.
   */
  public Query nativeQuery(String sql) {
    if (!sql.contains("business_id = ?1") && !insertsScoped(sql)) {
      throw new IllegalArgumentException("Native SQL must be scoped by business_id = ?1: " + sql);
    }
    return reads().createNativeQuery(sql).setParameter(1, tenant.businessId());
  }

  /** An INSERT that names business_id first and gives it ?1. */
  private static final Pattern SCOPED_INSERT =
      Pattern.compile("INSERT INTO \\w+ \\(business_id,[^)]*\\) (VALUES \\(|SELECT )\\?1,");

  private static final Pattern ANY_INSERT = Pattern.compile("(?i)\\bINSERT\\b");

  /** What a WITH of inserts may not hold: other writes, a second statement, comments. */
  private static final Pattern NOT_AN_INSERT =
      Pattern.compile("(?i)\\b(UPDATE|DELETE|MERGE|TRUNCATE)\\b|;|--|/\\*");

  /**
   * Whether a statement without a {@code business_id = ?1} filter only inserts this business's
   * rows: one INSERT scoped as above (as before), or a WITH whose every INSERT is, and nothing but
   * inserts.
   */
  static boolean insertsScoped(String sql) {
    if (sql.startsWith("INSERT INTO ")) {
      return sql.matches("(?s)INSERT INTO \\w+ \\(business_id,.*(VALUES \\(|SELECT )\\?1,.*");
    }
    if (!sql.startsWith("WITH ") || NOT_AN_INSERT.matcher(sql).find()) {
      return false;
    }
    long inserts = ANY_INSERT.matcher(sql).results().count();
    return inserts > 0 && SCOPED_INSERT.matcher(sql).results().count() == inserts;
  }

  /** The next value of a sequence the business owns (named by the prefix and the business id). */
  public long nextInSequence(String prefix) {
    return ((Number)
            em.createNativeQuery("SELECT nextval('" + sequence(prefix) + "')").getSingleResult())
        .longValue();
  }

  /** The name of this business's own sequence of that kind (receipt or entry numbers). */
  public String sequence(String prefix) {
    return prefix + tenant.businessId().toString().replace("-", "");
  }

  /**
   * Deletes an object of this business that nothing refers to. When a row still names it (a foreign
   * key the database enforces), nothing is deleted and the answer is 409 {@code in-use}, pointing
   * at retirement instead.
   */
  public <T extends TenantOwned> void delete(T entity, String what) {
    em.remove(entity);
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException referenced) {
      throw new StateConflictException(
          "in-use",
          what + " in use",
          "Other records refer to this "
              + what.toLowerCase(java.util.Locale.ROOT)
              + ", so it cannot be deleted; retire it with PATCH {\"is_active\": false}");
    }
  }

  /** Writes pending changes now, so a constraint breach surfaces inside the use case. */
  public void flush() {
    em.flush();
  }

  public UUID businessId() {
    return tenant.businessId();
  }

  /**
   * The entity manager without the tenant condition, for the few use cases that act before a tenant
   * is known (sign-in, registration) or across businesses (the platform owner).
   */
  public EntityManager unscoped() {
    return em;
  }

  /**
   * As {@link #unscoped()}, for a cross-tenant class that only reads (it adds the tenant itself):
   * the replica's entity manager inside a {@link ReadsReplica} call routed there, else the
   * primary's.
   */
  public EntityManager unscopedReads() {
    return reads();
  }

  /**
   * Where reads go: the replica inside a {@link ReadsReplica} call routed there, else the primary.
   * Writes, locks and sequences always use the primary's entity manager.
   */
  private EntityManager reads() {
    return ReplicaSession.current().orElse(em);
  }
}
