package app.pos.platform.rest;

import app.pos.platform.control.JsonCodec;
import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.platform.control.UnitPriceJsonSerializer;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * JSON Schemas (OpenAPI 3.0) of the classes JSON-B reads and writes, derived the way JSON-B sees
 * them: snake_case property names ({@link app.pos.platform.control.PosJson}), records by their
 * components, commands by their public fields, {@code @JsonbProperty} and {@code @JsonbTransient}
 * honoured. Bean Validation constraints become {@code required}, lengths, ranges and patterns; a
 * pattern that is a list of upper-case words ({@code "RETAIL|WHOLESALE"}) becomes an enum. Money
 * (written by {@link MoneyJsonSerializer}) is a string with two decimals.
 *
 * <p>A class read from a request and a class written in a response get separate schemas: requests
 * accept decimals as JSON numbers or strings and leave unconstrained fields optional; responses
 * list every property as required (JSON-B writes nulls out) and say which may be null: not ids,
 * lists, maps or closed sets.
 */
final class OpenApiSchemas {

  static final String MONEY_PATTERN = "^-?[0-9]+\\.[0-9]{2}$";
  static final String UNIT_PRICE_PATTERN = "^-?[0-9]+\\.[0-9]{2,4}$";
  private static final java.util.regex.Pattern UPPER_CASE_WORDS =
      java.util.regex.Pattern.compile("\\^?\\(?([A-Z][A-Z0-9_]*(?:\\|[A-Z][A-Z0-9_]*)+)\\)?\\$?");

  enum Direction {
    REQUEST,
    RESPONSE
  }

  private record Key(Type type, Direction direction) {}

  private final Map<Key, String> names = new HashMap<>();
  private final Map<String, Key> owners = new HashMap<>();
  private final Map<String, JsonObject> schemas = new LinkedHashMap<>();

  /** The named schemas made so far, for {@code components.schemas}. */
  Map<String, JsonObject> components() {
    return schemas;
  }

  /** Registers a schema made elsewhere (the problem details). */
  void define(String name, JsonObject schema) {
    schemas.put(name, schema);
  }

  /** The schema of a type where it stands alone (a body, an item, a parameter). */
  JsonObject schemaOf(Type type, Direction direction) {
    return inline(type, direction, null).build();
  }

  private JsonObjectBuilder inline(Type type, Direction direction, AnnotatedElement[] where) {
    Class<?> raw = rawType(type);
    if (raw == Optional.class) {
      return inline(argument(type, 0), direction, where);
    }
    JsonObjectBuilder simple = simpleSchema(raw, direction, where);
    if (simple != null) {
      return simple;
    }
    if (raw.isArray()) {
      return JsonCodec.JSON
          .createObjectBuilder()
          .add("type", "array")
          .add("items", inline(raw.getComponentType(), direction, null));
    }
    if (Collection.class.isAssignableFrom(raw)) {
      JsonObjectBuilder array =
          JsonCodec.JSON
              .createObjectBuilder()
              .add("type", "array")
              .add("items", inline(argument(type, 0), direction, null));
      if (java.util.Set.class.isAssignableFrom(raw)) {
        array.add("uniqueItems", true);
      }
      return array;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Type values = argument(type, 1);
      JsonObjectBuilder map = JsonCodec.JSON.createObjectBuilder().add("type", "object");
      if (rawType(values) == Object.class) {
        map.add("additionalProperties", true);
      } else {
        map.add("additionalProperties", inline(values, direction, null));
      }
      return map;
    }
    if (raw == Object.class) {
      return JsonCodec.JSON.createObjectBuilder();
    }
    return JsonCodec.JSON
        .createObjectBuilder()
        .add("$ref", "#/components/schemas/" + named(type, direction));
  }

