package io.github.ptce.testkit;

import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.territory.RegionCode;
import io.github.ptce.rules.Criterion;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.Grant;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.Labels;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.rules.Validity;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Markdown page of schemes, generated from the schemes themselves: a table of every scheme (id,
 * kind, issuer, territory, window, grant), then for each its titles in English and French, summary,
 * subject, rules version, grant, basis with its status and note, its criteria (how each is decided,
 * whether it counts, the text it cites) and its sources. ptce's {@code docs/schemes.md} is such a
 * page; a scheme of one's own gets one the same way, kept up to date by a test:
 *
 * <pre>{@code
 * @Test
 * void theSchemesPageIsUpToDate() {
 *   String page = SchemeDocs.markdown("The cooperation grant of the Example Foundation", "",
 *       new ExampleProvider().schemes(), Geography.bundled());
 *   GoldenFile.check(Path.of("docs/schemes.md"), page, GoldenFile.UPDATE_DOCS);
 * }
 * }</pre>
 *
 * <p>The page is in English (the French title of each scheme beside its English one). Stateless and
 * thread-safe.
 */
public final class SchemeDocs {
  static final Locale EN = Locale.ENGLISH;

  private SchemeDocs() {}

  /**
   * Returns the page of some schemes.
   *
   * @param title the title of the page, its {@code #} heading
   * @param preamble what comes between the title and the table, as Markdown, ending with a blank
   *     line when not empty (a comment that says the page is generated, an introduction)
   * @param schemes the schemes, in the order of the page
   * @param geography the geography that names the régions and départements of their territories
   * @return the page
   */
  public static String markdown(
      String title, String preamble, Collection<Scheme> schemes, Geography geography) {
    StringBuilder out = new StringBuilder();
    out.append("# ")
        .append(title)
        .append("\n\n")
        .append(preamble)
        .append(
            "| id | kind | issuer | territory | window | grant |\n| --- | --- | --- | --- | --- | --- |\n");
    for (Scheme scheme : schemes) {
      out.append("| [`")
          .append(scheme.id())
          .append("`](#")
          .append(anchor(scheme.id()))
          .append(") | ")
          .append(label(scheme.kind()))
          .append(" | ")
          .append(issuer(scheme.issuer()))
          .append(" | ")
          .append(territory(scheme.scope(), geography))
          .append(" | ")
          .append(window(scheme.validity()))
          .append(" | ")
          .append(scheme.grant().map(SchemeDocs::shortGrant).orElse("—"))
          .append(" |\n");
    }
    for (Scheme scheme : schemes) {
      out.append("\n## ")
          .append(scheme.id())
          .append("\n\n")
          .append("**")
          .append(scheme.title().text(EN))
          .append("** — ")
          .append(scheme.title().text(Locale.FRENCH))
          .append("\n\n")
          .append(scheme.summary().text(EN))
          .append("\n\n")
          .append("- Kind: ")
          .append(label(scheme.kind()))
          .append("; issuer: ")
          .append(issuer(scheme.issuer()))
          .append("; evaluated for: ")
          .append(label(scheme.subject()))
          .append("; rules version ")
          .append(scheme.version())
          .append("\n- Territory: ")
          .append(territory(scheme.scope(), geography))
          .append("\n- Window: ")
          .append(window(scheme.validity()))
          .append('\n');
      scheme
          .grant()
          .ifPresent(grant -> out.append("- Grant: ").append(longGrant(grant)).append('\n'));
      out.append("- Basis: ").append(basis(scheme.legalBasis())).append('\n');
      scheme
          .legalBasis()
          .note()
          .ifPresent(note -> out.append("  - ").append(note.text(EN)).append('\n'));
      out.append("\n| criterion | decided by | counts | basis |\n| --- | --- | --- | --- |\n");
      LocalDate first = scheme.validity().from();
      for (CriterionRow row : rows(scheme.criteria(), true)) {
        Criterion criterion = row.criterion();
        LocalDate at =
            criterion.validity().from().isAfter(first) ? criterion.validity().from() : first;
        LegalBasis basis = criterion.legalBasis(at);
        out.append("| `")
            .append(criterion.id())
            .append("`<br>")
            .append(criterion.title().text(EN))
            .append(" | ")
            .append(decidedBy(criterion))
            .append(" | ")
            .append(row.counts() ? "yes" : "informative")
            .append(" | ")
            .append("[")
            .append(basis.citation())
            .append("](")
            .append(basis.url())
            .append(") — ")
            .append(basis.source().text(EN))
            .append("; ")
            .append(label(basis.status()))
            .append(" |\n");
      }
      Set<String> sources = new LinkedHashSet<>();
      sources.add(source(scheme.legalBasis()));
      for (Criterion criterion : scheme.allCriteria()) {
        LocalDate at =
            criterion.validity().from().isAfter(first) ? criterion.validity().from() : first;
        sources.add(source(criterion.legalBasis(at)));
      }
      out.append("\nSources:\n");
      sources.forEach(source -> out.append("- ").append(source).append('\n'));
    }
    return out.toString();
  }

