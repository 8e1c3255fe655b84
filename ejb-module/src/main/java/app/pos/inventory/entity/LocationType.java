package app.pos.inventory.entity;

/** Where stock is kept: warehouses receive and replenish; storefronts sell. */
public enum LocationType {
  WAREHOUSE,
  STOREFRONT
}
