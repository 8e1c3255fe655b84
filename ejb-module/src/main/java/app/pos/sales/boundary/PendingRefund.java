package app.pos.sales.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.sales.entity.PaymentMethod;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.util.List;

/**
 * A pending sale refunded: CANCELLED with its reservation released, and the money taken for it
 * handed back, by tender ({@code handed_back}).
 */
public record PendingRefund(
    SaleView sale,
    List<HandedBack> handedBack,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal totalHandedBack) {

  /** Money handed back by one tender. */
  public record HandedBack(
      PaymentMethod method, @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amount) {}
}