  record CriterionRow(Criterion criterion, boolean counts) {}

  static List<CriterionRow> rows(CriterionNode node, boolean counts) {
    List<CriterionRow> rows = new ArrayList<>();
    if (node instanceof CriterionNode.Leaf leaf) {
      rows.add(new CriterionRow(leaf.criterion(), counts && leaf.counts()));
    } else if (node instanceof CriterionNode.AllOf all) {
      all.nodes().forEach(n -> rows.addAll(rows(n, counts)));
    } else if (node instanceof CriterionNode.AnyOf any) {
      any.nodes().forEach(n -> rows.addAll(rows(n, counts)));
    }
    return rows;
  }

  /** The kind, and for an automated criterion that accepts an assessment, that it does. */
  static String decidedBy(Criterion criterion) {
    return criterion.kind() == CriterionKind.AUTOMATED && criterion.acceptsAssessment()
        ? label(criterion.kind()) + ", or an assessment where the data cannot decide"
        : label(criterion.kind());
  }

  static String anchor(String id) {
    return id.replace(".", "");
  }

  static String territory(TerritorialScope scope, Geography geography) {
    if (scope.isNational()) {
      return "national";
    }
    List<String> names = new ArrayList<>();
    for (RegionCode region : scope.regions()) {
      names.add(
          "région "
              + geography.region(region).map(r -> r.name()).orElse("?")
              + " ("
              + region
              + ")");
    }
    for (DepartementCode departement : scope.departements()) {
      names.add(
          "département "
              + geography.departement(departement).map(d -> d.name()).orElse("?")
              + " ("
              + departement
              + ")");
    }
    return String.join(", ", names);
  }

  static String window(Validity validity) {
    return validity.from()
        + " → "
        + validity.to().map(LocalDate::toString).orElse("(no published end)");
  }

  static String euros(Amount amount) {
    BigDecimal value = amount.euros().stripTrailingZeros();
    NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
    format.setMaximumFractionDigits(2);
    return "€" + format.format(value);
  }

  static String shortGrant(Grant grant) {
    List<String> parts = new ArrayList<>();
    grant.amount().ifPresent(a -> parts.add(euros(a)));
    if (grant.minimumAmount().isPresent() || grant.maximumAmount().isPresent()) {
      parts.add(
          grant.minimumAmount().map(SchemeDocs::euros).orElse("?")
              + "–"
              + grant.maximumAmount().map(SchemeDocs::euros).orElse("?"));
    }
    grant.durationMonths().ifPresent(m -> parts.add(m + " months"));
    grant.envelope().ifPresent(e -> parts.add("envelope " + euros(e)));
    if (!grant.financial()) {
      parts.add("services, no grant");
    }
    return parts.isEmpty() ? "not published" : String.join(", ", parts);
  }

  static String longGrant(Grant grant) {
    return shortGrant(grant) + ". " + grant.description().text(EN);
  }

  static String basis(LegalBasis basis) {
    return basis.citation()
        + " — "
        + basis.source().text(EN)
        + "; "
        + label(basis.status())
        + " — "
        + basis.url();
  }

  /** A public source as a reader cites it: publisher, date, primary or secondary, address. */
  static String source(LegalBasis basis) {
    return basis.source().text(EN) + ": " + basis.url();
  }

  /** An issuer as a reader reads it: its kind, then its name when it has one. */
  static String issuer(Issuer issuer) {
    String kind = label(issuer.kind());
    return issuer.name().map(name -> kind + ": " + name.text(EN)).orElse(kind);
  }

  /** An enumerated value as a reader reads it. */
  static String label(Enum<?> value) {
    return Labels.of(value).text(EN);
  }
}