  private static JsonObjectBuilder simpleSchema(
      Class<?> raw, Direction direction, AnnotatedElement[] where) {
    JsonObjectBuilder s = JsonCodec.JSON.createObjectBuilder();
    if (raw == String.class || raw == char.class || raw == Character.class) {
      return s.add("type", "string");
    }
    if (raw == UUID.class) {
      return s.add("type", "string").add("format", "uuid");
    }
    if (raw == Instant.class
        || raw == OffsetDateTime.class
        || raw == ZonedDateTime.class
        || raw == LocalDateTime.class) {
      return s.add("type", "string").add("format", "date-time");
    }
    if (raw == LocalDate.class) {
      return s.add("type", "string").add("format", "date");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return s.add("type", "boolean");
    }
    if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
      return s.add("type", "integer").add("format", "int32");
    }
    if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
      return s.add("type", "integer").add("format", "int64");
    }
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      return s.add("type", "number");
    }
    if (raw == BigDecimal.class) {
      if (direction == Direction.REQUEST) {
        // JSON-B reads a decimal from a number or from a string holding one
        return s.add(
            "anyOf",
            JsonCodec.JSON
                .createArrayBuilder()
                .add(JsonCodec.JSON.createObjectBuilder().add("type", "number"))
                .add(
                    JsonCodec.JSON
                        .createObjectBuilder()
                        .add("type", "string")
                        .add("pattern", decimalPattern(where))));
      }
      if (writtenAsMoney(where)) {
        return s.add("type", "string").add("pattern", MONEY_PATTERN).add("example", "12.50");
      }
      if (writtenAsUnitPrice(where)) {
        return s.add("type", "string")
            .add("pattern", UNIT_PRICE_PATTERN)
            .add("example", "0.1234")
            .add("description", "A unit amount: two to four decimals, as stored");
      }
      return s.add("type", "number");
    }
    if (raw.isEnum()) {
      JsonArrayBuilder values = JsonCodec.JSON.createArrayBuilder();
      for (Object constant : raw.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
      return s.add("type", "string").add("enum", values);
    }
    return null;
  }

  private static String decimalPattern(AnnotatedElement[] where) {
    Digits digits = annotation(where, Digits.class);
    String whole = digits == null ? "+" : "{1," + digits.integer() + "}";
    String fraction =
        digits == null
            ? "(\\.[0-9]+)?"
            : digits.fraction() == 0 ? "" : "(\\.[0-9]{1," + digits.fraction() + "})?";
    return "^[+-]?[0-9]" + whole + fraction + "$";
  }

  private static boolean writtenAsUnitPrice(AnnotatedElement[] where) {
    JsonbTypeSerializer serializer = annotation(where, JsonbTypeSerializer.class);
    return serializer != null && serializer.value() == UnitPriceJsonSerializer.class;
  }

  private static boolean writtenAsMoney(AnnotatedElement[] where) {
    JsonbTypeSerializer serializer = annotation(where, JsonbTypeSerializer.class);
    return serializer != null && serializer.value() == MoneyJsonSerializer.class;
  }

  private String named(Type type, Direction direction) {
    Key key = new Key(type, direction);
    String existing = names.get(key);
    if (existing != null) {
      return existing;
    }
    String name = uniqueName(type, direction);
    names.put(key, name);
    owners.put(name, key);
    schemas.put(name, JsonValueHolder.PLACEHOLDER); // recursion guard, replaced below
    schemas.put(name, objectSchema(type, direction));
    return name;
  }

  private String uniqueName(Type type, Direction direction) {
    Class<?> raw = rawType(type);
    StringBuilder base = new StringBuilder(raw.getSimpleName());
    if (type instanceof ParameterizedType parameterized) {
      // PageEnvelope<SaleView> -> SaleViewPage
      base.setLength(0);
      for (Type argument : parameterized.getActualTypeArguments()) {
        base.append(rawType(argument).getSimpleName());
      }
      base.append(raw == PageEnvelope.class ? "Page" : raw.getSimpleName());
    }
    String name = base.toString();
    if (taken(name, type, direction)) {
      name = name + (direction == Direction.REQUEST ? "Input" : "Output");
    }
    if (taken(name, type, direction) && raw.getEnclosingClass() != null) {
      name = raw.getEnclosingClass().getSimpleName() + name;
    }
    int n = 2;
    String candidate = name;
    while (taken(candidate, type, direction)) {
      candidate = name + n++;
    }
    return candidate;
  }

  private boolean taken(String name, Type type, Direction direction) {
    Key owner = owners.get(name);
    return owner != null && !owner.equals(new Key(type, direction));
  }

  private JsonObject objectSchema(Type type, Direction direction) {
    Class<?> raw = rawType(type);
    Map<TypeVariable<?>, Type> bindings = bindings(type);
    JsonObjectBuilder properties = JsonCodec.JSON.createObjectBuilder();
    JsonArrayBuilder required = JsonCodec.JSON.createArrayBuilder();
    boolean anyRequired = false;
    for (Property property : properties(raw).values()) {
      Type propertyType = resolve(property.type(), bindings);
      JsonObjectBuilder schema = inline(propertyType, direction, property.annotated());
      boolean mandatory =
          property.has(NotNull.class)
              || property.has(NotBlank.class)
              || property.has(NotEmpty.class)
              || rawType(propertyType).isPrimitive()
              || (direction == Direction.RESPONSE && neverNullInAnAnswer(property, propertyType));
      constrain(schema, rawType(propertyType), property);
      JsonObject built = withDecimalBounds(schema.build(), rawType(propertyType), property);
      if (mandatory) {
        schema = JsonCodec.JSON.createObjectBuilder(built);
      } else if (built.containsKey("$ref")) {
        // a $ref takes no siblings in OpenAPI 3.0, and nullable needs a type beside it
        schema =
            JsonCodec.JSON
                .createObjectBuilder()
                .add("type", "object")
                .add("nullable", true)
                .add("allOf", JsonCodec.JSON.createArrayBuilder().add(built));
      } else if (built.containsKey("anyOf")) {
        // a decimal read from a number or a string: each may be null
        JsonArrayBuilder branches = JsonCodec.JSON.createArrayBuilder();
        built
            .getJsonArray("anyOf")
            .forEach(
                b ->
                    branches.add(
                        JsonCodec.JSON
                            .createObjectBuilder(b.asJsonObject())
                            .add("nullable", true)));
        schema = JsonCodec.JSON.createObjectBuilder(built).add("anyOf", branches);
      } else {
        schema = JsonCodec.JSON.createObjectBuilder(built).add("nullable", true);
      }
      properties.add(property.name(), schema);
      if (mandatory || direction == Direction.RESPONSE) {
        required.add(property.name());
        anyRequired = true;
      }
    }
    JsonObjectBuilder object =
        JsonCodec.JSON.createObjectBuilder().add("type", "object").add("properties", properties);
    if (anyRequired) {
      object.add("required", required);
    }
    return object.build();
  }

  /**
   * What an answer never writes as null, so its schema says so (a generated client then types it
   * without {@code | null}): ids, lists and maps (empty, not null) and closed sets (every state an
   * object is in has a name). Everything else may be null until it is known.
   */
  private static boolean neverNullInAnAnswer(Property property, Type type) {
    Class<?> raw = rawType(type);
    return "id".equals(property.name())
        || raw.isEnum()
        || raw.isArray()
        || Collection.class.isAssignableFrom(raw)
        || Map.class.isAssignableFrom(raw);
  }

  private static void constrain(JsonObjectBuilder schema, Class<?> raw, Property property) {
    boolean text = raw == String.class;
    boolean list = Collection.class.isAssignableFrom(raw) || raw.isArray();
    boolean number = raw.isPrimitive() || Number.class.isAssignableFrom(raw);
    Size size = property.get(Size.class);
    if (size != null) {
      if (text) {
        if (size.min() > 0) {
          schema.add("minLength", size.min());
        }
        if (size.max() < Integer.MAX_VALUE) {
          schema.add("maxLength", size.max());
        }
      } else if (list) {
        if (size.min() > 0) {
          schema.add("minItems", size.min());
        }
        if (size.max() < Integer.MAX_VALUE) {
          schema.add("maxItems", size.max());
        }
      }
    }
    if (text && (property.has(NotBlank.class) || property.has(NotEmpty.class)) && size == null) {
      schema.add("minLength", 1);
    }
    if (list && property.has(NotEmpty.class) && size == null) {
      schema.add("minItems", 1);
    }
    jakarta.validation.constraints.Pattern pattern =
        property.get(jakarta.validation.constraints.Pattern.class);
    if (pattern != null && text) {
      Matcher words = UPPER_CASE_WORDS.matcher(pattern.regexp());
      if (words.matches()) {
        JsonArrayBuilder values = JsonCodec.JSON.createArrayBuilder();
        Arrays.stream(words.group(1).split("\\|")).forEach(values::add);
        schema.add("enum", values);
      } else {
        schema.add("pattern", "^(?:" + pattern.regexp() + ")$");
      }
    }
    if (property.has(Email.class) && text) {
      schema.add("format", "email");
    }
    if (number && raw != BigDecimal.class) {
      Min min = property.get(Min.class);
      Max max = property.get(Max.class);
      if (min != null) {
        schema.add("minimum", min.value());
      }
      if (max != null) {
        schema.add("maximum", max.value());
      }
      if (property.has(Positive.class)) {
        schema.add("minimum", 1);
      }
      if (property.has(PositiveOrZero.class)) {
        schema.add("minimum", 0);
      }
    }
    if (raw == BigDecimal.class) {
      List<String> limits = new ArrayList<>();
      DecimalMin decimalMin = property.get(DecimalMin.class);
      DecimalMax decimalMax = property.get(DecimalMax.class);
      Digits digits = property.get(Digits.class);
      if (decimalMin != null) {
        limits.add((decimalMin.inclusive() ? "at least " : "more than ") + decimalMin.value());
      }
      if (property.has(Positive.class)) {
        limits.add("more than 0");
      }
      if (property.has(PositiveOrZero.class)) {
        limits.add("at least 0");
      }
      if (decimalMax != null) {
        limits.add((decimalMax.inclusive() ? "at most " : "less than ") + decimalMax.value());
      }
      if (digits != null) {
        limits.add(
            "up to "
                + digits.integer()
                + " digits before the point and "
                + digits.fraction()
                + " after");
      }
      if (!limits.isEmpty()) {
        schema.add("description", "A decimal, " + String.join(", ", limits) + ".");
      }
    }
  }

  /**
   * A decimal's bounds as {@code minimum}/{@code maximum} on the branch that reads it as a number
   * (a pattern cannot say them for the string branch), so a generated form validates them too.
   */
  private static JsonObject withDecimalBounds(JsonObject built, Class<?> raw, Property property) {
    if (raw != BigDecimal.class || !built.containsKey("anyOf")) {
      return built;
    }
    JsonObjectBuilder bounds = JsonCodec.JSON.createObjectBuilder();
    DecimalMin decimalMin = property.get(DecimalMin.class);
    DecimalMax decimalMax = property.get(DecimalMax.class);
    if (decimalMin != null) {
      bounds.add("minimum", new BigDecimal(decimalMin.value()));
      if (!decimalMin.inclusive()) {
        bounds.add("exclusiveMinimum", true);
      }
    } else if (property.has(Positive.class)) {
      bounds.add("minimum", 0).add("exclusiveMinimum", true);
    } else if (property.has(PositiveOrZero.class)) {
      bounds.add("minimum", 0);
    }
    if (decimalMax != null) {
      bounds.add("maximum", new BigDecimal(decimalMax.value()));
      if (!decimalMax.inclusive()) {
        bounds.add("exclusiveMaximum", true);
      }
    }
    JsonObject limits = bounds.build();
    if (limits.isEmpty()) {
      return built;
    }
    JsonArrayBuilder branches = JsonCodec.JSON.createArrayBuilder();
    for (var branch : built.getJsonArray("anyOf")) {
      JsonObject b = branch.asJsonObject();
      if ("number".equals(b.getString("type", ""))) {
        JsonObjectBuilder withLimits = JsonCodec.JSON.createObjectBuilder(b);
        limits.forEach(withLimits::add);
        branches.add(withLimits);
      } else {
        branches.add(b);
      }
    }
    return JsonCodec.JSON.createObjectBuilder(built).add("anyOf", branches).build();
  }

  /** A property as JSON-B sees it: its JSON name, its type and the elements that annotate it. */
  record Property(String name, Type type, AnnotatedElement[] annotated) {
    boolean has(Class<? extends Annotation> kind) {
      return get(kind) != null;
    }

    <A extends Annotation> A get(Class<A> kind) {
      return annotation(annotated, kind);
    }
  }

  /**
   * The JSON properties of a class, by name in JSON-B's order: found by reflection once per class
   * (every request body's shape check asks for them, once per object in the body).
   */
  static Map<String, Property> properties(Class<?> raw) {
    return PROPERTIES.get(raw);
  }

  private static final ClassValue<Map<String, Property>> PROPERTIES =
      new ClassValue<>() {
        @Override
        protected Map<String, Property> computeValue(Class<?> raw) {
          Map<String, Property> byName = new LinkedHashMap<>();
          reflectedProperties(raw).forEach(p -> byName.put(p.name(), p));
          return Collections.unmodifiableMap(byName);
        }
      };

  private static List<Property> reflectedProperties(Class<?> raw) {
    List<Property> found = new ArrayList<>();
    if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        Field field = declaredField(raw, component.getName());
        AnnotatedElement[] where =
            field == null
                ? new AnnotatedElement[] {component, component.getAccessor()}
                : new AnnotatedElement[] {component, component.getAccessor(), field};
        if (annotation(where, JsonbTransient.class) == null) {
          found.add(
              new Property(
                  jsonName(component.getName(), where), component.getGenericType(), where));
        }
      }
      return found;
    }
    Map<String, Property> byName = new LinkedHashMap<>();
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      List<Property> level = new ArrayList<>();
      for (Field field : c.getDeclaredFields()) {
        int m = field.getModifiers();
        if (Modifier.isStatic(m) || Modifier.isTransient(m) || field.isSynthetic()) {
          continue;
        }
        Method getter = accessor(c, field.getName(), field.getType());
        if (!Modifier.isPublic(m) && getter == null) {
          continue;
        }
        AnnotatedElement[] where =
            getter == null
                ? new AnnotatedElement[] {field}
                : new AnnotatedElement[] {field, getter};
        if (annotation(where, JsonbTransient.class) != null) {
          continue;
        }
        level.add(new Property(jsonName(field.getName(), where), field.getGenericType(), where));
      }
      // superclass properties come first, as JSON-B writes them
      Map<String, Property> merged = new LinkedHashMap<>();
      level.forEach(p -> merged.put(p.name(), p));
      merged.putAll(byName);
      byName = merged;
    }
    found.addAll(byName.values());
    return found;
  }

  private static Method accessor(Class<?> c, String field, Class<?> type) {
    String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
    for (String name : List.of("get" + suffix, "is" + suffix)) {
      try {
        Method m = c.getMethod(name);
        if (m.getReturnType() == type) {
          return m;
        }
      } catch (NoSuchMethodException e) {
        // not a bean property
      }
    }
    return null;
  }

  private static Field declaredField(Class<?> c, String name) {
    try {
      return c.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static String jsonName(String javaName, AnnotatedElement[] where) {
    JsonbProperty explicit = annotation(where, JsonbProperty.class);
    if (explicit != null && !explicit.value().isEmpty()) {
      return explicit.value();
    }
    return snakeCase(javaName);
  }

  /** JSON-B's LOWER_CASE_WITH_UNDERSCORES: {@code creditLimit} → {@code credit_limit}. */
  static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0 && javaName.charAt(i - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static <A extends Annotation> A annotation(AnnotatedElement[] where, Class<A> kind) {
    if (where == null) {
      return null;
    }
    for (AnnotatedElement element : where) {
      A found = element.getAnnotation(kind);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  static Class<?> rawType(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof WildcardType w) {
      return rawType(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  private static Map<TypeVariable<?>, Type> bindings(Type type) {
    Map<TypeVariable<?>, Type> bound = new HashMap<>();
    if (type instanceof ParameterizedType p) {
      TypeVariable<?>[] variables = rawType(type).getTypeParameters();
      for (int i = 0; i < variables.length; i++) {
        bound.put(variables[i], p.getActualTypeArguments()[i]);
      }
    }
    return bound;
  }

  private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable<?> variable) {
      return bindings.getOrDefault(variable, Object.class);
    }
    if (type instanceof ParameterizedType p && !bindings.isEmpty()) {
      Type[] arguments = p.getActualTypeArguments().clone();
      boolean changed = false;
      for (int i = 0; i < arguments.length; i++) {
        Type resolved = resolve(arguments[i], bindings);
        changed |= resolved != arguments[i];
        arguments[i] = resolved;
      }
      if (changed) {
        return new Parameterized((Class<?>) p.getRawType(), arguments);
      }
    }
    return type;
  }

  /** A parameterized type with its variables bound ({@code List<SaleView>} inside a page). */
  private record Parameterized(Class<?> raw, Type[] arguments) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ParameterizedType p
          && raw.equals(p.getRawType())
          && Arrays.equals(arguments, p.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(arguments) ^ raw.hashCode();
    }
  }

  /** Holds the placeholder put in the schema map while a recursive type is being described. */
  private static final class JsonValueHolder {
    static final JsonObject PLACEHOLDER = JsonCodec.JSON.createObjectBuilder().build();
  }
}
