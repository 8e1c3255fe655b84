package app.pos.sales.boundary;

import app.pos.sales.entity.SaleExceptionResolution;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A manager's resolution: oversold units by STOCK_ARRIVED (taken from the storefront's lots now) or
 * WRITTEN_OFF; any other exception by ACKNOWLEDGED.
 */
public class ResolveSaleException {
  @NotNull public SaleExceptionResolution resolution;

  @Size(max = 500)
  public String note;
}
