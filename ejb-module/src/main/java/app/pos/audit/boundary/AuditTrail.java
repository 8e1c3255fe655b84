package app.pos.audit.boundary;

import app.pos.audit.control.SecretMasking;
import app.pos.audit.entity.AuditLog;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.JsonCodec;
import app.pos.platform.control.PosJson;
import app.pos.platform.control.RequestOrigin;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Writes audit rows: who did what to which object, from where, with secrets masked. */
@Stateless
@CrossTenant("writes rows for refused sign-ins, which belong to no business")
public class AuditTrail {

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;
  @Inject RequestOrigin origin;

  /** In the caller's transaction: the row exists exactly when the change does. */
  public void record(String action, String entityType, String entityId, Map<String, ?> changes) {
    UUID business = tenant.isBound() ? tenant.businessId() : null;
    write(business, tenant.userId().orElse(null), action, entityType, entityId, changes);
  }

  /**
   * In a transaction of its own, for events that must stay recorded although the request fails (a
   * refused sign-in).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordIndependently(
      UUID business,
      UUID user,
      String action,
      String entityType,
      String entityId,
      Map<String, ?> changes) {
    write(business, user, action, entityType, entityId, changes);
  }

  /** The same, for a caller whose business and user are known explicitly (sign-in, register). */
  public void recordFor(
      UUID business,
      UUID user,
      String action,
      String entityType,
      String entityId,
      Map<String, ?> changes) {
    write(business, user, action, entityType, entityId, changes);
  }

  private void write(
      UUID business,
      UUID user,
      String action,
      String entityType,
      String entityId,
      Map<String, ?> changes) {
    String json = PosJson.jsonb().toJson(SecretMasking.mask(changes == null ? Map.of() : changes));
    em.persist(
        new AuditLog(
            business,
            user,
            action,
            entityType,
            entityId,
            json,
            origin.ipAddress(),
            origin.userAgent()));
  }

  /** The fields of a command as the API names them (snake_case), for the changes column. */
  public static Map<String, Object> fieldsOf(Object command) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (command == null) {
      return fields;
    }
    String json = PosJson.jsonb().toJson(command);
    try (JsonReader reader = JsonCodec.JSON.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object) {
        object.forEach((k, v) -> fields.put(k, unwrap(v)));
      }
    }
    return fields;
  }

  private static Object unwrap(JsonValue v) {
    return switch (v.getValueType()) {
      case STRING -> ((jakarta.json.JsonString) v).getString();
      case NUMBER -> ((jakarta.json.JsonNumber) v).bigDecimalValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      default -> v.toString();
    };
  }

  /** The id of a use case's result ({@code id()} or {@code getId()}), when it has one. */
  public static Optional<String> idOf(Object result) {
    if (result == null) {
      return Optional.empty();
    }
    for (String name : new String[] {"id", "getId"}) {
      try {
        Method accessor = result.getClass().getMethod(name);
        Object id = accessor.invoke(result);
        return Optional.ofNullable(id).map(Object::toString);
      } catch (ReflectiveOperationException e) {
        // try the next accessor name
      }
    }
    return Optional.empty();
  }
}
