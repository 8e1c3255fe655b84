package app.pos.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends mail (plain text, or plain text with an HTML alternative) over SMTP with Jakarta Mail,
 * configured by MAIL_HOST, MAIL_PORT, MAIL_FROM, MAIL_USERNAME, MAIL_PASSWORD and MAIL_STARTTLS.
 * Without MAIL_HOST, mail is logged and not sent.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  /**
   * Built once, from the SMTP settings as first read (they are fixed for the server's life): a new
   * Session reads its providers and address maps from the class path.
   */
  private volatile Session session;

  public void send(String to, String subject, String text) {
    send(to, subject, text, null);
  }

  /**
   * With {@code html}, a multipart/alternative message: clients that cannot show HTML read text.
   */
  public void send(String to, String subject, String text, String html) {
    Config config = ConfigProvider.getConfig();
    Optional<String> host = config.getOptionalValue("mail.host", String.class);
    if (host.isEmpty()) {
      LOG.info(() -> "MAIL_HOST not set; not sending \"" + subject + "\" to " + to);
      return;
    }
    try {
      MimeMessage message = new MimeMessage(session(config, host.get()));
      message.setFrom(
          new InternetAddress(
              config.getOptionalValue("mail.from", String.class).orElse("no-reply@pos.invalid")));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
      message.setSubject(subject, "UTF-8");
      if (html == null) {
        message.setText(text, "UTF-8");
      } else {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", plain, rich));
      }
      message.setSentDate(new Date());
      Transport.send(message);
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Could not send \"" + subject + "\" to " + to, e);
    }
  }

  private Session session(Config config, String host) {
    Session built = session;
    if (built != null) {
      return built;
    }
    Properties smtp = new Properties();
    smtp.put("mail.smtp.host", host);
    smtp.put("mail.smtp.port", config.getOptionalValue("mail.port", String.class).orElse("25"));
    smtp.put("mail.smtp.connectiontimeout", "10000");
    smtp.put("mail.smtp.timeout", "10000");
    smtp.put(
        "mail.smtp.starttls.enable",
        config.getOptionalValue("mail.starttls", String.class).orElse("false"));
    Optional<String> user = config.getOptionalValue("mail.username", String.class);
    Authenticator login = null;
    if (user.isPresent()) {
      smtp.put("mail.smtp.auth", "true");
      String password = config.getOptionalValue("mail.password", String.class).orElse("");
      login =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user.get(), password);
            }
          };
    }
    built = Session.getInstance(smtp, login);
    session = built;
    return built;
  }
}
