package app.pos.audit.control;

import app.pos.audit.boundary.AuditTrail;
import app.pos.platform.control.Audited;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.UUID;

/** Writes the audit row of an {@link Audited} use case once it has succeeded, before commit. */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

  @Inject AuditTrail trail;

  @AroundInvoke
  Object audit(InvocationContext call) throws Exception {
    Object result = call.proceed();
    Method method = call.getMethod();
    Audited audited = method.getAnnotation(Audited.class);
    if (audited == null) {
      audited = method.getDeclaringClass().getAnnotation(Audited.class);
    }
    String action =
        audited == null || audited.value().isEmpty()
            ? method.getDeclaringClass().getSimpleName() + "." + method.getName()
            : audited.value();
    String entity = audited == null ? "" : audited.entity();
    Object command = null;
    UUID targetId = null;
    // a use case without parameters (a reset) has none to read: the container may give null
    Object[] arguments = call.getParameters() == null ? new Object[0] : call.getParameters();
    for (Object argument : arguments) {
      if (argument instanceof UUID id && targetId == null) {
        targetId = id;
      } else if (argument != null && command == null && !(argument instanceof UUID)) {
        command = argument;
      }
    }
    String entityId = AuditTrail.idOf(result).orElse(targetId == null ? null : targetId.toString());
    trail.record(action, entity.isEmpty() ? null : entity, entityId, AuditTrail.fieldsOf(command));
    return result;
  }
}
