package app.pos.reporting.control;

import app.pos.inventory.boundary.StockLevels;
import app.pos.inventory.boundary.Views.ValuationRow;
import app.pos.inventory.boundary.Views.ValuationView;
import app.pos.platform.control.Money;
import app.pos.platform.control.TenantJob;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import java.util.UUID;

/** inventory-valuation: stock at lot cost (total = account 1200), with CSV. */
@Named("inventoryValuationJob")
@Dependent
public class InventoryValuationJob extends TenantJob {

  @Inject StockLevels levels;

  @Override
  protected Result work(Properties parameters, Progress progress) {
    String location = parameters.getProperty("location_id");
    ValuationView valuation = levels.valuation(location == null ? null : UUID.fromString(location));
    StringBuilder csv =
        new StringBuilder("product_id,sku,location_id,in_transit,quantity_on_hand,value\n");
    for (ValuationRow row : valuation.rows()) {
      csv.append(row.productId())
          .append(',')
          .append('"')
          .append(row.sku().replace("\"", "\"\""))
          .append('"')
          .append(',')
          .append(row.locationId() == null ? "" : row.locationId())
          .append(',')
          .append(row.inTransit())
          .append(',')
          .append(row.quantityOnHand().stripTrailingZeros().toPlainString())
          .append(',')
          .append(Money.format(row.value()))
          .append('\n');
    }
    csv.append("TOTAL,,,,,").append(Money.format(valuation.totalValue())).append('\n');
    progress.done(valuation.rows().size(), valuation.rows().size());
    return new Result(valuation, csv.toString());
  }
}
