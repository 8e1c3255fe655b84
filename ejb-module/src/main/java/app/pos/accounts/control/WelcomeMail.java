package app.pos.accounts.control;

import app.pos.accounts.boundary.UserCreated;
import app.pos.platform.control.Mailer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Welcomes a new member of staff once the transaction that created them has committed, on another
 * thread: a slow or failing mail server never holds up or undoes the sign-up.
 */
@ApplicationScoped
public class WelcomeMail {

  @Resource ManagedExecutorService executor;
  @Inject Mailer mailer;

  void onUserCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserCreated user) {
    executor.submit(
        () ->
            mailer.send(
                user.email(),
                "Welcome to " + user.businessName(),
                "Hello "
                    + user.firstName()
                    + ",\n\nYou can now sign in to "
                    + user.businessName()
                    + " with this e-mail address.\n"));
  }
}
