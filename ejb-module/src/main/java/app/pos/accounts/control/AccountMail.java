package app.pos.accounts.control;

import app.pos.platform.control.Mailer;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail about a person's account (password reset links and the like), rendered from the templates
 * {@code META-INF/mail/<template>.txt} and {@code .html} (Mustache: values are HTML-escaped in the
 * HTML part) and sent once the transaction that asked for it has committed, on another thread: a
 * link is only mailed for a token that exists, and a slow mail server never holds up the answer.
 */
@ApplicationScoped
public class AccountMail {

  /** One message: the template's name, its subject and the values it shows. */
  public record Message(String to, String template, String subject, Map<String, Object> values) {}

  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  @Resource ManagedExecutorService executor;
  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "pos.app.url", defaultValue = "http://localhost:8080")
  String appUrl;

  /** The frontend's link to {@code page} (such as {@code reset-password}) carrying a token. */
  public String link(String page, String token) {
    return appUrl.replaceAll("/+$", "")
        + "/"
        + page
        + "?token="
        + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  /** The frontend's page (such as {@code login}), without a token. */
  public String page(String page) {
    return appUrl.replaceAll("/+$", "") + "/" + page;
  }

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Message message) {
    String text = render(message.template() + ".txt", message.values());
    String html = render(message.template() + ".html", message.values());
    executor.submit(() -> mailer.send(message.to(), message.subject(), text, html));
  }

  /** Renders one template; the plain-text one gets values unescaped. */
  public String render(String name, Map<String, Object> values) {
    Mustache template = compiled.computeIfAbsent(name, AccountMail::compile);
    StringWriter out = new StringWriter();
    template.execute(out, values);
    return out.toString();
  }

  private static Mustache compile(String name) {
    boolean html = name.endsWith(".html");
    MustacheFactory factory =
        html
            ? new DefaultMustacheFactory()
            : new DefaultMustacheFactory() {
              @Override
              public void encode(String value, java.io.Writer writer) {
                try {
                  writer.write(value);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            };
    InputStream in = AccountMail.class.getResourceAsStream("/META-INF/mail/" + name);
    if (in == null) {
      throw new IllegalStateException("No mail template " + name);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return factory.compile(reader, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
