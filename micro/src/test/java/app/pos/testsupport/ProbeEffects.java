package app.pos.testsupport;

import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.testsupport.IdempotencyProbeResource.ProbeView;
import app.pos.testsupport.IdempotencyProbeResource.RecordProbe;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The effect behind the probe: one row per request in a table the IT creates. */
@Stateless
public class ProbeEffects {

  @PersistenceContext EntityManager em;

  public ProbeView record(UUID business, RecordProbe command) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    em.createNativeQuery(
            "INSERT INTO it_probe_effect (id, business_id, label, amount, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, id)
        .setParameter(2, business)
        .setParameter(3, command.label)
        .setParameter(4, command.amount)
        .setParameter(5, java.sql.Timestamp.from(now))
        .executeUpdate();
    try {
      Thread.sleep(300); // widen the window in which a concurrent twin arrives
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new ProbeView(id, command.label, command.amount, now);
  }

  /** One effect by id (the probe's Location); the probe has no tenant of its own to check. */
  public java.util.Optional<ProbeView> find(UUID id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, label, amount, created_at FROM it_probe_effect WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new ProbeView(
                    (UUID) r[0],
                    (String) r[1],
                    (java.math.BigDecimal) r[2],
                    ((java.sql.Timestamp) r[3]).toInstant()));
  }

  public Page<ProbeView> list(UUID business, PageRequest page) {
    long count =
        ((Number)
                em.createNativeQuery("SELECT count(*) FROM it_probe_effect WHERE business_id = ?1")
                    .setParameter(1, business)
                    .getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, label, amount, created_at FROM it_probe_effect WHERE business_id = ?1"
                    + " ORDER BY created_at, id OFFSET ?2 LIMIT ?3")
            .setParameter(1, business)
            .setParameter(2, page.offset())
            .setParameter(3, page.pageSize())
            .getResultList();
    return new Page<>(
        count,
        page,
        rows.stream()
            .map(
                r ->
                    new ProbeView(
                        (UUID) r[0],
                        (String) r[1],
                        (java.math.BigDecimal) r[2],
                        ((java.sql.Timestamp) r[3]).toInstant()))
            .toList());
  }
}
