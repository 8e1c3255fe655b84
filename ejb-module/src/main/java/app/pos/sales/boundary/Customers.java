package app.pos.sales.boundary;

import app.pos.bookkeeping.boundary.Ledger;
import app.pos.platform.control.ActiveFilter;
import app.pos.platform.control.Audited;
import app.pos.platform.control.Conditions;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.SearchTerm;
import app.pos.platform.control.SqlValues;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import app.pos.platform.entity.Role;
import app.pos.sales.control.CustomerAccounts;
import app.pos.sales.control.SalePostingRules;
import app.pos.sales.entity.Customer;
import app.pos.sales.entity.PaymentMethod;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The business's customers and their accounts. */
@Stateless
public class Customers {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject CustomerAccounts accounts;
  @Inject Ledger ledger;

  @Audited(value = "customer.created", entity = "Customer")
  public CustomerView create(CreateCustomer command) {
    if ((command.creditLimit != null || command.creditTermsDays != null) && !isManager()) {
      throw new NotPermittedException("Only a manager or an admin may set credit terms");
    }
    String phone = blankToNull(command.phone);
    requireUniquePhone(phone, null);
    Customer customer =
        new Customer(
            command.name.trim(),
            command.email,
            phone,
            command.customerType,
            command.creditLimit == null ? BigDecimal.ZERO : command.creditLimit,
            command.creditTermsDays == null ? 30 : command.creditTermsDays);
    return CustomerView.of(store.persist(customer), BigDecimal.ZERO);
  }

  /** Changes a customer; credit terms only by a MANAGER or ADMIN. */
  @Audited(value = "customer.updated", entity = "Customer")
  public CustomerView update(UUID id, UpdateCustomer command) {
    Customer customer = store.lock(Customer.class, id);
    boolean creditTerms =
        command.creditLimit != null
            || command.creditTermsDays != null
            || command.creditBlocked != null;
    if (creditTerms && !isManager()) {
      throw new NotPermittedException("Only a manager or an admin may change credit terms");
    }
    if (command.phone != null) {
      requireUniquePhone(blankToNull(command.phone), id);
    }
    customer.change(
        command.name == null ? null : command.name.trim(),
        command.clears("email") ? "" : command.email,
        command.phone != null ? command.phone.trim() : command.clears("phone") ? "" : null,
        command.customerType,
        command.creditLimit,
        command.creditTermsDays,
        command.creditBlocked);
    if (command.isActive != null) {
      customer.setActive(command.isActive);
    }
    store.flush();
    return view(customer);
  }

  public CustomerView find(UUID id) {
    return view(store.find(Customer.class, id));
  }

  /** Customers, optionally matching {@code search} in name, phone or e-mail. */
  public Page<CustomerView> list(String search, PageRequest page) {
    return list(search, ActiveFilter.ACTIVE, page);
  }

  /** As {@link #list(String, PageRequest)}: active customers, retired ones or both. */
  public Page<CustomerView> list(String search, ActiveFilter active, PageRequest page) {
    boolean searching = search != null && !search.isBlank();
    Conditions where =
        new Conditions()
            .and(
                "(LOWER(e.name) LIKE :term OR e.phone LIKE :term OR LOWER(e.email) LIKE :term)",
                searching ? Map.of("term", SearchTerm.containing(search)) : null)
            .and(active.jpql(), active == ActiveFilter.ALL ? null : Map.of());
    Page<Customer> customers =
        store.page(Customer.class, where.where(), where.params(), "e.name, e.id", page);
    Map<UUID, BigDecimal> notYetDue =
        accounts.notYetDue(
            customers.results().stream().map(Customer::getId).toList(),
            LocalDate.now(ZoneOffset.UTC));
    return customers.map(c -> CustomerView.of(c, notYetDue.get(c.getId())));
  }

  private CustomerView view(Customer customer) {
    return CustomerView.of(
        customer,
        accounts
            .notYetDue(List.of(customer.getId()), LocalDate.now(ZoneOffset.UTC))
            .get(customer.getId()));
  }

  /** Deletes a customer nothing names (no sale, charge or payment): 409 in-use otherwise. */
  @Audited(value = "customer.deleted", entity = "Customer")
  public void delete(UUID id) {
    store.delete(store.find(Customer.class, id), "Customer");
  }

