package io.github.ptce.rules.render;

import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.SchemeReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The legal texts of one JSON document, each written once in its {@code legalTexts} and referred to
 * by an id ({@code L1}, {@code L2}, … in order of first use) from the criteria and scheme reports.
 * A 30-member cluster cites the same few texts hundreds of times: written in full each time they
 * made most of the document.
 */
final class LegalTexts {
  private final Map<LegalBasis, String> ids = new LinkedHashMap<>();

  private LegalTexts() {}

  /**
   * Collects the texts of scheme reports, in report order: the scheme's basis, then its criteria's.
   */
  static LegalTexts of(List<SchemeReport> reports) {
    LegalTexts texts = new LegalTexts();
    for (SchemeReport report : reports) {
      texts.add(report.scheme().legalBasis());
      report.legalBases().forEach(texts::add);
      report.criteria().ifPresent(texts::collect);
    }
    return texts;
  }

  private void collect(CriterionReport node) {
    if (node instanceof CriterionReport.Single single) {
      add(single.legalBasis());
    } else {
      ((CriterionReport.Group) node).parts().forEach(this::collect);
    }
  }

  private void add(LegalBasis basis) {
    ids.computeIfAbsent(basis, b -> "L" + (ids.size() + 1));
  }

  /** The id of a text of the document. */
  String id(LegalBasis basis) {
    String id = ids.get(basis);
    if (id == null) {
      throw new IllegalStateException("a legal text was not collected: " + basis.citation());
    }
    return id;
  }

  /** The texts with their ids, in order of first use. */
  Set<Map.Entry<LegalBasis, String>> entries() {
    return ids.entrySet();
  }
}
