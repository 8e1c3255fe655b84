package app.pos.platform.control;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary method whose success is written to the audit trail, in its own transaction: the
 * action name, the entity it returned (by its {@code id}) and the command's fields as changes.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

  /** The action in the business's words, such as {@code user.created}. */
  @Nonbinding
  String value() default "";

  /** The type of entity the action changes, such as {@code User}. */
  @Nonbinding
  String entity() default "";
}