  /**
   * The customer pays down what they owe: Dr the tender's account / Cr 1100, and a PAYMENT on their
   * account. Paying more than is owed is refused (409): there is no credit balance.
   */
  @Audited(value = "customer.payment_received", entity = "Customer")
  public CreditTransactionView pay(UUID customerId, Tender tender) {
    store.find(Customer.class, customerId);
    PaymentMethod method = tender.method;
    if (method == PaymentMethod.CREDIT) {
      throw new InvalidInputException("method", "an account is paid with money, not with credit");
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    CustomerAccounts.Account account = accounts.lock(customerId, today);
    if (tender.amount.compareTo(account.credit().outstanding()) > 0) {
      throw new StateConflictException(
          "payment-exceeds-balance",
          "Payment exceeds the balance",
          "The customer owes "
              + account.credit().outstanding().setScale(2)
              + ", not "
              + tender.amount);
    }
    UUID transactionId = UUID.randomUUID();
    Map<String, UUID> accountIds = ledger.accountsByCode();
    UUID entry =
        ledger.post(
            SalePostingRules.forCustomerPayment(
                today,
                transactionId,
                account.name(),
                method,
                tender.amount,
                tender.reference,
                code -> Ledger.require(accountIds, code)));
    accounts.apply(
        account,
        new CustomerAccounts.Change(
            CustomerAccounts.PAYMENT,
            tender.amount.negate(),
            null,
            null,
            method.name(),
            tender.reference,
            null,
            entry),
        transactionId);
    return credit(transactionId);
  }

  /**
   * A customer's account history, newest first (all customers' when none is named). A cashier sees
   * the changes of sales at their own storefronts and payments on account, not other tills' sales.
   */
  public Page<CreditTransactionView> creditHistory(UUID customerId, PageRequest page) {
    String filter = customerId == null ? "" : " AND customer_id = ?2";
    if (tenant.hasRole(Role.CASHIER)) {
      filter +=
          " AND (sale_id IS NULL OR sale_id IN (SELECT s.id FROM sal_sale s"
              + " JOIN acc_user_storefront u ON u.storefront_id = s.storefront_id"
              + " WHERE s.business_id = ?1 AND u.user_id = ?3))";
    }
    var count =
        store.nativeQuery(
            "SELECT count(*) FROM sal_credit_transaction WHERE business_id = ?1" + filter);
    var rows =
        store.nativeQuery(
            "SELECT id, customer_id, transaction_type, amount, balance_before, balance_after, sale_id,"
                + " refund_id, method, reference, due_date, journal_entry_id, created_at"
                + " FROM sal_credit_transaction WHERE business_id = ?1"
                + filter
                + " ORDER BY created_at DESC, id LIMIT "
                + page.pageSize()
                + " OFFSET "
                + page.offset());
    if (customerId != null) {
      count.setParameter(2, customerId);
      rows.setParameter(2, customerId);
    }
    if (filter.contains("?3")) {
      UUID caller = tenant.userId().orElse(new UUID(0, 0));
      count.setParameter(3, caller);
      rows.setParameter(3, caller);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> results = rows.getResultList();
    return new Page<>(
        ((Number) count.getSingleResult()).longValue(),
        page,
        results.stream().map(Customers::creditView).toList());
  }

  private CreditTransactionView credit(UUID transactionId) {
    Object[] row =
        (Object[])
            store
                .nativeQuery(
                    "SELECT id, customer_id, transaction_type, amount, balance_before, balance_after,"
                        + " sale_id, refund_id, method, reference, due_date, journal_entry_id, created_at"
                        + " FROM sal_credit_transaction WHERE business_id = ?1 AND id = ?2")
                .setParameter(2, transactionId)
                .getSingleResult();
    return creditView(row);
  }

  private static CreditTransactionView creditView(Object[] r) {
    return new CreditTransactionView(
        (UUID) r[0],
        (UUID) r[1],
        (String) r[2],
        (BigDecimal) r[3],
        (BigDecimal) r[4],
        (BigDecimal) r[5],
        (UUID) r[6],
        (UUID) r[7],
        (String) r[8],
        (String) r[9],
        SqlValues.date(r[10]),
        (UUID) r[11],
        SqlValues.instant(r[12]));
  }

  private void requireUniquePhone(String phone, UUID self) {
    if (phone != null
        && store.list(Customer.class, "e.phone = :phone", Map.of("phone", phone), null).stream()
            .anyMatch(c -> !c.getId().equals(self))) {
      throw new InvalidInputException("phone", "another customer has this phone number");
    }
  }

  private boolean isManager() {
    return tenant.hasRole(Role.ADMIN, Role.MANAGER);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
