package app.pos.sales.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.sales.entity.Customer;
import app.pos.sales.entity.CustomerType;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A customer with their credit position. */
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
    boolean isActive) {

  static CustomerView of(Customer c) {
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
        c.isActive());
  }
}
