package app.pos.accounts.boundary;

import app.pos.accounts.entity.Business;
import app.pos.platform.control.Audited;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.ReferenceData;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;

/** The caller's business and its settings; for the platform owner, every business. */
@Stateless
@CrossTenant("the business is the tenant row itself; the platform owner lists all")
public class Businesses {

  /** The kind of {@link ReferenceData} a business's settings are kept as. */
  private static final String SETTINGS = "business-settings";

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject ReferenceData reference;

  /** Whether a business exists on the platform (for the platform owner's tools). */
  public boolean exists(UUID id) {
    return store.unscoped().find(Business.class, id) != null;
  }

  /** Read by every sale: a copy kept a few seconds (see {@link ReferenceData}). */
  public BusinessView settings() {
    UUID business = tenant.businessId();
    return reference.read(
        SETTINGS, business, () -> BusinessView.of(store.unscoped().find(Business.class, business)));
  }

  /** The caller's business, to change: its kept settings go when the change commits. */
  private Business changing() {
    reference.changed(SETTINGS, tenant.businessId());
    return store.unscoped().find(Business.class, tenant.businessId());
  }

  @Audited(value = "business.settings_changed", entity = "Business")
  public BusinessView changeSettings(UpdateBusinessSettings command) {
    if (command.timeZone != null) {
      try {
        ZoneId.of(command.timeZone);
      } catch (DateTimeException e) {
        throw new InvalidInputException("time_zone", "is not a known time zone");
      }
    }
    Business business = changing();
    business.changeSettings(
        command.name == null ? null : command.name.trim(),
        command.currency,
        command.defaultTaxRate,
        command.timeZone,
        command.receiptHeader,
        command.receiptFooter,
        command.maxCashierDiscountPercent);
    if (command.appearance != null) {
      business.changeAppearance(
          command.appearance.theme, command.appearance.accentColor, command.appearance.logoUrl);
    }
    if (command.notifications != null) {
      business.changeNotifications(
          command.notifications.lowStockEmail,
          command.notifications.dailySummaryEmail,
          command.notifications.notificationEmail);
    }
    return BusinessView.of(business);
  }

  /** Every setting back to its default; the name and the currency stay. */
  @Audited(value = "business.settings_reset", entity = "Business")
  public BusinessView resetSettings() {
    Business business = changing();
    business.resetSettings();
    return BusinessView.of(business);
  }

  /** Every business on the platform; only the platform owner may ask (checked by the resource). */
  public Page<BusinessView> all(PageRequest page) {
    var em = store.unscoped();
    long count = em.createQuery("SELECT COUNT(b) FROM Business b", Long.class).getSingleResult();
    return new Page<>(
            count,
            page,
            em.createQuery("SELECT b FROM Business b ORDER BY b.createdAt, b.id", Business.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.pageSize())
                .getResultList())
        .map(BusinessView::of);
  }
}
