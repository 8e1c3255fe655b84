package app.pos.inventory.control;

import app.pos.platform.control.QuotaCounter;
import app.pos.platform.control.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Storefronts, warehouses and active products, for the plan's limits (indexed counts). */
@ApplicationScoped
public class LocationAndProductQuota implements QuotaCounter {

  @Inject TenantStore store;

  @Override
  public boolean counts(String metric) {
    return switch (metric) {
      case "storefronts", "warehouses", "products" -> true;
      default -> false;
    };
  }

  @Override
  public long used(String metric) {
    String sql =
        switch (metric) {
          case "storefronts" ->
              "SELECT count(*) FROM inv_location WHERE business_id = ?1 AND location_type = 'STOREFRONT'";
          case "warehouses" ->
              "SELECT count(*) FROM inv_location WHERE business_id = ?1 AND location_type = 'WAREHOUSE'";
          case "products" ->
              "SELECT count(*) FROM inv_product WHERE business_id = ?1 AND is_active";
          default -> throw new IllegalArgumentException("no such metric: " + metric);
        };
    return ((Number) store.nativeQuery(sql).getSingleResult()).longValue();
  }
}
