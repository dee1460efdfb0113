package io.github.ptce.core.validation;

import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.internal.Texts;
import io.github.ptce.core.internal.VisibleText;
import io.github.ptce.core.territory.Geography;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jspecify.annotations.Nullable;

/**
 * Validates clusters and returns <em>every</em> violation at once, each with its JSON path, a
 * stable reason code and a message in French or English.
 *
 * <p>It owns the library's one Hibernate Validator, configured once: the model's {@code
 * name()}-style accessors are validated as properties (Hibernate Validator only sees {@code
 * getName()} by default), and no message is interpolated by the validator at all — messages are
 * produced later, in the language asked for, from the reason code and plain arguments, so no
 * expression language ever runs on user input.
 *
 * <p>Immutable and thread-safe; bootstrapping costs a few hundred milliseconds, so share the
 * instance ({@link #standard()} is created on first use).
 */
public final class ClusterValidator {
  /**
   * The clusters found valid against each geography other than the bundled one, shared by the
   * validators of that geography (the reader's and the engine's). Weak keys: a geography no longer
   * used is forgotten; the values do not refer to their geography.
   */
  private static final Map<Geography, ValidClusters> VALID_BY_GEOGRAPHY =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final ValidatorFactory factory;
  private final Validator validator;
  private final ValidClusters valid;

  private ClusterValidator(ValidatorFactory factory, @Nullable Geography geography) {
    this.factory = factory;
    if (geography == null) {
      this.validator = factory.getValidator();
      this.valid = new ValidClusters();
    } else {
      this.validator =
          factory
              .unwrap(HibernateValidatorFactory.class)
              .usingContext()
              .constraintValidatorPayload(geography)
              .getValidator();
      this.valid = VALID_BY_GEOGRAPHY.computeIfAbsent(geography, g -> new ValidClusters());
    }
  }

