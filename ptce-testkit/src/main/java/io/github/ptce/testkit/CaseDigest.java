package io.github.ptce.testkit;

import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.RankedMissingFact;
import io.github.ptce.rules.SchemeReport;
import java.util.Locale;

/**
 * The complete result of a case, as text: the case files assert outcomes, reasons and missing
 * facts; the digest also holds every observation, member concerned, remediation, assumption and
 * citation, so that no change to what a user reads goes unnoticed. {@link SchemeCases#withDigests}
 * compares it with a committed file; a deliberate change is recorded with {@code
 * -Dptce.golden.update=true}, and the diff of the digests is reviewed like code.
 *
 * <p>One line per fact of the report, in English: for each scheme report its outcome and reason,
 * its criteria tree (outcome, how decided, observed and required values, members, missing facts,
 * remediation, assumptions, assessment, citation), its ranked missing facts, remediations,
 * assumptions, shares of the decision and texts; then the report's missing facts and assumptions. A
 * message is written as {@code <key> | <English text>}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CaseDigest {
  private CaseDigest() {}

  /**
   * Returns the digest of a report.
   *
   * @param report the report of a case
   * @return one line per fact, in English
   */
  public static String of(EligibilityReport report) {
    StringBuilder out = new StringBuilder();
    for (SchemeReport scheme : report.schemes()) {
      out.append("scheme ")
          .append(scheme.scheme().id())
          .append(scheme.subject().map(s -> " [" + s.id() + " " + s.path() + "]").orElse(""))
          .append(": ")
          .append(scheme.outcome())
          .append(" — ")
          .append(text(scheme.reason()))
          .append('\n');
      scheme.criteria().ifPresent(c -> criteria(c, "  ", out));
      for (RankedMissingFact fact : scheme.missingFacts()) {
        out.append("  missing ")
            .append(fact.fact().path())
            .append(" (")
            .append(fact.outcomes())
            .append(", ")
            .append(fact.criteria())
            .append(") ")
            .append(text(fact.fact().description()))
            .append('\n');
      }
      scheme.remediations().forEach(m -> out.append("  to do: ").append(text(m)).append('\n'));
      scheme.assumptions().forEach(m -> out.append("  assumes: ").append(text(m)).append('\n'));
      int[] percent = scheme.decisionShares().percentages();
      out.append("  decided: ")
          .append(scheme.decisionShares())
          .append(" = ")
          .append(percent[0])
          .append("/")
          .append(percent[1])
          .append("/")
          .append(percent[2])
          .append("/")
          .append(percent[3])
          .append(" %\n");
      out.append("  texts: ")
          .append(
              String.join(
                  "; ", scheme.legalBases().stream().map(CaseDigest::citation).distinct().toList()))
          .append('\n');
    }
    for (RankedMissingFact fact : report.missingFacts()) {
      out.append("missing ")
          .append(fact.fact().path())
          .append(" (")
          .append(fact.outcomes())
          .append(")\n");
    }
    report.assumptions().forEach(m -> out.append("assumes: ").append(text(m)).append('\n'));
    return out.toString();
  }

  private static void criteria(CriterionReport node, String indent, StringBuilder out) {
    if (node instanceof CriterionReport.Group group) {
      out.append(indent)
          .append(group.anyOf() ? "any of" : "all of")
          .append(": ")
          .append(group.outcome())
          .append('\n');
      group.parts().forEach(p -> criteria(p, indent + "  ", out));
      return;
    }
    CriterionReport.Single single = (CriterionReport.Single) node;
    var result = single.result();
    out.append(indent)
        .append(single.criterion().id())
        .append(single.counts() ? "" : " (informative)")
        .append(": ")
        .append(result.outcome())
        .append(single.decidedBy().map(k -> " by " + k).orElse(""))
        .append(" — ")
        .append(text(result.reason()))
        .append('\n');
    String more = indent + "    ";
    result
        .observed()
        .ifPresent(m -> out.append(more).append("observed: ").append(text(m)).append('\n'));
    result
        .required()
        .ifPresent(m -> out.append(more).append("required: ").append(text(m)).append('\n'));
    if (!result.members().isEmpty()) {
      out.append(more).append("members: ").append(result.members()).append('\n');
    }
    for (MissingFact fact : result.missingFacts()) {
      out.append(more)
          .append("missing: ")
          .append(fact.path())
          .append(" — ")
          .append(text(fact.description()))
          .append('\n');
    }
    result
        .remediation()
        .ifPresent(m -> out.append(more).append("to do: ").append(text(m)).append('\n'));
    result
        .assumptions()
        .forEach(m -> out.append(more).append("assumes: ").append(text(m)).append('\n'));
    result
        .assessment()
        .ifPresent(a -> out.append(more).append("assessed by ").append(a.assessor()).append('\n'));
    out.append(more).append("text: ").append(citation(single.legalBasis())).append('\n');
  }

  private static String text(Message message) {
    return message.key() + " | " + message.text(Locale.ENGLISH);
  }

  /**
   * A short citation: the legal-basis tests check the full ones; here only what a criterion
   * applied.
   */
  private static String citation(LegalBasis basis) {
    return basis.article().map(a -> a + " ").orElse("")
        + basis.paragraph().map(p -> p + " ").orElse("")
        + basis.versionDate()
        + " "
        + basis.status();
  }
}
