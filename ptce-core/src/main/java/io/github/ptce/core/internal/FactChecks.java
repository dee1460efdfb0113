package io.github.ptce.core.internal;

import io.github.ptce.core.Violation;
import io.github.ptce.core.provenance.Source;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.LegalForm;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Structural checks shared by the holders of stakeholder facts (a stakeholder, unnamed members, the cluster). */
public final class FactChecks {
  private FactChecks() {}

  /**
   * Adds a violation for every fact a source names that its holder does not have.
   *
   * @param sources the sources of the holder
   * @param properties the property names of the holder
   * @param problems where the violations go, with paths relative to the holder
   */
  public static void sources(List<Source> sources, Set<String> properties, List<Violation> problems) {
    for (int i = 0; i < sources.size(); i++) {
      for (String fact : sources.get(i).facts()) {
        if (!properties.contains(fact)) {
          problems.add(Violation.of("$.sources[" + i + "].facts", "source.unknownFact",
              Map.of("fact", fact, "allowed", String.join(", ", new TreeSet<>(properties)))));
        }
      }
    }
  }

  /**
   * Adds a violation when a legal category is not one of the categories of the legal form given beside it.
   *
   * @param category the INSEE category, if given
   * @param form the published form, if given
   * @param problems where the violation goes, at {@code $.legalForm}
   */
  public static void legalForm(Optional<LegalCategory> category, Optional<LegalForm> form, List<Violation> problems) {
    if (category.isPresent() && form.isPresent() && !form.get().allows(category.get())) {
      StringBuilder codes = new StringBuilder();
      for (LegalCategory allowed : form.get().categories()) {
        codes.append(codes.length() == 0 ? "" : ", ").append(allowed.code());
      }
      problems.add(Violation.of("$.legalForm", "stakeholder.legalFormMismatch",
          Map.of("form", form.get().name(), "category", category.get().code(), "codes", codes.toString())));
    }
  }
}
