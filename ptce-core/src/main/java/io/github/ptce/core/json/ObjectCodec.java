package io.github.ptce.core.json;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.constraints.LocalId;
import io.github.ptce.core.constraints.PlausibleDate;
import io.github.ptce.core.internal.Similarity;
import io.github.ptce.core.internal.Texts;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The codec of a model type: a JSON object whose properties are the type's accessors, read into its
 * Immutables builder.
 *
 * <p>Reading goes on after a problem, so that one pass reports every unknown property, missing
 * property, wrong value and structural violation of the document.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class ObjectCodec<T, B> extends Codec<T> {

  private enum Mode {
    REQUIRED,
    OPTIONAL,
    DEFAULTED,
    COLLECTION
  }

  private record Field<T, B>(
      String name,
      Mode mode,
      Codec<Object> codec,
      BiConsumer<B, Object> setter,
      Function<T, Object> getter,
      @Nullable Object defaultValue,
      String description) {}

  private final Class<T> type;
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final Map<String, Field<T, B>> fields = new LinkedHashMap<>();

  private ObjectCodec(
      Class<T> type, String description, Supplier<B> newBuilder, Function<B, T> build) {
    this.type = type;
    this.description = description;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  static <T, B> ObjectCodec<T, B> of(
      Class<T> type, String description, Supplier<B> newBuilder, Function<B, T> build) {
    return new ObjectCodec<>(type, description, newBuilder, build);
  }

  /** A property that must be present. */
  <V> ObjectCodec<T, B> required(
      String name, Codec<V> codec, BiConsumer<B, V> setter, Function<T, V> getter, String doc) {
    return add(name, Mode.REQUIRED, codec, setter, getter, null, doc);
  }

  /** A property that may be absent or null. */
  <V> ObjectCodec<T, B> optional(
      String name,
      Codec<V> codec,
      BiConsumer<B, V> setter,
      Function<T, Optional<V>> getter,
      String doc) {
    return add(name, Mode.OPTIONAL, codec, setter, getter, null, doc);
  }

  /**
   * A property with a default value: optional on input, written only when it differs from the
   * default.
   */
  <V> ObjectCodec<T, B> defaulted(
      String name,
      Codec<V> codec,
      BiConsumer<B, V> setter,
      Function<T, V> getter,
      V defaultValue,
      String doc) {
    return add(name, Mode.DEFAULTED, codec, setter, getter, defaultValue, doc);
  }

  /** A list or set property: optional on input (empty when absent), written when not empty. */
  <C extends Collection<?>> ObjectCodec<T, B> collection(
      String name, Codec<C> codec, BiConsumer<B, C> setter, Function<T, C> getter, String doc) {
    return add(name, Mode.COLLECTION, codec, setter, getter, null, doc);
  }

  @SuppressWarnings("unchecked")
  private <V> ObjectCodec<T, B> add(
      String name,
      Mode mode,
      Codec<V> codec,
      BiConsumer<B, V> setter,
      Function<T, ?> getter,
      @Nullable Object defaultValue,
      String doc) {
    fields.put(
        name,
        new Field<>(
            name,
            mode,
            (Codec<Object>) codec,
            (BiConsumer<B, Object>) setter,
            (Function<T, Object>) getter,
            defaultValue,
            doc));
    return this;
  }

  @Override
  @Nullable T read(JsonNode node, Reading reading) {
    if (!node.isObject()) {
      wrongType("object", node, reading);
      return null;
    }
    int before = reading.problemCount();
    int mark = reading.fragmentMark();
    for (String name : node.propertyNames()) {
      if (!fields.containsKey(name)) {
        if (reading.full()) {
          // Beyond the violations limit: counted, not described (no hint to look for).
          reading.dropped();
          continue;
        }
        reading.enterField(name);
        Optional<String> hint = Similarity.closest(name, fields.keySet());
        reading.problem(
            hint.isPresent() ? "json.unknownProperty.hint" : "json.unknownProperty",
            Map.of(
                "name",
                Texts.quoteInput(name),
                "allowed",
                String.join(", ", fields.keySet()),
                "hint",
                hint.orElse("")));
        reading.leave();
      }
    }
    B builder = newBuilder.get();
    for (Field<T, B> field : fields.values()) {
      JsonNode value = node.get(field.name);
      reading.enterField(field.name);
      if (value == null || value.isNull()) {
        if (field.mode == Mode.REQUIRED) {
          reading.problem("json.missingProperty", Map.of("name", field.name));
        }
      } else {
        Object read = field.codec.read(value, reading);
        if (read != null) {
          field.setter.accept(builder, read);
        }
      }
      reading.leave();
    }
    if (reading.problemCount() != before) {
      return null;
    }
    try {
      T value = build.apply(builder);
      reading.built(mark, value);
      return value;
    } catch (InvalidInputException e) {
      reading.problems(e);
      return null;
    }
  }

  @Override
  void write(T value, JsonGenerator out) {
    out.writeStartObject();
    writeProperties(value, out);
    out.writeEndObject();
  }

  /** Writes the properties of a value inside an object that the caller opened. */
  void writeProperties(T value, JsonGenerator out) {
    for (Field<T, B> field : fields.values()) {
      Object v = field.getter.apply(value);
      if (field.mode == Mode.OPTIONAL) {
        Optional<?> optional = (Optional<?>) v;
        if (optional.isEmpty()) {
          continue;
        }
        v = optional.get();
      } else if (field.mode == Mode.COLLECTION && ((Collection<?>) v).isEmpty()) {
        continue;
      } else if (field.mode == Mode.DEFAULTED && v.equals(field.defaultValue)) {
        continue;
      }
      out.writeName(field.name);
      field.codec.write(v, out);
    }
  }

  @Override
  ObjectNode schema(SchemaContext context) {
    String name = type.getSimpleName();
    if (!context.definitions.has(name)) {
      ObjectNode definition = context.object();
      context.definitions.set(
          name, definition); // before the properties: the format may refer to itself
      definition
          .put("type", "object")
          .put("description", description)
          .put("additionalProperties", false);
      ObjectNode properties = definition.putObject("properties");
      List<String> required = new ArrayList<>();
      for (Field<T, B> field : fields.values()) {
        ObjectNode property = field.codec.schema(context).deepCopy();
        String doc =
            property.has("description")
                ? field.description + " " + property.get("description").stringValue()
                : field.description;
        property.put("description", doc);
        applyConstraints(field, property);
        if (field.mode == Mode.DEFAULTED) {
          property.set("default", defaultJson(field));
        }
        properties.set(field.name, property);
        if (field.mode == Mode.REQUIRED) {
          required.add(field.name);
        }
      }
      if (!required.isEmpty()) {
        ArrayNode list = definition.putArray("required");
        required.forEach(list::add);
      }
    }
    return context.object().put("$ref", "#/$defs/" + name);
  }

  /** The JSON of a default value, as the codec writes it. */
  private static <T, B> tools.jackson.databind.JsonNode defaultJson(Field<T, B> field) {
    java.io.StringWriter text = new java.io.StringWriter();
    try (JsonGenerator generator =
        tools.jackson.databind.json.JsonMapper.shared().createGenerator(text)) {
      field.codec.write(
          Objects.requireNonNull(field.defaultValue, "a defaulted field has a default"), generator);
    }
    return tools.jackson.databind.json.JsonMapper.shared().readTree(text.toString());
  }

  /**
   * Copies the Bean Validation constraints of the accessor into the schema, so that the schema and
   * the validator read the same annotations: on the method for the value (or the array), on the
   * type argument for the element of an {@code Optional}, a {@code List} or a {@code Set}.
   */
  private void applyConstraints(Field<T, B> field, ObjectNode property) {
    Method accessor;
    try {
      accessor = type.getMethod(field.name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          "format property without accessor: " + type.getName() + "." + field.name, e);
    }
    apply(accessor.getAnnotations(), property);
    AnnotatedType returned = accessor.getAnnotatedReturnType();
    if (returned instanceof AnnotatedParameterizedType parameterized) {
      Annotation[] element = parameterized.getAnnotatedActualTypeArguments()[0].getAnnotations();
      apply(element, property.has("items") ? (ObjectNode) property.get("items") : property);
    }
  }

  private static void apply(Annotation[] annotations, ObjectNode schema) {
    boolean array = "array".equals(schema.path("type").asString(""));
    for (Annotation annotation : annotations) {
      if (annotation instanceof NotBlank) {
        schema.put("minLength", 1).put("pattern", "\\S");
      } else if (annotation instanceof Size size) {
        if (size.min() > 0) {
          schema.put(array ? "minItems" : "minLength", size.min());
        }
        if (size.max() < Integer.MAX_VALUE) {
          schema.put(array ? "maxItems" : "maxLength", size.max());
        }
      } else if (annotation instanceof PositiveOrZero) {
        schema.put("minimum", 0);
      } else if (annotation instanceof Min min) {
        schema.put("minimum", min.value());
      } else if (annotation instanceof Max max) {
        schema.put("maximum", max.value());
      } else if (annotation instanceof Digits digits) {
        schema.put(
            "description",
            schema.path("description").asString("")
                + " At most "
                + digits.integer()
                + " digits before the decimal point and "
                + digits.fraction()
                + " after.");
      } else if (annotation instanceof LocalId) {
        schema.put("pattern", "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
      } else if (annotation instanceof PlausibleDate) {
        schema.put(
            "description",
            schema.path("description").asString("")
                + " Between "
                + PlausibleDate.MIN
                + " and "
                + PlausibleDate.MAX
                + ".");
      }
    }
  }
}
