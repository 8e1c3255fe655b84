package app.pos.inventory.control;

import java.util.UUID;

/** Stock of a product changed at a location; alerts are re-evaluated once the change commits. */
public record StockMoved(UUID businessId, UUID productId, UUID locationId) {}
