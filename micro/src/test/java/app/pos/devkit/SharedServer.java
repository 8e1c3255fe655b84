package app.pos.devkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A black-box IT that runs against the one Payara Micro the whole test run shares ({@link
 * SharedServerDeployment}): the server boots once per run, not once per class. A class that needs a
 * server of its own (other settings, another database) keeps its own {@code @Deployment} and
 * {@code @ExtendWith(ArquillianExtension.class)} instead.
 *
 * <p>Classes share one server and one database, so a test must not depend on what another class did
 * or did not do: each works in businesses and users it creates itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ArquillianExtension.class)
public @interface SharedServer {}
