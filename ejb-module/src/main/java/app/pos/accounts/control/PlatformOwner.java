package app.pos.accounts.control;

import app.pos.accounts.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one superuser: the user whose e-mail equals PLATFORM_OWNER_EMAIL. No default address, so an
 * unset variable means no superuser at all.
 */
@ApplicationScoped
public class PlatformOwner {

  public Optional<String> email() {
    return ConfigProvider.getConfig()
        .getOptionalValue("platform.owner.email", String.class)
        .map(User::normalizeEmail)
        .filter(e -> !e.isBlank());
  }

  public boolean is(String email) {
    return email().filter(owner -> owner.equals(User.normalizeEmail(email))).isPresent();
  }
}
