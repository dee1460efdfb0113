package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.territory.RegionCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/schemes.md} is generated from the catalogue: every scheme with its window, territory, grant,
 * sources and criteria. The test fails when the file is stale; run it with {@code -Dptce.docs.update=true} to
 * write it again.
 */
class SchemeDocsTest {
  /** The page, from the module directory (Surefire sets {@code basedir}). */
  static final Path DOC = Path.of(System.getProperty("basedir", "."), "..", "docs", "schemes.md").normalize();
  static final Locale EN = Locale.ENGLISH;

  @Test
  void theSchemesPageIsUpToDate() throws IOException {
    String expected = render(SchemeCatalog.standard(), Geography.bundled());
    if (Boolean.getBoolean("ptce.docs.update")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    // The page cites public sources, never the project's research notes.
    java.util.regex.Matcher notes = java.util.regex.Pattern.compile("FACTS[-0-9]*\\.md|legal-texts\\.md|§ \\d")
        .matcher(expected);
    org.junit.jupiter.api.Assertions.assertFalse(notes.find(), () -> "the page cites " + notes.group());
    String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
    assertEquals(expected, actual, DOC + " is stale: run the tests with -Dptce.docs.update=true");
  }

  static String render(SchemeCatalog catalog, Geography geography) {
    StringBuilder out = new StringBuilder();
    out.append("# The scheme catalogue\n\n")
        .append("<!-- Generated from SchemeCatalog.standard() by SchemeDocsTest; do not edit. Regenerate with\n")
        .append("     ./mvnw -B -pl ptce-rules -am test -Dtest=SchemeDocsTest -Dptce.docs.update=true"
            + " -Dsurefire.failIfNoSpecifiedTests=false -->\n\n")
        .append(INTRO)
        .append("| id | kind | issuer | territory | window | grant |\n| --- | --- | --- | --- | --- | --- |\n");
    for (Scheme scheme : catalog.all()) {
      out.append("| [`").append(scheme.id()).append("`](#").append(anchor(scheme.id())).append(") | ")
          .append(label(scheme.kind())).append(" | ").append(label(scheme.issuer())).append(" | ")
          .append(territory(scheme.scope(), geography)).append(" | ").append(window(scheme.validity())).append(" | ")
          .append(scheme.grant().map(SchemeDocsTest::shortGrant).orElse("—")).append(" |\n");
    }
    for (Scheme scheme : catalog.all()) {
      out.append("\n## ").append(scheme.id()).append("\n\n")
          .append("**").append(scheme.title().text(EN)).append("** — ").append(scheme.title().text(Locale.FRENCH))
          .append("\n\n").append(scheme.summary().text(EN)).append("\n\n")
          .append("- Kind: ").append(label(scheme.kind())).append("; issuer: ").append(label(scheme.issuer()))
          .append("; evaluated for: ").append(label(scheme.subject())).append("; rules version ")
          .append(scheme.version())
          .append("\n- Territory: ").append(territory(scheme.scope(), geography))
          .append("\n- Window: ").append(window(scheme.validity())).append('\n');
      scheme.grant().ifPresent(grant -> out.append("- Grant: ").append(longGrant(grant)).append('\n'));
      out.append("- Basis: ").append(basis(scheme.legalBasis())).append('\n');
      scheme.legalBasis().note().ifPresent(note -> out.append("  - ").append(note.text(EN)).append('\n'));
      out.append("\n| criterion | decided by | counts | basis |\n| --- | --- | --- | --- |\n");
      LocalDate first = scheme.validity().from();
      for (CriterionRow row : rows(scheme.criteria(), true)) {
        Criterion criterion = row.criterion();
        LocalDate at = criterion.validity().from().isAfter(first) ? criterion.validity().from() : first;
        LegalBasis basis = criterion.legalBasis(at);
        out.append("| `").append(criterion.id()).append("`<br>").append(criterion.title().text(EN)).append(" | ")
            .append(decidedBy(criterion)).append(" | ").append(row.counts() ? "yes" : "informative").append(" | ")
            .append("[").append(basis.citation()).append("](").append(basis.url()).append(") — ")
            .append(basis.source().text(EN)).append("; ").append(label(basis.status())).append(" |\n");
      }
      Set<String> sources = new LinkedHashSet<>();
      sources.add(source(scheme.legalBasis()));
      for (Criterion criterion : scheme.allCriteria()) {
        LocalDate at = criterion.validity().from().isAfter(first) ? criterion.validity().from() : first;
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
        ? label(criterion.kind()) + ", or an assessment where the data cannot decide" : label(criterion.kind());
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
      names.add("région " + geography.region(region).map(r -> r.name()).orElse("?") + " (" + region + ")");
    }
    for (DepartementCode departement : scope.departements()) {
      names.add("département " + geography.departement(departement).map(d -> d.name()).orElse("?") + " ("
          + departement + ")");
    }
    return String.join(", ", names);
  }

  static String window(Validity validity) {
    return validity.from() + " → " + validity.to().map(LocalDate::toString).orElse("(no published end)");
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
      parts.add(grant.minimumAmount().map(SchemeDocsTest::euros).orElse("?") + "–"
          + grant.maximumAmount().map(SchemeDocsTest::euros).orElse("?"));
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
    return basis.citation() + " — " + basis.source().text(EN) + "; " + label(basis.status()) + " — " + basis.url();
  }

  /** A public source as a reader cites it: publisher, date, primary or secondary, address. */
  static String source(LegalBasis basis) {
    return basis.source().text(EN) + ": " + basis.url();
  }

  /** An enumerated value as a reader reads it. */
  static String label(Enum<?> value) {
    return Labels.of(value).text(EN);
  }

  static final String INTRO = """
      Every scheme of the catalogue, as the library encodes it: its window, its territory, what it grants, the
      sources it rests on and its criteria. The facts come only from the public sources each scheme cites (the
      law and the decree on Légifrance, the official pages and documents of the schemes, and where nothing else
      was found one secondary source, such as the RTES note of October 2023); each criterion cites its source —
      who publishes it, its date, whether it is primary or secondary — and its status (confirmed, or one
      secondary source only, which the report says next to the result).

      How each criterion is decided (the "decided by" column): automatically, from the data of the cluster, the
      bundled geography or the dates the sources publish; from a declaration of the applicant (a strategy, an
      innovation, a signature), which an assessment may replace; or by a person's assessment only. An automated
      criterion that says "or an assessment where the data cannot decide" takes an assessment for what
      the data leave unknown (a perimeter that straddles a border, a carrier of a type the sources do not list),
      and the data decide the rest: an assessment of what they decide is not used, and the report says so.

      How to read an outcome:
      - **Decided where the criteria are known.** A confirmed or secondary criterion decides; a not-confirmed
        one never does.
      - **Undetermined where they are not published.** A condition whose content is not published (the
        composition required by the 2021–2025 calls, the charter's commitments, the rules of the Occitanie,
        Nouvelle-Aquitaine and Oise schemes) is a criterion that stays *unknown*, names what is missing, and
        asks for an assessment (`$.assessments[?(@.criterionId=='<criterion id>')]`) by a person who read the text.
      - **Windows from dated facts only.** Where an opening or closing day is not published, the window uses
        the facts that bound it (a call named after a year cannot open before that year; results published on
        a day close a call the day before; a scheme that uses the 2014 law cannot precede it) and a
        `…window`/`…opening`/`…deadline` criterion leaves "open at the date" undetermined inside it.
      - **Territory from the bundled geography.** A regional or departmental scheme applies when the cluster's
        perimeter lies in its territory. A perimeter that straddles the border is *unknown* (no scheme
        publishes its rule for cross-border clusters: the funder's answer is an assessment of the territory
        criterion); a cluster without a perimeter is *unknown* with `$.perimeter` missing (the carrier's seat
        is not used instead), and the overview lists the scheme apart, "undetermined on territory". A cluster
        wholly outside is *not applicable*, and the overview lists the scheme "elsewhere". A regional scheme
        never applies before its région exists (the régions formed by loi n° 2015-29 exist from 2016-01-01).

      Every scheme the RTES note names is here (its Hauts-de-France « ACTE » is COTE: no scheme of that name was
      found, and the Region's PTCE scheme is COTE).
      Found in the sources but not modelled: the 2024
      round of the national support (15 PTCEs announced in September 2024, one secondary source, no dates or
      rules), the Nouvelle-Aquitaine AMPLI and « Coup de boost Région » aids (not PTCE schemes), the
      Hauts-de-France « ACTes » fund (an investment fund for local authorities), a FEADER measure of an
      unidentified région, and the « Agir en Meurthe-et-Moselle » call (2025, département and Région).

      """;
}
