package app.pos.devkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that works in its class's shared business (set up once, in {@code @BeforeAll}) instead of
 * one of its own: it only reads that business, is refused in it, or writes what no other test of
 * the class looks at. A registration is the costliest set-up a test has, so classes whose rules
 * only read share one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface InTheSharedBusiness {}
