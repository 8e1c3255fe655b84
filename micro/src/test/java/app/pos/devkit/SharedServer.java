package app.pos.devkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A black-box IT that runs against the one Payara Micro the whole test run shares ({@link
 * SharedServerExtension} boots it with {@link SharedServerDeployment}): the server boots once per
 * run, not once per class, and its address fills the class's {@code @ArquillianResource URL}
 * fields. A class that needs a server of its own (other settings, another database) uses
 * Arquillian, with its own {@code @Deployment} and {@code @ExtendWith(ArquillianExtension.class)}.
 *
 * <p>Classes share one server and one database, so a test must not depend on what another class did
 * or did not do: each works in businesses and users it creates itself. Classes run at the same time
 * (junit-platform.properties); one whose checks see the whole database or server-wide state is
 * marked {@code @Isolated} and runs alone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SharedServerExtension.class)
public @interface SharedServer {}
