package io.github.ptce.rules.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.territory.RegionCode;
import io.github.ptce.rules.Criterion;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.Grant;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.SourceStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/schemes.md} is generated from the catalogue itself, so it cannot drift from the rules: this
 * test regenerates it and fails when the committed file differs. Run it with {@code -Dptce.updateDocs=true}
 * to rewrite the file.
 */
class SchemeDocsTest {
  static final Path DOC = Path.of("..", "docs", "schemes.md");

  @Test
  void theSchemesPageIsUpToDate() throws IOException {
    String generated = generate(SchemeCatalog.standard());
    if (Boolean.getBoolean("ptce.updateDocs")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
    assertEquals(generated, committed, "docs/schemes.md is stale: run "
        + "./mvnw -pl ptce-rules -am test -Dtest=SchemeDocsTest -Dptce.updateDocs=true -Dsurefire.failIfNoSpecifiedTests=false");
  }

  static String generate(SchemeCatalog catalog) {
    StringBuilder out = new StringBuilder();
    out.append("# Schemes of the catalogue\n\n")
        .append("<!-- Generated from the catalogue by SchemeDocsTest; do not edit by hand. -->\n\n")
        .append("Every scheme that `EligibilityEngine.standard()` knows, with its criteria and the texts they ")
        .append("encode. A criterion is decided `AUTOMATED` (from data), `DECLARED` (from a declaration, or an ")
        .append("assessment) or `ASSESSED` (a person's judgement, given as an assessment). A legal basis marked ")
        .append("**secondary** rests on one secondary source; reports say so next to the result. See ")
        .append("[CONTRIBUTING.md](../CONTRIBUTING.md) to add a scheme.\n\n");
    out.append("| id | title | kind | territory | window |\n| --- | --- | --- | --- | --- |\n");
    for (Scheme scheme : catalog.all()) {
      out.append("| [`").append(scheme.id()).append("`](#").append(anchor(scheme.id())).append(") | ")
          .append(cell(scheme.title().text(Locale.ENGLISH))).append(" | ").append(scheme.kind()).append(" | ")
          .append(cell(territory(scheme))).append(" | ").append(window(scheme)).append(" |\n");
    }
    for (Scheme scheme : catalog.all()) {
      out.append("\n## ").append(scheme.id()).append("\n\n")
          .append("**").append(scheme.title().text(Locale.ENGLISH)).append("**  \n")
          .append("*").append(scheme.title().text(Locale.FRENCH)).append("*\n\n")
          .append(scheme.summary().text(Locale.ENGLISH)).append("\n\n")
          .append("- version: ").append(scheme.version()).append('\n')
          .append("- kind: ").append(scheme.kind()).append(", issuer: ").append(scheme.issuer())
          .append(", evaluated for: ").append(scheme.subject()).append('\n')
          .append("- territory: ").append(territory(scheme)).append('\n')
          .append("- window: ").append(window(scheme)).append('\n');
      scheme.grant().ifPresent(grant -> out.append("- grants: ").append(grant(grant)).append('\n'));
      out.append("- basis: ").append(basis(scheme.legalBasis())).append("\n\n");
      out.append("| criterion | kind | title | legal basis |\n| --- | --- | --- | --- |\n");
      List<String> rows = new ArrayList<>();
      rows(scheme.criteria(), "", rows, scheme);
      rows.forEach(out::append);
    }
    return out.toString();
  }

  private static void rows(CriterionNode node, String prefix, List<String> rows, Scheme scheme) {
    if (node instanceof CriterionNode.Leaf leaf) {
      Criterion c = leaf.criterion();
      rows.add("| " + prefix + "`" + c.id() + "`" + (leaf.counts() ? "" : " (informative)") + " | " + c.kind()
          + " | " + cell(c.title().text(Locale.ENGLISH)) + " | "
          + cell(basis(c.legalBasis(scheme.validity().from()))) + " |\n");
    } else if (node instanceof CriterionNode.AllOf all) {
      all.nodes().forEach(n -> rows(n, prefix, rows, scheme));
    } else if (node instanceof CriterionNode.AnyOf any) {
      rows.add("| " + prefix + "*one of:* | | | |\n");
      any.nodes().forEach(n -> rows(n, prefix + "— ", rows, scheme));
    }
  }

  private static String basis(LegalBasis basis) {
    return "[" + basis.citation() + "](" + basis.url() + ")"
        + (basis.status() == SourceStatus.SECONDARY ? " — **secondary source**" : "");
  }

  private static String grant(Grant grant) {
    StringBuilder out = new StringBuilder();
    grant.amount().ifPresent(a -> out.append("€").append(a).append(" per beneficiary; "));
    grant.envelope().ifPresent(a -> out.append("€").append(a).append(" in total; "));
    grant.durationMonths().ifPresent(m -> out.append(m).append(" months; "));
    return out.append(grant.description().text(Locale.ENGLISH)).toString();
  }

  private static String territory(Scheme scheme) {
    if (scheme.scope().isNational()) {
      return "France";
    }
    List<String> names = new ArrayList<>();
    Geography geography = Geography.bundled();
    for (RegionCode code : scheme.scope().regions()) {
      names.add("région " + geography.region(code).map(r -> r.name()).orElse("?") + " (" + code + ")");
    }
    for (DepartementCode code : scheme.scope().departements()) {
      names.add("département " + geography.departement(code).map(d -> d.name()).orElse("?") + " (" + code + ")");
    }
    return String.join(", ", names);
  }

  private static String window(Scheme scheme) {
    return scheme.validity().from() + " → " + scheme.validity().to().map(Object::toString).orElse("");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String anchor(String id) {
    return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "");
  }
}
