package app.pos.devkit;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds what an IT deploys: the very WAR Maven packaged for Payara Micro, plus whole test packages
 * (test-only resources) when a test needs them.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application(String... extraPackages) {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("pos.war")));
    for (String pkg : extraPackages) {
      war.addPackages(true, pkg);
    }
    return war;
  }
}
