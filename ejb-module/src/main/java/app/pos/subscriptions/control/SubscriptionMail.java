package app.pos.subscriptions.control;

import app.pos.platform.control.Mailer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Mail about a subscription (renewal notices, failed payments, expiry), sent once the transaction
 * that decided it has committed, on another thread.
 */
@ApplicationScoped
public class SubscriptionMail {

  /** One message to a business owner. */
  public record Message(String to, String subject, String text) {}

  @Resource ManagedExecutorService executor;
  @Inject Mailer mailer;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Message message) {
    executor.submit(() -> mailer.send(message.to(), message.subject(), message.text()));
  }
}
