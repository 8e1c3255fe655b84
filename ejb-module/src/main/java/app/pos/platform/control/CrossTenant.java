package app.pos.platform.control;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few classes that use the EntityManager directly instead of {@link TenantStore}, with
 * the reason. An architecture test refuses direct use anywhere else, so a query that forgets the
 * tenant cannot slip in unnoticed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CrossTenant {
  /** Why this class may not (or need not) go through the tenant store. */
  String value();
}
