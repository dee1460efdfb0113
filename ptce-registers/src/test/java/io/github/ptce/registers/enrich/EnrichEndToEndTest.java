package io.github.ptce.registers.enrich;

import static io.github.ptce.registers.SyntheticSirene.ASSOCIATION;
import static io.github.ptce.registers.SyntheticSirene.CEASED;
import static io.github.ptce.registers.SyntheticSirene.COMMUNE;
import static io.github.ptce.registers.SyntheticSirene.EPCI;
import static io.github.ptce.registers.SyntheticSirene.PARIS;
import static io.github.ptce.registers.SyntheticSirene.SAS_PLAIN;
import static io.github.ptce.registers.SyntheticSirene.SCIC;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.Perimeter;
import io.github.ptce.registers.RegisterLookup;
import io.github.ptce.registers.SyntheticSirene;
import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.SchemeOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, without network: a cluster that gives only its members' names, kinds and SIRENs (and
 * its perimeter) is undetermined on the criteria the registers settle; enriched from the SYNTHETIC
 * extract (Parquet), it is decided on them: Art. 1 per member by legal category, Art. 9 "same
 * territory" by location, décret n° 2015-431 Art. 3 2° "three legal persons", the COTE carrier as
 * an employer association; and a unit the register says had ceased is not a member any more.
 */
class EnrichEndToEndTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);
  static final List<String> SCHEMES =
      List.of("fr.law.2014-856.art1", "fr.law.2014-856.art9", "fr.region.hauts-de-france.cote");

  /** The décret's criteria are those of the 2015 call, evaluated while it was open. */
  static final LocalDate CALL_2015 = LocalDate.of(2015, 6, 1);

  @TempDir Path temp;

  static Membership of(String id, StakeholderKind kind, String siren, MemberRole role) {
    return Membership.builder()
        .stakeholder(EnricherTest.member(id, kind, siren).build())
        .role(role)
        .build();
  }

  static Cluster namesKindsAndSirens() {
    return Cluster.builder()
        .name("Pôle synthétique")
        // Partly in Hauts-de-France (59), so that COTE's criteria are evaluated: its carrier is
        // what is tested.
        .perimeter(
            Perimeter.builder()
                .addDepartements(
                    DepartementCode.parse("06"),
                    DepartementCode.parse("59"),
                    DepartementCode.parse("69"),
                    DepartementCode.parse("75"))
                .build())
        .addMembers(of("asso", StakeholderKind.ENTERPRISE, ASSOCIATION, MemberRole.CARRIER))
        .addMembers(of("scic", StakeholderKind.ENTERPRISE, SCIC, MemberRole.FOUNDER))
        .addMembers(of("sas", StakeholderKind.ENTERPRISE, SAS_PLAIN, MemberRole.MEMBER))
        .addMembers(of("paris", StakeholderKind.ENTERPRISE, PARIS, MemberRole.MEMBER))
        .addMembers(of("commune", StakeholderKind.LOCAL_AUTHORITY, COMMUNE, MemberRole.PARTNER))
        .addMembers(of("agglo", StakeholderKind.LOCAL_AUTHORITY_GROUPING, EPCI, MemberRole.PARTNER))
        .addMembers(of("dissoute", StakeholderKind.ENTERPRISE, CEASED, MemberRole.MEMBER))
        .build();
  }

  /** The outcomes of the criteria the registers settle, by criterion (and member for Art. 1). */
  static Map<String, Outcome> settled(EligibilityEngine engine, Cluster cluster) {
    EligibilityReport report = engine.evaluate(cluster, AS_OF, SCHEMES, List.of());
    EligibilityReport call =
        engine.evaluate(cluster, CALL_2015, List.of("fr.state.ptce-call.2015"), List.of());
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    outcomes.put("art1[asso]", art1(report, "asso"));
    outcomes.put("art1[scic]", art1(report, "scic"));
    outcomes.put(
        "art9.same-territory",
        criterion(report, "fr.law.2014-856.art9", "fr.law.2014-856.art9.i.same-territory"));
    outcomes.put(
        "decree.three-legal-persons",
        criterion(
            call, "fr.state.ptce-call.2015", "fr.decree.2015-431.art3.2.three-legal-persons"));
    outcomes.put(
        "decree.private-law-person",
        criterion(call, "fr.state.ptce-call.2015", "fr.decree.2015-431.art3.1.private-law-person"));
    outcomes.put(
        "cote.carrier",
        criterion(
            report, "fr.region.hauts-de-france.cote", "fr.region.hauts-de-france.cote.carrier"));
    return outcomes;
  }

  static Outcome art1(EligibilityReport report, String member) {
    SchemeOutcome outcome = report.scheme("fr.law.2014-856.art1", member).orElseThrow().outcome();
    return switch (outcome) {
      case ELIGIBLE -> Outcome.MET;
      case NOT_ELIGIBLE -> Outcome.NOT_MET;
      case UNDETERMINED -> Outcome.UNKNOWN;
      case NOT_APPLICABLE -> Outcome.NOT_APPLICABLE;
    };
  }

  static Outcome criterion(EligibilityReport report, String scheme, String id) {
    CriterionReport.Single single =
        find(report.scheme(scheme).orElseThrow().criteria().orElseThrow(), id);
    return single.outcome();
  }

  static CriterionReport.Single find(CriterionReport node, String id) {
    if (node instanceof CriterionReport.Single single) {
      return single.criterion().id().equals(id) ? single : null;
    }
    for (CriterionReport part : ((CriterionReport.Group) node).parts()) {
      CriterionReport.Single found = find(part, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  @Test
  void theRegistersDecideWhatTheyKnow() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("sirene"));
    SyntheticSirene.writeParquet(dir, false);
    Cluster bare = namesKindsAndSirens();
    EligibilityEngine engine = EligibilityEngine.standard();
    Map<String, Outcome> before = settled(engine, bare);
    before.forEach((criterion, outcome) -> assertEquals(Outcome.UNKNOWN, outcome, criterion));

    Cluster enriched;
    try (RegisterLookup sirene =
        RegisterLookup.sireneStock(dir).extractDate(LocalDate.of(2026, 10, 31)).threads(1).open()) {
      enriched = Enricher.of(sirene).enrich(bare).cluster();
    }
    Map<String, Outcome> after = settled(engine, enriched);
    Map<String, Outcome> expected = new LinkedHashMap<>();
    expected.put("art1[asso]", Outcome.MET); // an association (9220): SSE by its legal form
    expected.put("art1[scic]", Outcome.MET); // a cooperative (5560): SSE by its legal form
    expected.put("art9.same-territory", Outcome.MET); // every enterprise located in 06, 69 or 75
    expected.put("decree.three-legal-persons", Outcome.MET); // legal persons by their categories
    expected.put("decree.private-law-person", Outcome.MET); // the carrier, an association
    expected.put("cote.carrier", Outcome.MET); // an association whose establishments employ staff
    assertEquals(expected, after);
    assertEquals(Outcome.MET, after.get("cote.carrier"));
    // Ceased by 30 June 2019 at the latest (the stock's dateDebut): not a member in 2026, so not
    // reported on.
    EligibilityReport report = engine.evaluate(enriched, AS_OF, SCHEMES, List.of());
    assertEquals(true, report.scheme("fr.law.2014-856.art1", "dissoute").isEmpty());
  }
}
