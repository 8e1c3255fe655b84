package app.pos.reporting.boundary;

import app.pos.platform.control.TenantStore;
import app.pos.sales.boundary.SalesReports;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Daily sales per storefront, stored by the sales-report job (run again: replaced, not doubled).
 */
@Stateless
public class SalesSummaries {

  @Inject TenantStore store;
  @Inject SalesReports reports;

  /** Computes and stores one day's figures per storefront; returns how many rows were stored. */
  public int storeDay(LocalDate day) {
    SalesReports.Report report = reports.sales(day, day, "storefront", null);
    for (SalesReports.Row row : report.rows()) {
      SalesReports.Figures f = row.figures();
      store
          .nativeQuery(
              "INSERT INTO rep_sales_summary (business_id, day, storefront_id, sales_count, quantity,"
                  + " gross, discounts, tax, net, cost, refunds, computed_at)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, now())"
                  + " ON CONFLICT (business_id, day, storefront_id) DO UPDATE SET"
                  + " sales_count = EXCLUDED.sales_count, quantity = EXCLUDED.quantity,"
                  + " gross = EXCLUDED.gross, discounts = EXCLUDED.discounts, tax = EXCLUDED.tax,"
                  + " net = EXCLUDED.net, cost = EXCLUDED.cost, refunds = EXCLUDED.refunds,"
                  + " computed_at = now()")
          .setParameter(2, day)
          .setParameter(3, UUID.fromString(row.key()))
          .setParameter(4, f.salesCount())
          .setParameter(5, f.quantity())
          .setParameter(6, f.gross())
          .setParameter(7, f.discounts())
          .setParameter(8, f.tax())
          .setParameter(9, f.net())
          .setParameter(10, f.cost())
          .setParameter(11, f.refunds())
          .executeUpdate();
    }
    return report.rows().size();
  }
}
