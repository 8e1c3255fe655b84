package app.pos.platform.control;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a component's {@code package-info.java}: the controls other components (and the web layer) may
 * use besides the component's boundary. The component rules test reads it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface PublicControls {

  Class<?>[] value();
}
