package io.github.ptce.rules.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.RankedMissingFact;
import io.github.ptce.rules.SchemeReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The complete result of every case file, written as a digest and compared with the committed one under
 * {@code src/test/resources/golden/cases/}: the case files assert outcomes, reasons and missing facts; the
 * digest also holds every observation, member concerned, remediation, assumption and citation, so that no
 * change to what a user reads goes unnoticed. A deliberate change is recorded with
 * {@code -Dptce.golden.update=true}, and the diff of the digests is reviewed like code.
 */
class CaseDigestsTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/cases");

  @TestFactory
  Stream<DynamicTest> digests() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SchemeCasesTest.root())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String scheme = file.getParent().getFileName().toString();
        String name = file.getFileName().toString().replace(".json", ".txt");
        tests.add(DynamicTest.dynamicTest(scheme + "/" + name, () -> check(scheme, file, GOLDEN.resolve(scheme).resolve(name))));
      }
    }
    return tests.stream();
  }

  static void check(String scheme, Path file, Path golden) throws IOException {
    String digest = digest(SchemeCasesTest.evaluate(scheme, file));
    if (Boolean.getBoolean("ptce.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, digest, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
    assertEquals(committed, digest, golden + " differs: review the change, then record it with -Dptce.golden.update=true");
  }

  /** One line per fact of the report, in English. */
  static String digest(EligibilityReport report) {
    StringBuilder out = new StringBuilder();
    for (SchemeReport scheme : report.schemes()) {
      out.append("scheme ").append(scheme.scheme().id()).append(scheme.subject().map(s -> " [" + s.id() + " "
          + s.path() + "]").orElse("")).append(": ").append(scheme.outcome()).append(" — ").append(text(scheme.reason()))
          .append('\n');
      scheme.criteria().ifPresent(c -> criteria(c, "  ", out));
      for (RankedMissingFact fact : scheme.missingFacts()) {
        out.append("  missing ").append(fact.fact().path()).append(" (").append(fact.outcomes()).append(", ")
            .append(fact.criteria()).append(") ").append(text(fact.fact().description())).append('\n');
      }
      scheme.remediations().forEach(m -> out.append("  to do: ").append(text(m)).append('\n'));
      scheme.assumptions().forEach(m -> out.append("  assumes: ").append(text(m)).append('\n'));
      int[] percent = scheme.decisionShares().percentages();
      out.append("  decided: ").append(scheme.decisionShares()).append(" = ").append(percent[0]).append("/")
          .append(percent[1]).append("/").append(percent[2]).append("/").append(percent[3]).append(" %\n");
      out.append("  texts: ").append(String.join("; ", scheme.legalBases().stream().map(CaseDigestsTest::citation)
          .distinct().toList())).append('\n');
    }
    for (RankedMissingFact fact : report.missingFacts()) {
      out.append("missing ").append(fact.fact().path()).append(" (").append(fact.outcomes()).append(")\n");
    }
    report.assumptions().forEach(m -> out.append("assumes: ").append(text(m)).append('\n'));
    return out.toString();
  }

  private static void criteria(CriterionReport node, String indent, StringBuilder out) {
    if (node instanceof CriterionReport.Group group) {
      out.append(indent).append(group.anyOf() ? "any of" : "all of").append(": ").append(group.outcome()).append('\n');
      group.parts().forEach(p -> criteria(p, indent + "  ", out));
      return;
    }
    CriterionReport.Single single = (CriterionReport.Single) node;
    var result = single.result();
    out.append(indent).append(single.criterion().id()).append(single.counts() ? "" : " (informative)").append(": ")
        .append(result.outcome()).append(single.decidedBy().map(k -> " by " + k).orElse("")).append(" — ")
        .append(text(result.reason())).append('\n');
    String more = indent + "    ";
    result.observed().ifPresent(m -> out.append(more).append("observed: ").append(text(m)).append('\n'));
    result.required().ifPresent(m -> out.append(more).append("required: ").append(text(m)).append('\n'));
    if (!result.members().isEmpty()) {
      out.append(more).append("members: ").append(result.members()).append('\n');
    }
    for (MissingFact fact : result.missingFacts()) {
      out.append(more).append("missing: ").append(fact.path()).append(" — ").append(text(fact.description())).append('\n');
    }
    result.remediation().ifPresent(m -> out.append(more).append("to do: ").append(text(m)).append('\n'));
    result.assumptions().forEach(m -> out.append(more).append("assumes: ").append(text(m)).append('\n'));
    result.assessment().ifPresent(a -> out.append(more).append("assessed by ").append(a.assessor()).append('\n'));
    out.append(more).append("text: ").append(citation(single.legalBasis())).append('\n');
  }

  private static String text(Message message) {
    return message.key() + " | " + message.text(Locale.ENGLISH);
  }

  /** A short citation: the legal-basis tests check the full ones; here only what a criterion applied. */
  private static String citation(LegalBasis basis) {
    return basis.article().map(a -> a + " ").orElse("") + basis.paragraph().map(p -> p + " ").orElse("")
        + basis.versionDate() + " " + basis.status();
  }
}
