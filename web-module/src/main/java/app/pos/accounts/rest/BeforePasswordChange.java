package app.pos.accounts.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Callable by someone who signed in with a temporary password and has not chosen their own yet
 * (change it, read who they are, sign out); everything else answers 403 password-change-required.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BeforePasswordChange {}
