package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.entity.LedgerAccount;
import app.pos.platform.control.MoneyJsonSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.util.UUID;

/** An account with its balance, positive on its normal side. */
public record LedgerAccountView(
    UUID id,
    String code,
    String name,
    String accountType,
    String normalSide,
    UUID parentId,
    boolean isSystem,
    boolean isActive,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal balance) {

  public static LedgerAccountView of(LedgerAccount a, BigDecimal debits, BigDecimal credits) {
    return new LedgerAccountView(
        a.getId(),
        a.getCode(),
        a.getName(),
        a.getAccountType().name(),
        a.getAccountType().normalSide().name(),
        a.getParentId(),
        a.isSystem(),
        a.isActive(),
        a.getAccountType().balance(debits, credits));
  }
}
