package app.pos.devkit;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mail the application under test sent to one address, read from the run's SMTP server. */
public final class Inbox {

  /** One message as a reader sees it: its subject, plain-text part and HTML part. */
  public record Mail(String subject, String text, String html) {

    /** The token of the first link in the plain text whose path ends with {@code path}. */
    public String token(String path) {
      Matcher m =
          Pattern.compile("https?://\\S+" + Pattern.quote(path) + "\\?token=([A-Za-z0-9_%-]+)")
              .matcher(text);
      if (!m.find()) {
        throw new AssertionError("No " + path + " link in: " + text);
      }
      return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private Inbox() {}

  /** Every message to that address whose subject contains {@code subject}, oldest first. */
  public static List<Mail> of(String address, String subject) {
    return of(address).stream().filter(m -> m.subject().contains(subject)).toList();
  }

  /** Every message to that address so far, oldest first. */
  public static List<Mail> of(String address) {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage m : TestDatabaseSession.mailbox().getReceivedMessages()) {
      Received received = RECEIVED.computeIfAbsent(m, Inbox::receive);
      if (received.recipients().contains(address.toLowerCase(Locale.ROOT))) {
        mails.add(received.mail());
      }
    }
    return mails;
  }

  /** A message read once: the whole run's mail is searched on every look-up, often many times. */
  private record Received(Set<String> recipients, Mail mail) {}

  private static final Map<MimeMessage, Received> RECEIVED = new ConcurrentHashMap<>();

  private static Received receive(MimeMessage m) {
    try {
      Set<String> recipients = new HashSet<>();
      for (Address a : m.getAllRecipients()) {
        recipients.add(a.toString().toLowerCase(Locale.ROOT));
      }
      return new Received(recipients, read(m));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits (up to 20 s, woken by each arriving message) until that address has {@code count}
   * messages whose subject contains {@code subject}.
   */
  public static List<Mail> await(String address, String subject, int count) {
    long deadline = System.currentTimeMillis() + 20_000;
    List<Mail> mails = of(address, subject);
    while (mails.size() < count && System.currentTimeMillis() < deadline) {
      int received = TestDatabaseSession.mailbox().getReceivedMessages().length;
      TestDatabaseSession.mailbox().waitForIncomingEmail(250, received + 1);
      mails = of(address, subject);
    }
    if (mails.size() < count) {
      throw new AssertionError(address + " got " + mails.size() + " mails, expected " + count);
    }
    return mails;
  }

  /** The newest of {@code count} expected messages. */
  public static Mail latest(String address, String subject, int count) {
    List<Mail> mails = await(address, subject, count);
    return mails.get(mails.size() - 1);
  }

  // read without Activation's content handlers: the test classpath mixes javax and jakarta ones
  private static Mail read(MimeMessage m) throws MessagingException, IOException {
    String text = null;
    String html = null;
    if (m.isMimeType("multipart/*")) {
      MimeMultipart parts =
          new MimeMultipart(new ByteArrayDataSource(m.getRawInputStream(), m.getContentType()));
      for (int i = 0; i < parts.getCount(); i++) {
        MimeBodyPart part = (MimeBodyPart) parts.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          text = decoded(part.getRawInputStream(), part.getEncoding());
        } else if (part.isMimeType("text/html")) {
          html = decoded(part.getRawInputStream(), part.getEncoding());
        }
      }
    } else {
      text = decoded(m.getRawInputStream(), m.getEncoding());
    }
    return new Mail(m.getSubject(), text, html);
  }

  private static String decoded(InputStream raw, String encoding)
      throws MessagingException, IOException {
    try (InputStream in = encoding == null ? raw : MimeUtility.decode(raw, encoding)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