  private static ValidatorFactory newFactory() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure();
    // @NotBlank: a text that shows nothing (no-break or zero-width spaces) is blank too.
    ConstraintMapping blank = configuration.createConstraintMapping();
    blank
        .constraintDefinition(NotBlank.class)
        .includeExistingValidators(false)
        .validatedBy(VisibleText.class);
    return configuration
        .addMapping(blank)
        .ignoreXmlConfiguration()
        .messageInterpolator(new TemplateOnly())
        .traversableResolver(new EverythingReachable())
        // The cache only helps a resolver that costs something; for this one it was a fifth of the
        // bytes
        // allocated per validation (a map entry and a key object for every property checked).
        .enableTraversableResolverResultCache(false)
        .getterPropertySelectionStrategy(new AccessorPropertyStrategy())
        .buildValidatorFactory();
  }

  /**
   * Returns the shared validator.
   *
   * @return the validator, created on first use
   */
  public static ClusterValidator standard() {
    return Holder.STANDARD;
  }

  /**
   * Returns a validator that checks commune, EPCI, département and région codes against another
   * geography than the bundled one (a newer vintage read with {@link
   * Geography#read(java.io.InputStream)}, or a test fixture). It shares the standard validator's
   * bootstrap.
   *
   * @param geography the reference geography
   * @return a validator; the standard one for the bundled geography
   */
  public static ClusterValidator withGeography(Geography geography) {
    Objects.requireNonNull(geography, "geography");
    if (geography == Geography.bundled()) {
      return standard();
    }
    return new ClusterValidator(Holder.STANDARD.factory, geography);
  }

  /**
   * Returns every constraint violation of a cluster.
   *
   * <p>A cluster is deeply immutable: once found valid against a geography, the same instance is
   * not validated again (by any validator of that geography, the reader's and the engine's alike),
   * so that a cluster read with {@link io.github.ptce.core.json.PtceJson#readCluster(String)} and
   * then evaluated is validated once.
   *
   * @param cluster the cluster (its structural invariants hold already, since it was built)
   * @return the violations in {@link Violation#ORDER}; empty when the cluster is valid
   */
  public List<Violation> validate(Cluster cluster) {
    Objects.requireNonNull(cluster, "cluster");
    if (valid.contains(cluster)) {
      return List.of();
    }
    List<Violation> violations = toViolations(validator.validate(cluster), "$");
    if (violations.isEmpty()) {
      valid.add(cluster);
    }
    return violations;
  }

  /**
   * Returns the cluster if it is valid.
   *
   * @param cluster the cluster
   * @return the cluster, or its violations
   */
  public Validated<Cluster> check(Cluster cluster) {
    List<Violation> violations = validate(cluster);
    return violations.isEmpty() ? Validated.valid(cluster) : Validated.invalid(violations);
  }

  /**
   * Returns every constraint violation of a part of a cluster built on its own (a stakeholder, a
   * membership, a project), with paths under the part's own: what {@link
   * io.github.ptce.core.json.PtceJson#readCluster(String)} reports for the parts of a document with
   * format errors.
   *
   * @param part a model object
   * @param path the JSON path of the part, e.g. {@code $.members[2]}
   * @return the violations in {@link Violation#ORDER}; empty when the part is valid
   * @throws IllegalArgumentException if the path does not start with {@code $}
   */
  public List<Violation> validatePart(Object part, String path) {
    Objects.requireNonNull(part, "part");
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException("path must be a JSON path starting with '$': " + path);
    }
    return toViolations(validator.validate(part), path);
  }

  private static <T> List<Violation> toViolations(
      Set<ConstraintViolation<T>> violations, String root) {
    if (violations.isEmpty()) {
      return List.of();
    }
    List<Violation> result = new ArrayList<>(violations.size());
    for (ConstraintViolation<T> violation : violations) {
      result.add(toViolation(violation, root));
    }
    result.sort(Violation.ORDER);
    return List.copyOf(result);
  }

  @SuppressWarnings("unchecked")
  private static Violation toViolation(ConstraintViolation<?> violation, String root) {
    ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
    String name = descriptor.getAnnotation().annotationType().getSimpleName();
    String code = "constraint." + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    Map<String, String> arguments = new LinkedHashMap<>();
    Object invalid = violation.getInvalidValue();
    arguments.put("value", Texts.quoteInput(String.valueOf(invalid)));
    if (invalid instanceof CharSequence text) {
      arguments.put("length", Integer.toString(text.length()));
    }
    descriptor
        .getAttributes()
        .forEach(
            (key, value) -> {
              if (!key.equals("message") && !key.equals("groups") && !key.equals("payload")) {
                arguments.put(key.equals("value") ? "limit" : key, String.valueOf(value));
              }
            });
    // Constraints that know more (a suggestion, a former code) attach it as a dynamic payload.
    HibernateConstraintViolation<?> hibernate =
        violation.unwrap(HibernateConstraintViolation.class);
    Map<String, String> extra = (Map<String, String>) hibernate.getDynamicPayload(Map.class);
    if (extra != null) {
      String own = extra.get("code");
      if (own != null) {
        code = own;
      }
      extra.forEach(
          (key, value) -> {
            if (!key.equals("code")) {
              arguments.put(key, value);
            }
          });
    }
    if (!Texts.bundle().contains(code)) {
      arguments.put("constraint", name);
      code = "constraint.other";
    }
    return Violation.of(root + jsonPath(violation.getPropertyPath()), code, arguments);
  }

  /**
   * Turns a Bean Validation property path into the JSON path suffix, e.g. {@code
   * .members[2].stakeholder.name}. An element of a set has no position: the path then ends at the
   * set, and the message names the element.
   */
  static String jsonPath(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
          out.append('[').append(position).append(']');
        }
      }
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
        out.append('.').append(node.getName());
      }
    }
    return out.toString();
  }

  /**
   * Leaves the message template as it is: ptce formats messages itself, in the language asked for.
   */
  private static final class TemplateOnly implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return template;
    }
  }

  /** Validates everything: there is no persistence layer whose lazy state must be left alone. */
  private static final class EverythingReachable implements TraversableResolver {
    @Override
    public boolean isReachable(
        Object object, Path.Node node, Class<?> root, Path path, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(
        Object object, Path.Node node, Class<?> root, Path path, ElementType type) {
      return true;
    }
  }

  private static final class Holder {
    static final ClusterValidator STANDARD = new ClusterValidator(newFactory(), null);
  }
}
