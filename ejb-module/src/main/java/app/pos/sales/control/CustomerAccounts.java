package app.pos.sales.control;

import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.SqlArrays;
import app.pos.platform.control.TenantStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A customer's account: the outstanding balance changes only here, under the customer's row lock,
 * and every change writes a credit transaction with the balance before and after (the database
 * checks after = before + amount and never below zero).
 */
@Dependent
public class CustomerAccounts {

  public static final String CREDIT_SALE = "CREDIT_SALE";
  public static final String PAYMENT = "PAYMENT";
  public static final String REFUND = "REFUND";

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;

  /** A customer's account, locked for the rest of the transaction. */
  public record Account(
      UUID customerId, String name, int termsDays, CreditPolicy.Position credit) {}

  /** Locks the customer's row and reads their credit position as of {@code today}. */
  public Account lock(UUID customerId, LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT name, credit_limit, outstanding_balance, credit_blocked, credit_terms_days,"
                    + " is_active"
                    + " FROM sal_customer WHERE business_id = ?1 AND id = ?2 FOR UPDATE")
            .setParameter(2, customerId)
            .getResultList();
    if (rows.isEmpty()) {
      throw new ResourceNotFoundException("Customer", customerId);
    }
    Object[] row = rows.get(0);
    BigDecimal notYetDue =
        (BigDecimal)
            store
                .nativeQuery(
                    "SELECT coalesce(sum(amount), 0) FROM sal_credit_transaction WHERE business_id = ?1"
                        + " AND customer_id = ?2 AND transaction_type = 'CREDIT_SALE' AND due_date >= ?3")
                .setParameter(2, customerId)
                .setParameter(3, today)
                .getSingleResult();
    return new Account(
        customerId,
        (String) row[0],
        ((Number) row[4]).intValue(),
        new CreditPolicy.Position(
            (BigDecimal) row[1],
            (BigDecimal) row[2],
            (Boolean) row[3],
            notYetDue,
            (Boolean) row[5]));
  }

  /**
   * What each of these customers has been charged on credit that is not yet due on {@code today}
   * (their outstanding balance beyond it is overdue); customers with none are left out.
   */
  public Map<UUID, BigDecimal> notYetDue(Collection<UUID> customerIds, LocalDate today) {
    Map<UUID, BigDecimal> due = new HashMap<>();
    if (customerIds.isEmpty()) {
      return due;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT customer_id, sum(amount) FROM sal_credit_transaction WHERE business_id = ?1"
                    + " AND customer_id = ANY(CAST(?2 AS uuid[])) AND transaction_type = 'CREDIT_SALE'"
                    + " AND due_date >= ?3 GROUP BY customer_id")
            .setParameter(2, SqlArrays.literal(customerIds))
            .setParameter(3, today)
            .getResultList();
    rows.forEach(r -> due.put((UUID) r[0], (BigDecimal) r[1]));
    return due;
  }

  /** One change to the balance of an account locked with {@link #lock}. */
  public record Change(
      String type,
      BigDecimal amount,
      UUID saleId,
      UUID refundId,
      String method,
      String reference,
      LocalDate dueDate,
      UUID journalEntryId) {}

  /** Applies a signed change to a locked account and records it; returns the transaction id. */
  public UUID apply(Account account, Change change) {
    return apply(account, change, UUID.randomUUID());
  }

  /** As {@link #apply(Account, Change)} with a transaction id chosen beforehand. */
  public UUID apply(Account account, Change change, UUID transactionId) {
    BigDecimal before =
        (BigDecimal)
            store
                .nativeQuery(
                    "SELECT outstanding_balance FROM sal_customer WHERE business_id = ?1 AND id = ?2"
                        + " FOR UPDATE")
                .setParameter(2, account.customerId())
                .getSingleResult();
    BigDecimal after = before.add(change.amount());
    store
        .nativeQuery(
            "UPDATE sal_customer SET outstanding_balance = ?3, updated_at = now()"
                + " WHERE business_id = ?1 AND id = ?2")
        .setParameter(2, account.customerId())
        .setParameter(3, after)
        .executeUpdate();
    store
        .nativeQuery(
            "INSERT INTO sal_credit_transaction (business_id, id, customer_id, transaction_type, amount,"
                + " balance_before, balance_after, sale_id, refund_id, method, reference, due_date,"
                + " journal_entry_id, recorded_by, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, now())")
        .setParameter(2, transactionId)
        .setParameter(3, account.customerId())
        .setParameter(4, change.type())
        .setParameter(5, change.amount())
        .setParameter(6, before)
        .setParameter(7, after)
        .setParameter(8, change.saleId())
        .setParameter(9, change.refundId())
        .setParameter(10, change.method())
        .setParameter(11, change.reference())
        .setParameter(12, change.dueDate())
        .setParameter(13, change.journalEntryId())
        .setParameter(14, tenant.userId().orElse(null))
        .executeUpdate();
    return transactionId;
  }
}
