package app.pos.reporting.control;

import app.pos.inventory.boundary.StockLevels;
import app.pos.inventory.boundary.Views.ValuationRow;
import app.pos.inventory.boundary.Views.ValuationView;
import app.pos.platform.control.CsvTable;
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
    CsvTable csv =
        new CsvTable("product_id", "sku", "location_id", "in_transit", "quantity_on_hand", "value");
    for (ValuationRow row : valuation.rows()) {
      csv.row(
          row.productId(),
          row.sku(),
          row.locationId(),
          row.inTransit(),
          CsvTable.quantity(row.quantityOnHand()),
          CsvTable.money(row.value()));
    }
    csv.row("TOTAL", null, null, null, null, CsvTable.money(valuation.totalValue()));
    progress.done(valuation.rows().size(), valuation.rows().size());
    return new Result(valuation, csv.toString());
  }
}
