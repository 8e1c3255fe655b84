package app.pos.platform.control;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work to run once the current transaction has ended, committed or rolled back. */
public final class AfterTransaction {

  private AfterTransaction() {}

  /** Runs {@code action} when the active transaction ends; nothing when none is active. */
  public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
    if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            action.run();
          }
        });
  }
}
