package io.github.ptce.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.territory.Geography;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The page of some schemes: a table of them, then each with its criteria and sources. */
class SchemeDocsTest {

  @Test
  void thePageHasTheTableThenEachSchemeWithItsCriteriaAndSources() {
    Scheme cote = SchemeCatalog.standard().find("fr.region.hauts-de-france.cote").orElseThrow();
    String page =
        SchemeDocs.markdown(
            "Two schemes", "An introduction.\n\n", List.of(cote), Geography.bundled());
    assertTrue(
        page.startsWith(
            "# Two schemes\n\nAn introduction.\n\n| id | kind | issuer | territory | window "
                + "| grant |\n| --- | --- | --- | --- | --- | --- |\n| [`fr.region.hauts-de-france.cote`]"
                + "(#frregionhauts-de-francecote) | support scheme | région | région Hauts-de-France (32) | "),
        page);
    assertTrue(
        page.contains(
            "\n## fr.region.hauts-de-france.cote\n\n**"
                + cote.title().text(Locale.ENGLISH)
                + "** — "
                + cote.title().text(Locale.FRENCH)),
        page);
    assertTrue(page.contains("\n| criterion | decided by | counts | basis |\n"), page);
    assertTrue(page.contains("\nSources:\n- " + SchemeDocs.source(cote.legalBasis()) + "\n"), page);
  }
}
