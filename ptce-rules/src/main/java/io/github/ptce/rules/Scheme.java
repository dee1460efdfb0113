package io.github.ptce.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A scheme: a legal definition, a support scheme or a charter, with its criteria, its territory,
 * its window, what it grants and the text it rests on.
 *
 * <p>Schemes are contributed by {@link io.github.ptce.rules.spi.SchemeProvider}s. The {@link #id()}
 * is stable (e.g. {@code fr.law.2014-856.art9}); a scheme that changes gets a new {@link
 * #version()}.
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class Scheme {

  Scheme() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scheme}. */
  public static final class Builder extends ImmutableScheme.Builder {
    Builder() {}
  }

  /**
   * Returns the stable id.
   *
   * @return e.g. {@code fr.decree.2015-431.art3}
   */
  public abstract String id();

  /**
   * Returns the version of the scheme's rules in this library (semantic versioning: a fixed rule is
   * a patch, a new criterion a minor, a removed or renamed id a major).
   *
   * @return e.g. {@code 1.0.0}
   */
  public abstract String version();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract Message title();

  /**
   * Returns a summary of what the scheme is and what is known of it.
   *
   * @return the summary
   */
  public abstract Message summary();

  /**
   * Returns who sets the rules.
   *
   * @return the issuer
   */
  public abstract Issuer issuer();

  /**
   * Returns what the scheme is.
   *
   * @return definition, support or charter
   */
  public abstract SchemeKind kind();

  /**
   * Returns what the scheme is evaluated for.
   *
   * @return the cluster or each member
   */
  @Value.Default
  public SchemeSubject subject() {
    return SchemeSubject.CLUSTER;
  }

  /**
   * Returns where the scheme applies.
   *
   * @return the territorial scope
   */
  @Value.Default
  public TerritorialScope scope() {
    return TerritorialScope.NATIONAL;
  }

  /**
   * Returns when the scheme is in force or open; outside it, the scheme is not applicable.
   *
   * @return the window
   */
  public abstract Validity validity();

  /**
   * Returns the criteria.
   *
   * @return the tree of criteria
   */
  public abstract CriterionNode criteria();

  /**
   * Returns the call for projects (or for expressions of interest) this scheme is a round or phase
   * of, for a call: the phases and rounds of one call share it, so that winning one phase is not
   * "support under an earlier call" for the next (décret n° 2015-431, Art. 3, 4°).
   *
   * @return the call's key, e.g. {@code fr.state.ami-ptce}; empty for a scheme that is not a call
   */
  public abstract Optional<String> call();

  /**
   * Returns what the scheme grants.
   *
   * @return the grant, empty for a definition
   */
  public abstract Optional<Grant> grant();

  /**
   * Returns the text or official page the scheme rests on.
   *
   * @return the legal or official basis
   */
  public abstract LegalBasis legalBasis();

  /**
   * Returns every criterion of the tree, in tree order.
   *
   * @return the criteria
   */
  @Value.Lazy
  public List<Criterion> allCriteria() {
    List<Criterion> out = new ArrayList<>();
    collect(criteria(), out);
    return List.copyOf(out);
  }

  private static void collect(CriterionNode node, List<Criterion> out) {
    if (node instanceof CriterionNode.Leaf leaf) {
      out.add(leaf.criterion());
    } else if (node instanceof CriterionNode.AllOf all) {
      all.nodes().forEach(n -> collect(n, out));
    } else if (node instanceof CriterionNode.AnyOf any) {
      any.nodes().forEach(n -> collect(n, out));
    }
  }

  @Value.Check
  void check() {
    List<String> seen = new ArrayList<>();
    for (Criterion criterion : allCriteria()) {
      if (seen.contains(criterion.id())) {
        throw new IllegalStateException(
            "scheme " + id() + " has the criterion " + criterion.id() + " twice");
      }
      seen.add(criterion.id());
    }
  }
}
