package bench.floor;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** The EJB row: a container transaction around one JPA native query, as a product boundary. */
@Stateless
public class Items {

  @PersistenceContext EntityManager em;

  public Item find(UUID id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT id, name, active FROM floor_item WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] row = rows.get(0);
    return new Item((UUID) row[0], (String) row[1], (Boolean) row[2]);
  }
}
