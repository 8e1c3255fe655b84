package app.pos.platform.control;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary method that only reads and may be a little stale (reports, exports, listings,
 * the read steps of jobs): with a healthy read replica configured, the {@link TenantStore} queries
 * made during the call go to the replica, except for a user who wrote something the replica has not
 * replayed yet. A call the replica fails is run again on the primary. Never put it on a method that
 * writes: the replica refuses writes. Without a replica configured it changes nothing.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadsReplica {}
