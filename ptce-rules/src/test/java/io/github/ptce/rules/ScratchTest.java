package io.github.ptce.rules;

import io.github.ptce.core.json.PtceJson;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void scratch() {
    String doc = """
        {"name": "Pôle test", "perimeter": {"epcis": ["200039857"]},
         "members": [
           {"stakeholder": {"id": "tetris", "name": "SCIC TETRIS", "kind": "ENTERPRISE", "location": "06069", "specificStatuses": ["SCIC"]}, "role": "CARRIER"},
           {"stakeholder": {"id": "asso", "name": "Evaléco", "kind": "ENTERPRISE", "legalCategory": "9220", "location": "06069"}},
           {"stakeholder": {"id": "sas", "name": "Une SAS", "kind": "ENTERPRISE", "legalCategory": "5710", "location": "06069"}},
           {"stakeholder": {"id": "capg", "name": "CA du Pays de Grasse", "kind": "LOCAL_AUTHORITY_GROUPING", "legalCategory": "7348", "location": "06069"}}
         ],
         "strategy": {"modes": ["POOLING"], "documentDate": "2016-01-01", "startDate": "2015-07-01"},
         "projects": [{"title": "Économie circulaire", "innovation": ["SOCIAL"], "localDevelopmentAims": ["emplois locaux"]}]
        }""";
    var cluster = PtceJson.standard().readCluster(doc).orElseThrow();
    var report = EligibilityEngine.standard().evaluate(cluster, LocalDate.of(2026, 1, 15));
    for (SchemeReport s : report.schemes()) {
      System.out.println(s + " | " + s.reason().text(Locale.ENGLISH));
      s.criteria().ifPresent(c -> print(c, "  "));
      s.missingFacts().forEach(f -> System.out.println("    missing " + f.fact().path() + " : " + f.fact().description().text(Locale.FRENCH) + " " + f.outcomes() + f.criteria()));
      s.remediations().forEach(r -> System.out.println("    fix: " + r.text(Locale.ENGLISH)));
    }
    System.out.println("TOTAL missing:");
    report.missingFacts().forEach(f -> System.out.println("  " + f.outcomes() + " " + f.fact().path()));
  }

  static void print(CriterionReport r, String indent) {
    if (r instanceof CriterionReport.Single s) {
      System.out.println(indent + s.outcome() + " " + s.criterion().id() + " : " + s.result().reason().text(Locale.ENGLISH) + " [" + s.decidedBy().orElse(null) + "]");
    } else {
      CriterionReport.Group g = (CriterionReport.Group) r;
      System.out.println(indent + (g.anyOf() ? "ANY " : "ALL ") + g.outcome());
      g.parts().forEach(p -> print(p, indent + "  "));
    }
  }
}
