package app.pos.subscriptions.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.subscriptions.entity.BillingInterval;
import app.pos.subscriptions.entity.Plan;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A plan as anyone may read it. Limits left null are unlimited. */
public record PlanView(
    UUID id,
    String code,
    String name,
    String description,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal price,
    String currency,
    BillingInterval interval,
    int trialDays,
    Limits limits,
    List<String> features,
    boolean isDefault,
    boolean isActive) {

  public record Limits(
      Integer users,
      Integer storefronts,
      Integer warehouses,
      Integer products,
      Integer monthlySales) {}

  static PlanView of(Plan p) {
    return new PlanView(
        p.getId(),
        p.getCode(),
        p.getName(),
        p.getDescription(),
        p.getPrice(),
        p.getCurrency(),
        p.getBillingInterval(),
        p.getTrialDays(),
        new Limits(
            p.getMaxUsers(),
            p.getMaxStorefronts(),
            p.getMaxWarehouses(),
            p.getMaxProducts(),
            p.getMaxMonthlySales()),
        p.getFeatures().isBlank()
            ? List.of()
            : Arrays.stream(p.getFeatures().split(",")).map(String::trim).toList(),
        p.isDefaultPlan(),
        p.isActive());
  }
}
