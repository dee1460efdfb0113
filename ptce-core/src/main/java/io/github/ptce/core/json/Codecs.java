package io.github.ptce.core.json;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.internal.Similarity;
import io.github.ptce.core.internal.Texts;
import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.stakeholder.LegalForm;
import io.github.ptce.core.time.PartialDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The codecs of JSON scalars and collections. */
final class Codecs {
  private Codecs() {}

  /** A JSON string, as is. */
  static Codec<String> string() {
    return new Codec<>() {
      @Override
      @Nullable String read(JsonNode node, Reading reading) {
        if (!node.isString()) {
          wrongType("string", node, reading);
          return null;
        }
        String text = node.stringValue();
        if (hasLoneSurrogate(text)) {
          // An escape such as \ud800 without its pair is no character: written back, it would come
          // out as "?".
          reading.problem("json.loneSurrogate", Map.of("value", Texts.quoteInput(text)));
          return null;
        }
        return text;
      }

      @Override
      void write(String value, JsonGenerator out) {
        out.writeString(value);
      }

      @Override
      ObjectNode schema(SchemaContext context) {
        return context.object().put("type", "string");
      }
    };
  }

  /** Whether a text holds half of a surrogate pair without the other half. */
  static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A JSON string parsed into a value type whose parser throws {@link InvalidValueException} with a
   * reason.
   *
   * @param parse the parser
   * @param pattern a regular expression of the accepted syntax, for the schema
   * @param description what the string is, for the schema
   */
  static <T> Codec<T> text(Function<String, T> parse, String pattern, String description) {
    return new Codec<>() {
      @Override
      @Nullable T read(JsonNode node, Reading reading) {
        if (!node.isString()) {
          wrongType("string", node, reading);
          return null;
        }
        try {
          return parse.apply(node.stringValue());
        } catch (InvalidValueException e) {
          reading.problem(e);
          return null;
        }
      }

      @Override
      void write(T value, JsonGenerator out) {
        out.writeString(value.toString());
      }

      @Override
      ObjectNode schema(SchemaContext context) {
        return context
            .object()
            .put("type", "string")
            .put("pattern", pattern)
            .put("description", description);
      }
    };
  }

