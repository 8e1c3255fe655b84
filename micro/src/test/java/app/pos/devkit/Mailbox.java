package app.pos.devkit;

import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The mail the server sent during this run, as the run's SMTP server (GreenMail) received it. The
 * server mails after its transaction commits, so a test waits for a message rather than reading the
 * inbox at once.
 */
public final class Mailbox {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private Mailbox() {}

  /**
   * The first message to {@code to} whose subject contains {@code subjectPart}; fails after 20 s.
   */
  public static MimeMessage awaitMessage(String to, String subjectPart) {
    return await("mail to " + to + " about \"" + subjectPart + "\"")
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> find(to, subjectPart), Optional::isPresent)
        .get();
  }

  /** The first message so far to {@code to} whose subject contains {@code subjectPart}. */
  public static Optional<MimeMessage> find(String to, String subjectPart) {
    return Arrays.stream(TestDatabaseSession.mailbox().getReceivedMessages())
        .filter(m -> isTo(m, to) && subject(m).contains(subjectPart))
        .findFirst();
  }

  /** How many messages so far went to {@code to} with {@code subjectPart} in their subject. */
  public static long count(String to, String subjectPart) {
    return Arrays.stream(TestDatabaseSession.mailbox().getReceivedMessages())
        .filter(m -> isTo(m, to) && subject(m).contains(subjectPart))
        .count();
  }

  private static boolean isTo(MimeMessage message, String to) {
    try {
      return message.getAllRecipients() != null
          && Arrays.stream(message.getAllRecipients())
              .anyMatch(a -> a.toString().equalsIgnoreCase(to));
    } catch (MessagingException e) {
      return false;
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject() == null ? "" : message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }
}
