package app.pos.devkit;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;

/**
 * Gives every {@link SharedServer} class the same deployment, deployed once. Arquillian deploys per
 * test class (and the Payara Micro adapter boots a server per deployment): this observer lets the
 * first shared class generate and deploy {@link SharedServerDeployment}, hands later shared classes
 * that same scenario without deploying again, ignores their undeploys, and undeploys when the
 * containers stop at the end of the run. Classes with a deployment of their own are left alone.
 */
public class SharedServerDeployer {

  /** Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}. */
  public static class Extension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
      builder.observer(SharedServerDeployer.class);
    }
  }

  @Inject private Instance<ClassContext> classContext;

  @Inject @ClassScoped private InstanceProducer<DeploymentScenario> classScenario;

  @Inject private Event<GenerateDeployment> generateDeployment;

  @Inject private Event<UnDeployManagedDeployments> undeployManaged;

  private DeploymentScenario shared;
  private boolean generatingShared;
  private boolean deployed;
  private boolean undeployingShared;

  public void generate(@Observes EventContext<GenerateDeployment> context) {
    boolean sharedClass = context.getEvent().getTestClass().isAnnotationPresent(SharedServer.class);
    if (!sharedClass || generatingShared) {
      context.proceed();
      return;
    }
    if (shared == null) {
      generatingShared = true;
      try {
        generateDeployment.fire(
            new GenerateDeployment(new TestClass(SharedServerDeployment.class)));
      } finally {
        generatingShared = false;
      }
      shared = classScenario.get();
    } else {
      classScenario.set(shared);
    }
  }

  public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
    if (!isShared(classScenario.get())) {
      context.proceed();
      return;
    }
    if (!deployed) {
      context.proceed(); // a failed boot throws and leaves deployed false: the next class retries
      deployed = true;
    }
  }

  public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
    if (!isShared(classScenario.get()) || undeployingShared) {
      context.proceed();
    }
  }

  public void undeployAtTheEnd(@Observes BeforeStop event) {
    if (!deployed) {
      return;
    }
    deployed = false;
    ClassContext classes = classContext.get();
    classes.activate(SharedServerDeployment.class);
    undeployingShared = true;
    try {
      classScenario.set(shared);
      undeployManaged.fire(new UnDeployManagedDeployments());
    } finally {
      undeployingShared = false;
      classes.deactivate();
      classes.destroy(SharedServerDeployment.class);
    }
  }

  private boolean isShared(DeploymentScenario scenario) {
    return shared != null && scenario == shared;
  }
}
