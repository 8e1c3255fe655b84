package app.pos.reporting.control;

import app.pos.inventory.boundary.StockLevels;
import app.pos.inventory.boundary.Views.ValuationRow;
import app.pos.inventory.boundary.Views.ValuationView;
import app.pos.platform.control.CsvTable;
import app.pos.platform.control.JobDefinition;
import app.pos.platform.control.JobDefinition.Parameter;
import app.pos.platform.control.TenantJob;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/** inventory-valuation: stock at lot cost (total = account 1200), with CSV. */
@Named("inventoryValuationJob")
@Dependent
public class InventoryValuationJob extends TenantJob {

  /** The jobs API offers this job (see {@code Jobs}). */
  @Produces
  public static final JobDefinition DEFINITION =
      new JobDefinition(
          "inventory-valuation",
          "Stock on hand and in transit at lot cost, with CSV; its total equals account 1200",
          false,
          List.of(Parameter.of("location_id", "uuid", false, null, "one location only")));

  @Inject StockLevels levels;

  @Override
  protected Result work(Properties parameters, Progress progress) {
    String location = parameters.getProperty("location_id");
    ValuationView valuation = levels.valuation(location == null ? null : UUID.fromString(location));
    CsvTable csv =
        new CsvTable(
            "product_id",
            "sku",
            "product_name",
            "location_id",
            "location_name",
            "in_transit",
            "quantity_on_hand",
            "value");
    for (ValuationRow row : valuation.rows()) {
      csv.row(
          row.productId(),
          row.sku(),
          row.productName(),
          row.locationId(),
          row.locationName(),
          row.inTransit(),
          CsvTable.quantity(row.quantityOnHand()),
          CsvTable.money(row.value()));
    }
    csv.row("TOTAL", null, null, null, null, null, null, CsvTable.money(valuation.totalValue()));
    progress.done(valuation.rows().size(), valuation.rows().size());
    return new Result(valuation, csv.toString());
  }
}
