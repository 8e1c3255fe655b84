package app.pos.accounts.control;

import app.pos.accounts.boundary.MembershipView;
import app.pos.accounts.entity.Business;
import app.pos.accounts.entity.User;
import app.pos.platform.control.CrossTenant;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A person's active memberships as the answers show them, by business name. */
@CrossTenant("a person's memberships span businesses; only their own are read")
public final class Memberships {

  private Memberships() {}

  public static List<MembershipView> of(EntityManager em, UUID personId, UUID currentUserId) {
    List<User> memberships = Emails.memberships(em, personId);
    if (memberships.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> names =
        em.createQuery("SELECT b FROM Business b WHERE b.id IN :ids", Business.class)
            .setParameter("ids", memberships.stream().map(User::getBusinessId).toList())
            .getResultStream()
            .collect(Collectors.toMap(Business::getId, Business::getName));
    return memberships.stream()
        .map(
            u ->
                new MembershipView(
                    u.getBusinessId(),
                    names.get(u.getBusinessId()),
                    u.getId(),
                    u.getRole(),
                    u.getId().equals(currentUserId)))
        .sorted(
            java.util.Comparator.comparing(MembershipView::businessName)
                .thenComparing(MembershipView::businessId))
        .toList();
  }
}
