package app.pos.accounts.boundary;

import app.pos.accounts.entity.UserProfile;
import app.pos.platform.control.Audited;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.PosJson;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

/** Each member of staff's own profile; created on first use. */
@Stateless
@CrossTenant("a profile is keyed by the caller's own user id")
public class Profiles {

  private static final int MAX_PREFERENCES_JSON = 10_000;

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;

  public ProfileView mine() {
    return ProfileView.of(own());
  }

  @Audited(value = "profile.changed", entity = "UserProfile")
  public ProfileView change(UpdateProfile command) {
    String preferences = null;
    if (command.preferences != null) {
      preferences = PosJson.jsonb().toJson(command.preferences);
      if (preferences.length() > MAX_PREFERENCES_JSON) {
        throw new InvalidInputException("preferences", "must be at most 10 kB of JSON");
      }
    }
    UserProfile profile = own();
    profile.change(command.phone, command.avatarUrl, preferences);
    return ProfileView.of(profile);
  }

  private UserProfile own() {
    UUID user = tenant.userId().orElseThrow();
    UserProfile profile = store.unscoped().find(UserProfile.class, user);
    if (profile == null) {
      profile = new UserProfile(user, tenant.businessId());
      store.unscoped().persist(profile);
      store.unscoped().flush();
    }
    return profile;
  }
}
