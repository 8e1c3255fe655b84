package app.pos.devkit;

import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the shared server runs: the WAR Maven packaged, plus the test-only probe resources of {@code
 * app.pos.testsupport} (clocks and counters some tests drive; unused, they change nothing).
 */
final class SharedServerDeployment {

  private SharedServerDeployment() {}

  static WebArchive application() {
    return Deployments.application("app.pos.testsupport");
  }
}