  /** An enum constant, written by name; a near miss gets a "did you mean" hint. */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    Map<String, E> byName = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
    String allowed = String.join(", ", byName.keySet());
    return new Codec<>() {
      @Override
      @Nullable E read(JsonNode node, Reading reading) {
        if (!node.isString()) {
          wrongType("string", node, reading);
          return null;
        }
        E constant = byName.get(node.stringValue());
        if (constant == null) {
          Optional<String> hint = Similarity.closest(node.stringValue(), byName.keySet());
          reading.problem(
              hint.isPresent() ? "json.enum.hint" : "json.enum",
              Map.of(
                  "value",
                  Texts.quoteInput(node.stringValue()),
                  "allowed",
                  allowed,
                  "hint",
                  hint.orElse("")));
        }
        return constant;
      }

      @Override
      void write(E value, JsonGenerator out) {
        out.writeString(value.name());
      }

      @Override
      ObjectNode schema(SchemaContext context) {
        ObjectNode schema = context.object().put("type", "string");
        ArrayNode values = schema.putArray("enum");
        byName.keySet().forEach(values::add);
        return schema;
      }
    };
  }

  /**
   * A date written {@code yyyy-MM-dd}, or {@code yyyy-MM} or {@code yyyy} when it is known only to
   * the month or the year ({@link PartialDate}); written back as given.
   */
  static Codec<PartialDate> date() {
    return new Codec<>() {
      @Override
      @Nullable PartialDate read(JsonNode node, Reading reading) {
        if (!node.isString()) {
          wrongType("date", node, reading);
          return null;
        }
        String text = node.stringValue();
        try {
          return PartialDate.parse(text);
        } catch (InvalidValueException e) {
          reading.problem("json.date", Map.of("value", Texts.quoteInput(text)));
          return null;
        }
      }

      @Override
      void write(PartialDate value, JsonGenerator out) {
        out.writeString(value.toString());
      }

      @Override
      ObjectNode schema(SchemaContext context) {
        return context
            .object()
            .put("type", "string")
            .put("pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
            .put(
                "description",
                "A date yyyy-MM-dd, or yyyy-MM or yyyy when known only to the month or year.");
      }
    };
  }

  /**
   * A legal form as published ({@link LegalForm}); an unknown name gets the closest names as a
   * hint.
   */
  static Codec<LegalForm> legalForm() {
    return new Codec<>() {
      @Override
      @Nullable LegalForm read(JsonNode node, Reading reading) {
        if (!node.isString()) {
          wrongType("string", node, reading);
          return null;
        }
        String text = node.stringValue();
        Optional<LegalForm> form = LegalForm.find(text);
        if (form.isPresent()) {
          return form.get();
        }
        List<LegalForm> hints = LegalForm.suggestions(text, 3);
        StringBuilder names = new StringBuilder();
        for (LegalForm hint : hints) {
          names.append(names.length() == 0 ? "" : ", ").append('"').append(hint.name()).append('"');
        }
        reading.problem(
            hints.isEmpty() ? "json.legalForm" : "json.legalForm.hint",
            Map.of("value", Texts.quoteInput(text), "suggestions", names.toString()));
        return null;
      }

      @Override
      void write(LegalForm value, JsonGenerator out) {
        out.writeString(value.name());
      }

      @Override
      ObjectNode schema(SchemaContext context) {
        ObjectNode schema =
            context
                .object()
                .put("type", "string")
                .put(
                    "description",
                    "A legal form as published, by its name or a usual variant (case, accents and punctuation ignored).");
        ArrayNode examples = schema.putArray("examples");
        for (LegalForm form : LegalForm.all()) {
          examples.add(form.name());
        }
        return schema;
      }
    };
  }

  /** A JSON integer that fits an {@code int}. */
  static Codec<Integer> integer() {
    return new Codec<>() {
      @Override
      @Nullable Integer read(JsonNode node, Reading reading) {
        if (!node.isNumber() || !isIntegral(node)) {
          wrongType("integer", node, reading);
          return null;
        }
        BigDecimal value = node.decimalValue();
        if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
            || value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
          reading.problem("json.integerRange", Map.of("value", excerpt(node)));
          return null;
        }
        return value.intValueExact();
      }

      @Override
      void write(Integer value, JsonGenerator out) {
        out.writeNumber(value);
      }

      @Override
      ObjectNode schema(SchemaContext context) {
        return context.object().put("type", "integer");
      }
    };
  }

  /** Whether a number node holds an integer value, including {@code 12.0} and {@code 1E+3}. */
  private static boolean isIntegral(JsonNode node) {
    if (node.isIntegralNumber()) {
      return true;
    }
    BigDecimal value = node.decimalValue();
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /** A JSON number, kept exact. */
  static Codec<BigDecimal> decimal() {
    return new Codec<>() {
      @Override
      @Nullable BigDecimal read(JsonNode node, Reading reading) {
        if (!node.isNumber()) {
          wrongType("number", node, reading);
          return null;
        }
        return node.decimalValue();
      }

      @Override
      void write(BigDecimal value, JsonGenerator out) {
        out.writeNumber(value);
      }

      @Override
      ObjectNode schema(SchemaContext context) {
        return context.object().put("type", "number");
      }
    };
  }

  /** An amount in euros: a JSON number, non-negative, at most two decimals. */
  static Codec<Amount> amount() {
    return new Codec<>() {
      @Override
      @Nullable Amount read(JsonNode node, Reading reading) {
        if (!node.isNumber()) {
          wrongType("number", node, reading);
          return null;
        }
        try {
          return Amount.of(node.decimalValue());
        } catch (InvalidValueException e) {
          reading.problem(e);
          return null;
        }
      }

      @Override
      void write(Amount value, JsonGenerator out) {
        out.writeNumber(value.euros());
      }

      @Override
      ObjectNode schema(SchemaContext context) {
        return context
            .object()
            .put("type", "number")
            .put("minimum", 0)
            .put("maximum", new BigDecimal(Amount.MAX_TEXT))
            .put("description", "An amount in euros, with at most two decimals.");
      }
    };
  }

  /** A JSON boolean. */
  static Codec<Boolean> bool() {
    return new Codec<>() {
      @Override
      @Nullable Boolean read(JsonNode node, Reading reading) {
        if (!node.isBoolean()) {
          wrongType("boolean", node, reading);
          return null;
        }
        return node.booleanValue();
      }

      @Override
      void write(Boolean value, JsonGenerator out) {
        out.writeBoolean(value);
      }

      @Override
      ObjectNode schema(SchemaContext context) {
        return context.object().put("type", "boolean");
      }
    };
  }

  /**
   * A JSON array read as a list; its length is checked against a limit before its items are read.
   */
  static <T> Codec<List<T>> list(Codec<T> item, ToIntFunction<JsonLimits> limit) {
    return new SequenceCodec<List<T>, T>(item, limit, false) {
      @Override
      List<T> collect(List<T> items) {
        return Collections.unmodifiableList(items);
      }
    };
  }

  /** A JSON array read as a set: a repeated item is reported, not silently dropped. */
  static <T> Codec<Set<T>> set(Codec<T> item) {
    return new SequenceCodec<Set<T>, T>(item, JsonLimits::maxItems, true) {
      @Override
      Set<T> collect(List<T> items) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(items));
      }
    };
  }

  private abstract static class SequenceCodec<C extends Iterable<T>, T> extends Codec<C> {
    private final Codec<T> item;
    private final ToIntFunction<JsonLimits> limit;
    private final boolean unique;

    SequenceCodec(Codec<T> item, ToIntFunction<JsonLimits> limit, boolean unique) {
      this.item = item;
      this.limit = limit;
      this.unique = unique;
    }

    abstract C collect(List<T> items);

    @Override
    @Nullable C read(JsonNode node, Reading reading) {
      if (!node.isArray()) {
        wrongType("array", node, reading);
        return null;
      }
      int max = limit.applyAsInt(reading.limits());
      if (node.size() > max) {
        reading.problem(
            "json.limit.items",
            Map.of("limit", Integer.toString(max), "size", Integer.toString(node.size())));
        return null;
      }
      int before = reading.problemCount();
      List<T> items = new ArrayList<>(node.size());
      Set<T> seen = unique ? new LinkedHashSet<>() : null;
      for (int i = 0; i < node.size(); i++) {
        reading.enterIndex(i);
        T value = item.read(node.get(i), reading);
        if (value != null) {
          if (seen != null && !seen.add(value)) {
            reading.problem(
                "json.duplicateItem", Map.of("value", Texts.quoteInput(value.toString())));
          }
          items.add(value);
        }
        reading.leave();
      }
      return reading.problemCount() == before ? collect(items) : null;
    }

    @Override
    void write(C values, JsonGenerator out) {
      out.writeStartArray();
      for (T value : values) {
        item.write(value, out);
      }
      out.writeEndArray();
    }

    @Override
    ObjectNode schema(SchemaContext context) {
      ObjectNode schema = context.object().put("type", "array");
      schema.set("items", item.schema(context));
      if (unique) {
        schema.put("uniqueItems", true);
      }
      return schema;
    }
  }
}
