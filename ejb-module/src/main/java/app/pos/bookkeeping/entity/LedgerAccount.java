package app.pos.bookkeeping.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** An account of the business's chart of accounts. */
@Entity
@Table(name = "bk_ledger_account")
public class LedgerAccount extends TenantOwned {

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_type", nullable = false, updatable = false)
  private AccountType accountType;

  @Column(name = "parent_id")
  private UUID parentId;

  @Column(name = "is_system", nullable = false, updatable = false)
  private boolean system;

  @Column(name = "is_active", nullable = false)
  private boolean active;

  protected LedgerAccount() {}

  public LedgerAccount(
      String code, String name, AccountType accountType, UUID parentId, boolean system) {
    this.code = code;
    this.name = name;
    this.accountType = accountType;
    this.parentId = parentId;
    this.system = system;
    this.active = true;
  }

  public void deactivate() {
    this.active = false;
  }

  public void activate() {
    this.active = true;
  }

  public void rename(String name) {
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public AccountType getAccountType() {
    return accountType;
  }

  public UUID getParentId() {
    return parentId;
  }

  public boolean isSystem() {
    return system;
  }

  public boolean isActive() {
    return active;
  }
}
