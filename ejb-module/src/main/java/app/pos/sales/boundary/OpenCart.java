package app.pos.sales.boundary;

import app.pos.sales.entity.SaleType;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A new held cart at a storefront: RETAIL unless said, optionally for a customer. */
public class OpenCart {
  @NotNull public UUID storefrontId;

  public SaleType saleType;

  public UUID customerId;
}
