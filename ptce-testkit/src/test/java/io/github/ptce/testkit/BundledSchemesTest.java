package io.github.ptce.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.SchemeCatalog;
import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * ptce's own schemes, tested with the kit exactly as a scheme of one's own is: their case files and
 * digests, their number of cases, their French and English texts, and the page {@code
 * docs/schemes.md}.
 *
 * <p>Why here: the kit depends on ptce-rules, so ptce-rules' own tests cannot use it (Maven cannot
 * order a module before a module it depends on). The case files and digests stay in ptce-rules,
 * next to the schemes they test, under {@code ptce-rules/src/test/resources/cases/<scheme id>/} and
 * {@code …/golden/cases/}: this test reads them from there.
 */
class BundledSchemesTest {
  /** The module directory (Surefire sets {@code basedir}). */
  static final Path MODULE =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

  static final Path RULES_TESTS = MODULE.resolveSibling("ptce-rules").resolve("src/test/resources");
  static final Path CASES = RULES_TESTS.resolve("cases");
  static final Path DIGESTS = RULES_TESTS.resolve("golden/cases");
  static final Path DOC = MODULE.resolveSibling("docs").resolve("schemes.md");

  /** At least ten cases for the legal definitions, six for the others. */
  static final Map<String, Integer> MINIMUM =
      Map.of("fr.law.2014-856.art1", 10, "fr.law.2014-856.art9", 10, "fr.decree.2015-431.art3", 10);

  static final int DEFAULT_MINIMUM = 6;

  static final SchemeCases RUNNER = SchemeCases.in(CASES).withDigests(DIGESTS);

  @TestFactory
  Stream<DynamicTest> cases() {
    return RUNNER.tests();
  }

  @Test
  void everySchemeHasEnoughCasesAndEveryCaseDirectoryIsAScheme() {
    RUNNER.checkCoverage(SchemeCatalog.standard().all(), MINIMUM, DEFAULT_MINIMUM);
  }

  @Test
  void everyMessageFileOfPtceRulesIsBilingual() {
    List<MessageBundle> bundles = new ArrayList<>();
    for (String base :
        List.of("messages", "render/messages", "spi/messages", "json/messages", "labels")) {
      bundles.add(MessageBundle.load(MethodHandles.lookup(), "/io/github/ptce/rules/" + base));
    }
    MessageParity.check(bundles);
  }

  @Test
  void everySchemeAndCriterionHasItsTextsInBothLanguagesAndALegalBasis() {
    MessageParity.checkSchemes(SchemeCatalog.standard().all());
  }

  @Test
  void theSchemesPageIsUpToDate() {
    String page =
        SchemeDocs.markdown(
            "The scheme catalogue", PREAMBLE, SchemeCatalog.standard().all(), Geography.bundled());
    // The page cites public sources, never the project's research notes.
    Matcher notes = Pattern.compile("FACTS[-0-9]*\\.md|legal-texts\\.md|§ \\d").matcher(page);
    assertFalse(notes.find(), () -> "the page cites " + notes.group());
    GoldenFile.check(DOC, page, GoldenFile.UPDATE_DOCS);
  }

  static final String PREAMBLE =
      "<!-- Generated from SchemeCatalog.standard() by BundledSchemesTest (ptce-testkit); "
          + "do not edit. Regenerate with\n     ./mvnw -B -pl ptce-testkit -am test -Dtest=BundledSchemesTest "
          + "-Dptce.docs.update=true -Dsurefire.failIfNoSpecifiedTests=false -->\n\n"
          + """
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
