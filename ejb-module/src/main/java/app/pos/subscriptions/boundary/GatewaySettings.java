package app.pos.subscriptions.boundary;

import app.pos.platform.control.Audited;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.SqlValues;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.entity.Role;
import app.pos.subscriptions.control.GatewayKeys;
import app.pos.subscriptions.control.PaystackGateway;
import app.pos.subscriptions.control.SecretBox;
import app.pos.subscriptions.control.StripeGateway;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the gateway keys come from: a row the platform owner saved (secrets sealed with {@code
 * POS_SECRETS_KEY}) or, failing that, configuration ({@code STRIPE_SECRET_KEY}, {@code
 * PAYSTACK_SECRET_KEY}, ...). Secrets are never returned by any endpoint.
 */
@Stateless
@CrossTenant("gateway settings are platform data, owned by no business")
public class GatewaySettings {

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;

  /**
   * A gateway's settings as the platform owner sees them: which secrets are set, never their value.
   */
  public record GatewayView(
      String gateway,
      String source,
      String apiBase,
      String publicKey,
      boolean secretKeySet,
      boolean webhookSecretSet,
      boolean isActive,
      Instant updatedAt) {}

  public GatewayKeys keys(String gateway) {
    Config config = ConfigProvider.getConfig();
    String prefix = gateway.toLowerCase();
    String apiBase =
        config
            .getOptionalValue(prefix + ".api.base", String.class)
            .orElse(
                StripeGateway.NAME.equals(gateway)
                    ? "https://api.stripe.com"
                    : "https://api.paystack.co");
    Optional<Object[]> row = row(gateway).filter(r -> Boolean.TRUE.equals(r[3]));
    if (row.isPresent() && row.get()[1] != null) {
      SecretBox box = box();
      String secret = box.open((String) row.get()[1]);
      String webhook = row.get()[2] == null ? null : box.open((String) row.get()[2]);
      return new GatewayKeys(
          gateway,
          apiBase,
          (String) row.get()[0],
          secret,
          PaystackGateway.NAME.equals(gateway) ? secret : webhook);
    }
    String secret = config.getOptionalValue(prefix + ".secret.key", String.class).orElse(null);
    return new GatewayKeys(
        gateway,
        apiBase,
        config.getOptionalValue(prefix + ".public.key", String.class).orElse(null),
        secret,
        PaystackGateway.NAME.equals(gateway)
            ? secret
            : config.getOptionalValue(prefix + ".webhook.secret", String.class).orElse(null));
  }

  /** Which gateways are set up: the platform owner, and a business's ADMIN or MANAGER, read it. */
  public List<GatewayView> list() {
    if (!tenant.isSuperuser() && !tenant.hasRole(Role.ADMIN, Role.MANAGER)) {
      throw new NotPermittedException("Only administrators and managers read payment gateways");
    }
    List<GatewayView> views = new ArrayList<>();
    for (String gateway : List.of(StripeGateway.NAME, PaystackGateway.NAME)) {
      views.add(view(gateway));
    }
    return views;
  }

  /** Saves a gateway's keys (sealed); absent secrets keep their sealed value. */
  @Audited(value = "gateway_config.saved", entity = "PaymentGatewayConfig")
  public GatewayView save(String gateway, SaveGatewayConfig command) {
    requireSuperuser();
    if (!StripeGateway.NAME.equals(gateway) && !PaystackGateway.NAME.equals(gateway)) {
      throw new InvalidInputException("gateway", "must be STRIPE or PAYSTACK");
    }
    SecretBox box = box();
    Optional<Object[]> current = row(gateway);
    String secret =
        command.secretKey != null
            ? box.seal(command.secretKey)
            : current.map(r -> (String) r[1]).orElse(null);
    String webhook =
        command.webhookSecret != null
            ? box.seal(command.webhookSecret)
            : current.map(r -> (String) r[2]).orElse(null);
    em.createNativeQuery(
            "INSERT INTO sub_gateway_config (gateway, public_key, secret_key_sealed, webhook_secret_sealed,"
                + " is_active, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, now()) ON CONFLICT (gateway)"
                + " DO UPDATE SET public_key = EXCLUDED.public_key, secret_key_sealed ="
                + " EXCLUDED.secret_key_sealed, webhook_secret_sealed = EXCLUDED.webhook_secret_sealed,"
                + " is_active = EXCLUDED.is_active, updated_at = now()")
        .setParameter(1, gateway)
        .setParameter(2, command.publicKey)
        .setParameter(3, secret)
        .setParameter(4, webhook)
        .setParameter(5, command.isActive == null || command.isActive)
        .executeUpdate();
    return view(gateway);
  }

  private GatewayView view(String gateway) {
    Optional<Object[]> row = row(gateway);
    GatewayKeys keys = keys(gateway);
    return new GatewayView(
        gateway,
        row.isPresent() && Boolean.TRUE.equals(row.get()[3]) && row.get()[1] != null
            ? "database"
            : "configuration",
        keys.apiBase(),
        keys.publicKey(),
        keys.configured(),
        keys.webhookSecret() != null && !keys.webhookSecret().isBlank(),
        row.map(r -> Boolean.TRUE.equals(r[3])).orElse(keys.configured()),
        row.map(r -> SqlValues.instant(r[4])).orElse(null));
  }

  private Optional<Object[]> row(String gateway) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT public_key, secret_key_sealed, webhook_secret_sealed, is_active, updated_at"
                    + " FROM sub_gateway_config WHERE gateway = ?1")
            .setParameter(1, gateway)
            .getResultList();
    return rows.stream().findFirst();
  }

  private static SecretBox box() {
    String passphrase =
        ConfigProvider.getConfig().getOptionalValue("pos.secrets.key", String.class).orElse(null);
    if (passphrase == null || passphrase.length() < 16) {
      throw new StateConflictException(
          "secrets-key-missing",
          "Secrets key not configured",
          "Set POS_SECRETS_KEY (16 characters or more) to store gateway secrets in the database");
    }
    return new SecretBox(passphrase);
  }

  private void requireSuperuser() {
    if (!tenant.isSuperuser()) {
      throw new NotPermittedException("Only the platform owner manages payment gateways");
    }
  }
}
