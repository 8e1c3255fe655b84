package app.pos.sales.boundary;

import app.pos.audit.control.Audited;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.SearchTerm;
import app.pos.platform.control.TenantStore;
import app.pos.sales.entity.Customer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** The business's customers. */
@Stateless
public class Customers {

  @Inject TenantStore store;

  @Audited(value = "customer.created", entity = "Customer")
  public CustomerView create(CreateCustomer command) {
    String phone = command.phone == null || command.phone.isBlank() ? null : command.phone.trim();
    if (phone != null
        && !store
            .list(Customer.class, "e.phone = :phone", Map.of("phone", phone), null)
            .isEmpty()) {
      throw new InvalidInputException("phone", "another customer has this phone number");
    }
    Customer customer =
        new Customer(
            command.name.trim(),
            command.email,
            phone,
            command.customerType,
            command.creditLimit == null ? BigDecimal.ZERO : command.creditLimit,
            command.creditTermsDays == null ? 30 : command.creditTermsDays);
    return CustomerView.of(store.persist(customer));
  }

  public CustomerView find(UUID id) {
    return CustomerView.of(store.find(Customer.class, id));
  }

  /** Customers, optionally matching {@code search} in name, phone or e-mail. */
  public Page<CustomerView> list(String search, PageRequest page) {
    if (search == null || search.isBlank()) {
      return store.page(Customer.class, "", Map.of(), "e.name, e.id", page).map(CustomerView::of);
    }
    String term = SearchTerm.containing(search);
    return store
        .page(
            Customer.class,
            "LOWER(e.name) LIKE :term OR e.phone LIKE :term OR LOWER(e.email) LIKE :term",
            Map.of("term", term),
            "e.name, e.id",
            page)
        .map(CustomerView::of);
  }
}
