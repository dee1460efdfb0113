package io.github.ptce.rules.schemes.iledefrance;

import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.LegalFamily;
import io.github.ptce.core.stakeholder.SpecificStatus;
import io.github.ptce.core.stakeholder.SseEvidence;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.RegionCode;
import io.github.ptce.core.territory.ResolvedPerimeter;
import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.Grant;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.SourceStatus;
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.BaseCriterion;
import io.github.ptce.rules.spi.CarrierCriterion;
import io.github.ptce.rules.spi.SchemeProvider;
import io.github.ptce.rules.spi.SseDefinition;
import io.github.ptce.rules.spi.TerritoryCriterion;
import io.github.ptce.rules.spi.WindowCriterion;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scheme {@code fr.region.ile-de-france.ami-ptce-2014}: the Région Île-de-France's AMI PTCE of
 * 2014, historical, known from one secondary source (FACTS.md § 5, FACTS-2.md § 1.6): only SSE
 * enterprises could receive the grant (associations, cooperatives including SCIC and SCOP,
 * enterprises agreed « entreprises solidaires »), not the other partners; the territory had to be
 * infra-regional; the AMI was open until 2014-06-18. Its amount and its opening day are not
 * published.
 *
 * <p>The AMI predates loi n° 2014-856 (in force 2014-08-02): the carrier is checked against the
 * AMI's own list, not against the Art. 1 test, and an ESUS agreement recorded for the date is read
 * as the « entreprise solidaire » agreement it succeeded (the report says so).
 */
