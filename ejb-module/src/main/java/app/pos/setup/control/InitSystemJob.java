package app.pos.setup.control;

import app.pos.accounts.boundary.EmailAlreadyRegisteredException;
import app.pos.accounts.boundary.RegisterBusiness;
import app.pos.accounts.boundary.Registrations;
import app.pos.platform.control.JobDefinition;
import app.pos.platform.control.JobDefinition.Parameter;
import app.pos.platform.control.JobSecrets;
import app.pos.platform.control.TenantJob;
import app.pos.subscriptions.boundary.Plans;
import app.pos.subscriptions.boundary.SubscriptionLifecycle;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * init-system: what a fresh platform needs, safe to run again. Roles are fixed by the product (no
 * rows); the default plans are created when missing; businesses without a subscription start a
 * trial; an administrator is registered when asked for and not there yet.
 */
@Named("initSystemJob")
@Dependent
public class InitSystemJob extends TenantJob {

  /** The jobs API offers this job (see {@code Jobs}). */
  @Produces
  public static final JobDefinition DEFINITION =
      new JobDefinition(
          "init-system",
          "Default plans, trial subscriptions for businesses without one, and optionally an"
              + " administrator; safe to run again",
          true,
          List.of(
              Parameter.of("admin_email", "email", false, null, "an administrator to create"),
              Parameter.of("admin_password", "password", false, null, "their password")));

  @Inject Plans plans;
  @Inject SubscriptionLifecycle lifecycle;
  @Inject Registrations registrations;
  @Inject JobSecrets secrets;

  /** What the run did. */
  public record Outcome(int plansCreated, int trialsStarted, String admin) {}

  @Override
  protected Result work(Properties parameters, Progress progress) {
    progress.done(0, 3);
    int created = plans.ensureDefaults();
    progress.done(1, 3);
    int trials = lifecycle.startMissingTrials();
    progress.done(2, 3);
    // the password is handed over in memory: a run's stored parameters never hold it
    String password =
        secrets.take(UUID.fromString(parameters.getProperty("runId"))).get("admin_password");
    String email = parameters.getProperty("admin_email");
    String admin = "not requested";
    if (email != null) {
      RegisterBusiness command = new RegisterBusiness();
      command.businessName = "Platform administration";
      command.email = email;
      command.password = password;
      command.firstName = "Platform";
      command.lastName = "Administrator";
      if (command.password == null) {
        throw new IllegalArgumentException("admin_password is needed with admin_email");
      }
      try {
        registrations.register(command);
        admin = "created " + email;
      } catch (EmailAlreadyRegisteredException e) {
        admin = email + " exists";
      }
    }
    progress.done(3, 3);
    return new Result(new Outcome(created, trials, admin), null);
  }
}
