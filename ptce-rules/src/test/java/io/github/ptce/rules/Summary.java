package io.github.ptce.rules;

import java.util.ArrayList;
import java.util.List;

/** A comparable digest of a report: every outcome, reason code and missing fact, in order. */
record Summary(List<String> lines) {
  static Summary of(EligibilityReport report) {
    List<String> lines = new ArrayList<>();
    for (SchemeReport scheme : report.schemes()) {
      String head = scheme.scheme().id() + scheme.subject().map(s -> "[" + s.id() + "]").orElse("");
      lines.add(
          head
              + " "
              + scheme.outcome()
              + " "
              + scheme.reason().key()
              + " "
              + scheme.reason().arguments());
      scheme.criteria().ifPresent(c -> add(head, c, lines));
      scheme
          .missingFacts()
          .forEach(f -> lines.add(head + " missing " + f.fact().path() + " " + f.outcomes()));
    }
    report
        .missingFacts()
        .forEach(
            f -> lines.add("missing " + f.fact().path() + " " + f.outcomes() + " " + f.criteria()));
    return new Summary(lines);
  }

  private static void add(String head, CriterionReport report, List<String> lines) {
    if (report instanceof CriterionReport.Single single) {
      lines.add(
          head
              + " "
              + single.criterion().id()
              + " "
              + single.outcome()
              + " "
              + single.result().reason().key()
              + " "
              + single.result().reason().arguments());
    } else {
      ((CriterionReport.Group) report).parts().forEach(p -> add(head, p, lines));
    }
  }
}