public final class IleDeFranceAmi2014Scheme implements SchemeProvider {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "messages");

  static final String ID = "fr.region.ile-de-france.ami-ptce-2014";
  static final RegionCode IDF = RegionCode.parse("11");
  static final TerritorialScope ILE_DE_FRANCE = TerritorialScope.region("11");

  /**
   * Open until 18 June 2014 (SECONDARY); its opening day is not published: the window starts with
   * 2014.
   */
  static final Validity WINDOW =
      Validity.between(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 6, 18));

  static Message text(String key) {
    return Message.of(BUNDLE, key, Map.of());
  }

  /**
   * An undated copy, one secondary source (FACTS.md § 5, FACTS-2.md § 1.6): no part of it is named.
   */
  static LegalBasis basis(String noteKey) {
    return LegalBasis.builder()
        .text(
            "Région Île-de-France, appel à manifestation d'intérêt « Pôles territoriaux de "
                + "coopération économique » (2014)")
        .versionDate(WINDOW.from())
        .url("https://e.20-bal.com/ekonomika/11534/index.html")
        .publisher("e.20-bal.com")
        .primary(false)
        .status(SourceStatus.SECONDARY)
        .note(text(noteKey))
        .build();
  }

  static final LegalBasis AMI = basis("basis.ami.note");
  static final LegalBasis BENEFICIARIES = basis("basis.beneficiaries.note");
  static final LegalBasis TERRITORY = basis("basis.territory.note");
  static final LegalBasis DATES = basis("basis.dates.note");

  /** The territory is infra-regional: the perimeter does not cover the whole of Île-de-France. */
  static final class InfraRegional extends BaseCriterion {
    InfraRegional() {
      super(ID + ".infra-regional", CriterionKind.AUTOMATED, TERRITORY, WINDOW, BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Optional<ResolvedPerimeter> perimeter = evaluation.perimeter();
      if (perimeter.isEmpty() || perimeter.get().isEmpty()) {
        return result(Outcome.UNKNOWN, "noPerimeter")
            .missing(fact("$.perimeter", "fact.perimeter"))
            .remediation(message("remedy.noPerimeter"))
            .build();
      }
      int whole = 0;
      for (CommuneCode code : perimeter.get().communes()) {
        if (evaluation.geography().commune(code).map(c -> c.region().equals(IDF)).orElse(false)) {
          whole++;
        }
      }
      // A commune of which the perimeter covers some arrondissements only (Paris) counts as covered
      // in part.
      long inPart =
          perimeter.get().arrondissements().stream()
              .map(a -> evaluation.geography().currentCommuneOf(a).orElseThrow())
              .filter(c -> c.region().equals(IDF))
              .distinct()
              .count();
      int inRegion = whole + (int) inPart;
      int total = evaluation.geography().communesOf(IDF).size();
      if (whole >= total) {
        return result(Outcome.NOT_MET, "wholeRegion", "count", Integer.toString(inRegion))
            .remediation(message("remedy.wholeRegion"))
            .build();
      }
      return result(
              Outcome.MET,
              "met",
              "count",
              Integer.toString(inRegion),
              "total",
              Integer.toString(total))
          .build();
    }
  }

  /**
   * Only SSE enterprises receive the grant: associations, cooperatives (SCIC, SCOP), agreed
   * solidarity firms.
   */
  static final class Carrier extends CarrierCriterion {
    private static final Set<SpecificStatus> COOPERATIVE =
        EnumSet.of(SpecificStatus.SCOP, SpecificStatus.SCIC, SpecificStatus.CAE);
    private static final Set<StakeholderKind> PUBLIC =
        EnumSet.of(
            StakeholderKind.LOCAL_AUTHORITY,
            StakeholderKind.LOCAL_AUTHORITY_GROUPING,
            StakeholderKind.STATE_SERVICE);

    Carrier() {
      super(ID + ".sse-beneficiary", CriterionKind.AUTOMATED, BENEFICIARIES, WINDOW, BUNDLE);
    }

    /**
     * Returns true: a person who read the AMI answers for a mutual or a foundation, which it does
     * not name.
     */
    @Override
    public boolean acceptsAssessment() {
      return true;
    }

    @Override
    protected CriterionResult evaluateCarrier(Evaluation evaluation, Membership carrier) {
      Stakeholder s = carrier.stakeholder();
      String name = s.name();
      String path = evaluation.pathOf(carrier) + ".stakeholder";
      boolean formKnown = s.legalCategory().isPresent() || s.legalForm().isPresent();
      LegalFamily family = s.legalFamily().orElse(LegalFamily.UNCLASSIFIED);
      if (s.kind() == StakeholderKind.NATURAL_PERSON) {
        return no("naturalPerson", s).build();
      }
      if (PUBLIC.contains(s.kind()) || s.privateLaw().map(p -> !p).orElse(false)) {
        return no("publicBody", s).build();
      }
      for (SpecificStatus status : s.knownStatuses()) {
        if (COOPERATIVE.contains(status)) {
          return yes("cooperativeStatus", s, "status", status)
              .decidedBy(CriterionKind.DECLARED)
              .build();
        }
      }
      if (family == LegalFamily.ASSOCIATION) {
        return s.legalPerson().orElse(true)
            ? yes("association", s).build()
            : no("noLegalPersonality", s).build();
      }
      if (family == LegalFamily.COOPERATIVE) {
        return yes("cooperative", s).build();
      }
      SseDefinition.Finding agreement = SseDefinition.esusAgreement(s, evaluation.asOf());
      if (s.sseStatus().evidence() == SseEvidence.ESUS_AGREEMENT) {
        if (agreement.outcome() == Outcome.MET) {
          return yes("agreed", s)
              .decidedBy(CriterionKind.DECLARED)
              .assumption(message("assume.agreement"))
              .build();
        }
        if (agreement.outcome() == Outcome.UNKNOWN) {
          return result(
                  Outcome.UNKNOWN,
                  "agreementEnd",
                  with(s, "why", SseDefinition.esusReason(s, evaluation.asOf(), name)))
              .member(s.id())
              .remediation(message("remedy.complete", "name", name))
              .missing(SseDefinition.esusMissingFacts(s, path, evaluation.asOf(), name))
              .build();
        }
        return no(
                "agreementNotValid", s, "why", SseDefinition.esusReason(s, evaluation.asOf(), name))
            .decidedBy(CriterionKind.DECLARED)
            .build();
      }
      if (family == LegalFamily.MUTUAL || family == LegalFamily.FOUNDATION) {
        return maybe("notNamed", s)
            .missing(
                new MissingFact(
                    MissingFact.assessmentPath(id()), message("fact.notNamed", "name", name)))
            .build();
      }
      if (family == LegalFamily.COMMERCIAL_COMPANY
          || (!formKnown && s.kind() == StakeholderKind.ENTERPRISE)) {
        SseEvidence evidence = s.sseStatus().evidence();
        if (evidence == SseEvidence.NOT_SSE || evidence == SseEvidence.ESS_MENTION) {
          return no("notAgreed", s).decidedBy(CriterionKind.DECLARED).build();
        }
        CriterionResult.Builder result =
            maybe("companyUnknown", s)
                .missing(fact(path + ".sseStatus", "fact.sseStatus", "name", name));
        if (!formKnown) {
          result.missing(fact(path + ".legalCategory", "fact.legalCategory", "name", name));
        }
        return result.build();
      }
      if (!formKnown || family == LegalFamily.UNCLASSIFIED) {
        return maybe("formUnknown", s)
            .missing(fact(path + ".legalCategory", "fact.legalCategory", "name", name))
            .build();
      }
      return no("notSse", s).build();
    }

    private CriterionResult.Builder yes(String reason, Stakeholder s, Object... more) {
      return result(Outcome.MET, reason, with(s, more)).member(s.id());
    }

    private CriterionResult.Builder no(String reason, Stakeholder s, Object... more) {
      return result(Outcome.NOT_MET, reason, with(s, more))
          .member(s.id())
          .remediation(message("remedy.notSse"));
    }

    private CriterionResult.Builder maybe(String reason, Stakeholder s) {
      return result(Outcome.UNKNOWN, reason, with(s))
          .member(s.id())
          .remediation(message("remedy.complete", "name", s.name()));
    }

    private static Object[] with(Stakeholder s, Object... more) {
      Object[] all = new Object[more.length + 2];
      all[0] = "name";
      all[1] = s.name();
      System.arraycopy(more, 0, all, 2, more.length);
      return all;
    }
  }

  static final Scheme SCHEME =
      Scheme.builder()
          .id(ID)
          .version("1.0.0")
          .title(text(ID + ".title"))
          .summary(text(ID + ".summary"))
          .issuer(Issuer.REGION)
          .kind(SchemeKind.SUPPORT)
          .scope(ILE_DE_FRANCE)
          .validity(WINDOW)
          .criteria(
              CriterionNode.allOf(
                  CriterionNode.of(
                      new TerritoryCriterion(
                          ID + ".territory", TERRITORY, WINDOW, BUNDLE, ILE_DE_FRANCE)),
                  CriterionNode.of(new InfraRegional()),
                  CriterionNode.of(new Carrier()),
                  CriterionNode.of(
                      WindowCriterion.notPublished(ID + ".opening", DATES, WINDOW, BUNDLE))))
          .grant(Grant.builder().financial(true).description(text("grant")).build())
          .legalBasis(AMI)
          .build();

  /** Creates the provider; called by the {@link java.util.ServiceLoader}. */
  public IleDeFranceAmi2014Scheme() {}

  @Override
  public List<Scheme> schemes() {
    return List.of(SCHEME);
  }
}
