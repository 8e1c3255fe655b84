package app.pos.accounts.control;

import app.pos.accounts.boundary.Businesses;
import app.pos.platform.control.BusinessName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The caller's business's name from its settings, for the platform. */
@ApplicationScoped
public class CallerBusinessName implements BusinessName {

  @Inject Businesses businesses;

  @Override
  public String ofCaller() {
    return businesses.settings().name();
  }

  @Override
  public String timeZoneOfCaller() {
    return businesses.settings().timeZone();
  }
}
