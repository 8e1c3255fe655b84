package app.pos.sales.boundary;

import app.pos.accounts.boundary.BusinessView;
import app.pos.accounts.boundary.Businesses;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.SqlValues;
import app.pos.platform.control.TenantStore;
import app.pos.sales.entity.CustomerType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The sales half of a till's snapshot: the business's tax and discount settings and each customer's
 * credit as it stands, keyset-paged by customer id ({@code cursor}), as a delta with {@code
 * updated_since}. The catalogue half is inventory's {@code TillSnapshots}.
 */
@Stateless
public class TillCustomers {

  public static final int MAX_PAGE = 1000;

  /** How far {@code as_of} trails the clock: a change committed late is sent again, not missed. */
  static final Duration OVERLAP = Duration.ofMinutes(1);

  @Inject TenantStore store;
  @Inject Businesses businesses;

  public TillCustomersView page(Instant updatedSince, UUID cursor, int pageSize) {
    if (pageSize < 1 || pageSize > MAX_PAGE) {
      throw new InvalidInputException("page_size", "must be between 1 and " + MAX_PAGE);
    }
    Instant asOf = Instant.now().minus(OVERLAP);
    BusinessView settings = businesses.settings();
    String sql =
        "SELECT c.id, c.name, c.phone, c.customer_type, c.credit_limit, c.outstanding_balance,"
            + " c.credit_blocked, c.is_active, c.updated_at, coalesce((SELECT sum(t.amount)"
            + "   FROM sal_credit_transaction t WHERE t.business_id = ?1 AND t.customer_id = c.id"
            + "   AND t.transaction_type = 'CREDIT_SALE' AND t.due_date >= ?4), 0)"
            + " FROM sal_customer c WHERE c.business_id = ?1 AND c.id > CAST(?2 AS uuid)"
            + (updatedSince == null ? " AND c.is_active" : "")
            + " AND c.updated_at > ?3"
            + " ORDER BY c.id LIMIT ?5";
    var query =
        store
            .nativeQuery(sql)
            .setParameter(2, (cursor == null ? new UUID(0, 0) : cursor).toString())
            .setParameter(4, LocalDate.now(ZoneOffset.UTC))
            .setParameter(3, Timestamp.from(updatedSince == null ? Instant.EPOCH : updatedSince))
            .setParameter(5, pageSize + 1);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<TillCustomersView.CustomerCredit> customers = new ArrayList<>();
    for (Object[] r : rows.subList(0, Math.min(rows.size(), pageSize))) {
      BigDecimal limit = (BigDecimal) r[4];
      BigDecimal owed = (BigDecimal) r[5];
      boolean blocked = (Boolean) r[6];
      BigDecimal notYetDue = (BigDecimal) r[9];
      customers.add(
          new TillCustomersView.CustomerCredit(
              (UUID) r[0],
              (String) r[1],
              (String) r[2],
              CustomerType.valueOf((String) r[3]),
              limit,
              owed,
              blocked ? BigDecimal.ZERO : limit.subtract(owed).max(BigDecimal.ZERO),
              owed.subtract(notYetDue).max(BigDecimal.ZERO),
              blocked,
              (Boolean) r[7],
              SqlValues.instant(r[8])));
    }
    String next = rows.size() > pageSize ? customers.get(pageSize - 1).id().toString() : null;
    return new TillCustomersView(
        settings.currency(),
        settings.defaultTaxRate(),
        settings.maxCashierDiscountPercent(),
        asOf,
        customers,
        next);
  }
}
