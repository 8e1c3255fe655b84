package app.pos.sales.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.sales.control.CreditPolicy;
import app.pos.sales.entity.Customer;
import app.pos.sales.entity.CustomerType;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer with their credit position: {@code overdue_amount} is what they owe beyond their
 * credit charges not yet due (payments settle the oldest charges first), {@code credit_status}
 * whether they may buy on credit (an inactive customer may not).
 */
public record CustomerView(
    UUID id,
    String name,
    String email,
    String phone,
    CustomerType customerType,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal creditLimit,
    int creditTermsDays,
    boolean creditBlocked,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal outstandingBalance,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal availableCredit,
    Instant createdAt,
    boolean isActive,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal overdueAmount,
    CreditPolicy.Standing creditStatus) {

  /**
   * @param notYetDue the customer's credit charges not yet due today
   */
  static CustomerView of(Customer c, BigDecimal notYetDue) {
    CreditPolicy.Position position =
        new CreditPolicy.Position(
            c.getCreditLimit(),
            c.getOutstandingBalance(),
            c.isCreditBlocked(),
            notYetDue == null ? BigDecimal.ZERO : notYetDue,
            c.isActive());
    return new CustomerView(
        c.getId(),
        c.getName(),
        c.getEmail(),
        c.getPhone(),
        c.getCustomerType(),
        c.getCreditLimit(),
        c.getCreditTermsDays(),
        c.isCreditBlocked(),
        c.getOutstandingBalance(),
        c.availableCredit(),
        c.getCreatedAt(),
        c.isActive(),
        position.overdue(),
        CreditPolicy.standing(position));
  }
}
