package app.pos.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a resource method (or every method of a resource class), checked by the
 * authentication filter against the caller the database confirms. Our own annotation rather than
 * {@code @RolesAllowed}: servers apply that one themselves, against the container's principal,
 * which the application's token verification does not set.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allow {
  String[] value();
}
