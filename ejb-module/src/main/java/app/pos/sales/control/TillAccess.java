package app.pos.sales.control;

import app.pos.accounts.boundary.Users;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who may sell where: a cashier sells (and sees sales and carts) only at the storefronts they are
 * assigned to; managers and admins everywhere in their business.
 */
@Dependent
public class TillAccess {

  @Inject CurrentTenant tenant;
  @Inject Users users;

  public boolean isCashier() {
    return tenant.hasRole(Role.CASHIER);
  }

  public boolean isManager() {
    return tenant.hasRole(Role.ADMIN, Role.MANAGER);
  }

  /** Cashiers sell only at the storefronts they are assigned to (else 403). */
  public void requireSellsAt(UUID storefrontId) {
    if (isCashier() && !storefrontsOfCaller().contains(storefrontId)) {
      throw new NotPermittedException("You are not assigned to this storefront");
    }
  }

  /** Whether the caller may see what was rung up at that storefront. */
  public boolean maySee(UUID storefrontId) {
    return !isCashier() || storefrontsOfCaller().contains(storefrontId);
  }

  /** The caller's storefronts (never empty: a cashier with none gets an id nothing has). */
  public Collection<UUID> storefrontsOfCaller() {
    if (tenant.storefrontIds().isPresent()) {
      Set<UUID> mine = tenant.storefrontIds().get(); // read with the caller on this request
      return mine.isEmpty() ? List.of(new UUID(0, 0)) : mine;
    }
    List<UUID> ids = users.storefrontsOf(tenant.userId().orElse(null));
    return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
  }

  /** The storefronts a list is limited to: the caller's for a cashier, else none (all). */
  public Collection<UUID> listLimit() {
    return isCashier() ? storefrontsOfCaller() : null;
  }
}
