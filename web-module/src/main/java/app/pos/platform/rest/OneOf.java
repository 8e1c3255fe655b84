package app.pos.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text query parameter that takes one of an enum's names (read with {@link QueryEnums#parse}):
 * the OpenAPI document lists the names, so a generated client offers exactly those.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface OneOf {
  Class<? extends Enum<?>> value();
}
