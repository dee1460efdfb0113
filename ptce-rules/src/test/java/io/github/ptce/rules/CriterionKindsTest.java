package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * How every criterion of the catalogue is decided, as audited for issue 13 (item 6): {@code
 * AUTOMATED} from the data, the geography or published dates; {@code DECLARED} from a declaration
 * of the applicant (or an assessment); {@code ASSESSED} by a person's assessment only; {@code
 * AUTOMATED+assessment} from the data, an assessment answering what they leave unknown ({@link
 * Criterion#acceptsAssessment()}). A new criterion fails this test until its kind is recorded here,
 * so that the catalogue, {@code ptce explain} and {@code docs/schemes.md} never say "decided from a
 * declaration" of a criterion the geography decides.
 *
 * <p>Changed by the audit: the territory criteria of the seven regional and departmental schemes
 * ({@code spi.TerritoryCriterion}, was {@code DECLARED}: the geography decides); {@code
 * fr.state.ami-ptce.phase1.open} (a {@code spi.WindowCriterion} with known-open days, was {@code
 * ASSESSED}: the dates decide those days); {@code fr.region.pays-de-la-loire.ptce.carrier} and
 * {@code .local-authority-link} (were {@code DECLARED}: the kind of the carrier and the members
 * decide); {@code fr.region.ile-de-france.ami-ptce-2014.sse-beneficiary} (was {@code DECLARED}: the
 * legal category decides, a declared status or agreement says so in its result).
 */
class CriterionKindsTest {
  static final String[] KINDS = {
    "fr.decree.2015-431.art3.1.private-law-person", "AUTOMATED",
    "fr.decree.2015-431.art3.2.three-legal-persons", "AUTOMATED",
    "fr.decree.2015-431.art3.2.sse-enterprise", "AUTOMATED",
    "fr.decree.2015-431.art3.2.non-sse-enterprise", "AUTOMATED",
    "fr.decree.2015-431.art3.2.other-art9-person", "AUTOMATED",
    "fr.decree.2015-431.art3.3.innovative-project-territory", "DECLARED",
    "fr.decree.2015-431.art3.4.no-previous-state-support", "DECLARED",
    "fr.departement.oise.ptce-support.territory", "AUTOMATED+assessment",
    "fr.departement.oise.ptce-support.rules", "ASSESSED",
    "fr.departement.oise.ptce-support.window", "ASSESSED",
    "fr.law.2014-856.art1.i.private-law-person", "AUTOMATED",
    "fr.law.2014-856.art1.ii-1.legal-form", "AUTOMATED",
    "fr.law.2014-856.art1.ii-2.commercial-company", "DECLARED",
    "fr.law.2014-856.art2.social-utility", "DECLARED",
    "fr.code-travail.l3332-17-1.esus-agreement", "DECLARED",
    "fr.law.2014-856.art9.i.same-territory", "AUTOMATED",
    "fr.law.2014-856.art9.i.sse-enterprises", "AUTOMATED",
    "fr.law.2014-856.art9.i.conventional-enterprises", "AUTOMATED",
    "fr.law.2014-856.art9.i.partners", "AUTOMATED",
    "fr.law.2014-856.art9.i.common-strategy", "DECLARED",
    "fr.law.2014-856.art9.i.innovative-projects", "DECLARED",
    "fr.law.2014-856.art9.i.sustainable-local-development", "ASSESSED",
    "fr.network.ptce-charter.commitments", "ASSESSED",
    "fr.network.ptce-charter.signed", "DECLARED",
    "fr.region.grand-est.initiatives-territoriales.territory", "AUTOMATED+assessment",
    "fr.region.grand-est.initiatives-territoriales.carrier", "AUTOMATED",
    "fr.region.grand-est.initiatives-territoriales.collective-project", "DECLARED",
    "fr.region.grand-est.initiatives-territoriales.window", "ASSESSED",
    "fr.region.hauts-de-france.cote.territory", "AUTOMATED+assessment",
    "fr.region.hauts-de-france.cote.carrier", "AUTOMATED",
    "fr.region.hauts-de-france.cote.project-type", "DECLARED",
    "fr.region.hauts-de-france.cote.state-aid", "ASSESSED",
    "fr.region.hauts-de-france.cote.window", "ASSESSED",
    "fr.region.ile-de-france.ami-ptce-2014.territory", "AUTOMATED+assessment",
    "fr.region.ile-de-france.ami-ptce-2014.infra-regional", "AUTOMATED",
    "fr.region.ile-de-france.ami-ptce-2014.sse-beneficiary", "AUTOMATED+assessment",
    "fr.region.ile-de-france.ami-ptce-2014.opening", "ASSESSED",
    "fr.region.nouvelle-aquitaine.territorial-cooperation.territory", "AUTOMATED+assessment",
    "fr.region.nouvelle-aquitaine.territorial-cooperation.rules", "ASSESSED",
    "fr.region.nouvelle-aquitaine.territorial-cooperation.window", "ASSESSED",
    "fr.region.occitanie.cooperation-groupings.territory", "AUTOMATED+assessment",
    "fr.region.occitanie.cooperation-groupings.rules", "ASSESSED",
    "fr.region.occitanie.cooperation-groupings.window", "ASSESSED",
    "fr.region.pays-de-la-loire.ptce.territory", "AUTOMATED+assessment",
    "fr.region.pays-de-la-loire.ptce.carrier", "AUTOMATED+assessment",
    "fr.region.pays-de-la-loire.ptce.sse-structures", "AUTOMATED",
    "fr.region.pays-de-la-loire.ptce.commercial-firms", "AUTOMATED",
    "fr.region.pays-de-la-loire.ptce.significant-number", "ASSESSED",
    "fr.region.pays-de-la-loire.ptce.local-authority-link", "AUTOMATED+assessment",
    "fr.region.pays-de-la-loire.ptce.sustainable-development", "ASSESSED",
    "fr.region.pays-de-la-loire.ptce.territorial-anchoring", "ASSESSED",
    "fr.region.pays-de-la-loire.ptce.social-innovation-or-utility", "DECLARED",
    "fr.region.pays-de-la-loire.ptce.durable-jobs", "ASSESSED",
    "fr.region.pays-de-la-loire.ptce.de-minimis", "ASSESSED",
    "fr.region.pays-de-la-loire.ptce.window", "ASSESSED",
    "fr.state.ami-ptce.phase1.open", "AUTOMATED+assessment",
    "fr.state.ami-ptce.phase1.beneficiaries", "ASSESSED",
    "fr.state.ami-ptce.phase2.2021.deadline", "ASSESSED",
    "fr.state.ami-ptce.phase2.2021.phase1-laureate", "AUTOMATED",
    "fr.state.ami-ptce.phase2.2021.both-phases", "DECLARED",
    "fr.state.ami-ptce.phase2.2021.beneficiaries", "ASSESSED",
    "fr.state.ami-ptce.phase2.2022.opening", "ASSESSED",
    "fr.state.ami-ptce.phase2.2022.phase1-laureate", "AUTOMATED",
    "fr.state.ami-ptce.phase2.2022.both-phases", "DECLARED",
    "fr.state.ami-ptce.phase2.2022.beneficiaries", "ASSESSED",
    "fr.state.ami-ptce.phase2.2023.phase1-laureate", "AUTOMATED",
    "fr.state.ami-ptce.phase2.2023.both-phases", "DECLARED",
    "fr.state.ami-ptce.phase2.2023.beneficiaries", "ASSESSED",
    "fr.state.ptce-call.2013.deadline", "ASSESSED",
    "fr.state.ptce-call.2013.eligibility", "ASSESSED",
    "fr.state.ptce-call.2015.deadline", "ASSESSED",
    "fr.state.ptce-call.2015.category", "ASSESSED",
    "fr.state.ptce-development.2025.window", "ASSESSED",
    "fr.state.ptce-development.2025.beneficiaries", "ASSESSED",
    "fr.state.ptce-development.2025.rural-or-qpv-priority", "DECLARED"
  };

  static String kind(Criterion criterion) {
    return criterion.kind()
        + (criterion.kind() == CriterionKind.AUTOMATED && criterion.acceptsAssessment()
            ? "+assessment"
            : "");
  }

  @Test
  void everyCriterionIsDecidedTheWayItsKindSays() {
    Map<String, String> expected = new TreeMap<>();
    for (int i = 0; i < KINDS.length; i += 2) {
      expected.put(KINDS[i], KINDS[i + 1]);
    }
    Map<String, String> actual = new TreeMap<>();
    for (Scheme scheme : SchemeCatalog.standard().all()) {
      for (Criterion criterion : scheme.allCriteria()) {
        actual.put(criterion.id(), kind(criterion));
      }
    }
    assertEquals(expected, actual);
  }
}
