package io.github.ptce.rules.schemes.paysdelaloire;

import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cooperation.InnovationType;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.stakeholder.LegalFamily;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
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
import io.github.ptce.rules.spi.Census;
import io.github.ptce.rules.spi.Members;
import io.github.ptce.rules.spi.SchemeProvider;
import io.github.ptce.rules.spi.TerritoryCriterion;
import io.github.ptce.rules.spi.UndecidedCriterion;
import io.github.ptce.rules.spi.WindowCriterion;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scheme {@code fr.region.pays-de-la-loire.ptce}: the Région des Pays de la Loire's aid to PTCEs
 * (FACTS.md § 5, FACTS-2.md § 3.1). It funds the coordination during gestation and emergence, and
 * the first projects and the stabilisation of the economic model during development and
 * consolidation; its amounts, caps and rates are not published.
 *
 * <p>Decided from the data: the territory; at least one SSE structure and at least one enterprise
 * outside the SSE (a grouping of SSE networks, firms and structures joined by industrial or
 * commercial firms); the carrier among the beneficiary types the sources list. Declared: social
 * innovation or social utility (a project declared socially innovative), a link with local
 * authorities (one among the members or partners). Left to a person: the "significant number" of
 * members, the sustainable socio-economic development, the territorial anchoring, durable jobs, the
 * de minimis ceiling. Undetermined: whether it takes applications at the date.
 */
public final class PaysDeLaLoirePtceScheme implements SchemeProvider {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "messages");

  static final String ID = "fr.region.pays-de-la-loire.ptce";
  static final TerritorialScope PAYS_DE_LA_LOIRE = TerritorialScope.region("52");

  /**
   * The règlement cites the regional budget of 29–30 January 2015 (programme 308) among its
   * recitals (FACTS-2.md § 3.1): it cannot have been adopted before that budget, and the window
   * starts on its last day.
   */
  static final LocalDate BUDGET_2015 = LocalDate.of(2015, 1, 30);

  static final Validity WINDOW = Validity.from(BUDGET_2015);

  static Message text(String key) {
    return Message.of(BUNDLE, key, Map.of());
  }

  static final String TEXT =
      "Région des Pays de la Loire, règlement d'intervention « Pôles territoriaux de "
          + "coopération économique (PTCE) »";

  /**
   * The aid as an aid portal describes it (FACTS.md § 5; infogreffe's portal agrees): a secondary
   * source.
   */
  private static LegalBasis portal(String noteKey) {
    return LegalBasis.builder()
        .text(TEXT)
        .versionDate(BUDGET_2015)
        .url(AID_URL)
        .publisher("les-aides.fr")
        .primary(false)
        .status(SourceStatus.CONFIRMED)
        .note(text(noteKey))
        .build();
  }

  static final String AID_URL =
      "https://les-aides.fr/fiche/a5dgC35GxfTeBGZeTUzZ4_Vm/region-des-pays-de-la-loire/"
          + "poles-territoriaux-de-cooperation-economique-ptce.html";

  /**
   * A copy of the règlement, of which only the recitals (« visas ») could be read (FACTS-2.md §
   * 3.1).
   */
  static final String RULES_URL =
      "http://studylibfr.com/doc/1665317/r%C3%A9glement-d-intervention-p%C3%B4les-territoriaux-de---les";

  static final LegalBasis AID = portal("basis.aid.note");
  static final LegalBasis CRITERIA = portal("basis.criteria.note");
  static final LegalBasis BENEFICIARIES = portal("basis.beneficiaries.note");
  static final LegalBasis DE_MINIMIS =
      LegalBasis.builder()
          .text(TEXT)
          .article("Visas")
          .versionDate(BUDGET_2015)
          .url(RULES_URL)
          .publisher("studylibfr.com")
          .primary(true)
          .status(SourceStatus.CONFIRMED)
          .note(text("basis.deMinimis.note"))
          .build();
  static final LegalBasis DATES = portal("basis.dates.note");

  /** The carrier is of a beneficiary type the sources list; the list may not be exhaustive. */
  static final class Carrier extends CarrierCriterion {
    private static final Set<StakeholderKind> LISTED =
        EnumSet.of(
            StakeholderKind.ENTERPRISE,
            StakeholderKind.TRAINING_BODY,
            StakeholderKind.HIGHER_EDUCATION,
            StakeholderKind.RESEARCH_CENTRE,
            StakeholderKind.LOCAL_AUTHORITY,
            StakeholderKind.LOCAL_AUTHORITY_GROUPING);

    Carrier() {
      super(ID + ".carrier", CriterionKind.AUTOMATED, BENEFICIARIES, WINDOW, BUNDLE);
    }

    /**
     * Returns true: a person who read the aid's rules answers for a type of carrier the sources do
     * not list.
     */
    @Override
    public boolean acceptsAssessment() {
      return true;
    }

    @Override
    protected CriterionResult evaluateCarrier(Evaluation evaluation, Membership carrier) {
      Stakeholder s = carrier.stakeholder();
      boolean association = s.legalFamily().map(f -> f == LegalFamily.ASSOCIATION).orElse(false);
      boolean gip =
          s.possibleLegalCategories().stream().map(c -> c.code()).toList().equals(List.of("7410"));
      if (LISTED.contains(s.kind()) || association || gip) {
        return result(Outcome.MET, "listed", "name", s.name(), "kind", gip ? "GIP" : s.kind())
            .member(s.id())
            .build();
      }
      return result(Outcome.UNKNOWN, "notListed", "name", s.name(), "kind", s.kind())
          .member(s.id())
          .missing(
              new MissingFact(
                  MissingFact.assessmentPath(id()), message("fact.notListed", "name", s.name())))
          .remediation(message("remedy.notListed"))
          .build();
    }
  }

  /**
   * "A grouping … of ESS networks, firms and structures joined by industrial or commercial firms".
   */
  static final class Enterprises extends BaseCriterion {
    private final Outcome wanted;

    /**
     * Creates the criterion.
     *
     * @param suffix the id suffix
     * @param wanted {@link Outcome#MET} for SSE structures, {@link Outcome#NOT_MET} for firms
     *     outside the SSE
     */
    Enterprises(String suffix, Outcome wanted) {
      super(ID + "." + suffix, CriterionKind.AUTOMATED, CRITERIA, WINDOW, BUNDLE);
      this.wanted = wanted;
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Census census =
          Census.of(
              evaluation,
              Members::isEnterprise,
              p -> {
                Outcome sse = evaluation.sseStatus(p);
                Outcome is = sse == Outcome.NOT_APPLICABLE ? Outcome.NOT_MET : sse;
                return wanted == Outcome.MET ? is : is.negate();
              });
      CriterionResult.Builder result;
      switch (census.exists()) {
        case MET -> {
          result =
              result(
                  Outcome.MET,
                  "met",
                  "count",
                  census.count(),
                  "names",
                  Members.namesOf(census.with()));
          census.with().forEach(p -> p.stakeholderId().ifPresent(result::member));
        }
        case NOT_MET ->
            result = result(Outcome.NOT_MET, "notMet").remediation(message("remedy.add"));
        default -> result = unknownWhetherAny(census, evaluation, evaluation::sseMissingFacts);
      }
      if (census.exists().isDecided()) {
        census.assumeSsePresumptions(result, evaluation);
      }
      return result.build();
    }
  }

  /**
   * "An ecosystem … linked to one or more local authorities": one among the members or partners.
   */
  static final class LocalAuthorityLink extends BaseCriterion {
    LocalAuthorityLink() {
      super(ID + ".local-authority-link", CriterionKind.AUTOMATED, CRITERIA, WINDOW, BUNDLE);
    }

    /**
     * Returns true: without a local authority among the members, a person answers for a link
     * outside them.
     */
    @Override
    public boolean acceptsAssessment() {
      return true;
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Census authorities =
          Census.of(
              evaluation,
              p ->
                  p.kind() == StakeholderKind.LOCAL_AUTHORITY
                      || p.kind() == StakeholderKind.LOCAL_AUTHORITY_GROUPING,
              p -> Outcome.MET);
      if (authorities.exists() == Outcome.MET) {
        CriterionResult.Builder result =
            result(Outcome.MET, "met", "names", Members.namesOf(authorities.with()));
        authorities.with().forEach(p -> p.stakeholderId().ifPresent(result::member));
        return result.build();
      }
      if (!authorities.perhapsMembers().isEmpty()) {
        // Listed, but whether they take part at the date depends on their dates of membership.
        CriterionResult.Builder result =
            result(
                    Outcome.UNKNOWN,
                    "presence",
                    "names",
                    Members.namesOf(authorities.perhapsMembers()))
                .remediation(authorities.presenceRemedy());
        authorities.explainUnknown(result, evaluation, p -> List.of());
        return result
            .missing(new MissingFact(MissingFact.assessmentPath(id()), message("fact.link")))
            .build();
      }
      return result(Outcome.UNKNOWN, "none")
          .missing(new MissingFact(MissingFact.assessmentPath(id()), message("fact.link")))
          .remediation(message("remedy.none"))
          .build();
    }
  }

  /**
   * "Social innovation or social utility": a project declared socially innovative, or a person's
   * answer.
   */
  static final class SocialInnovation extends BaseCriterion {
    SocialInnovation() {
      super(ID + ".social-innovation-or-utility", CriterionKind.DECLARED, CRITERIA, WINDOW, BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      for (Project project : evaluation.cluster().projects()) {
        if (project.innovation().contains(InnovationType.SOCIAL)) {
          return result(Outcome.MET, "socialInnovation", "title", project.title()).build();
        }
      }
      return result(Outcome.UNKNOWN, "undeclared")
          .missing(new MissingFact(MissingFact.assessmentPath(id()), message("fact.assessment")))
          .remediation(message("remedy.undeclared"))
          .build();
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
          .scope(PAYS_DE_LA_LOIRE)
          .validity(WINDOW)
          .criteria(
              CriterionNode.allOf(
                  CriterionNode.of(
                      new TerritoryCriterion(
                          ID + ".territory", CRITERIA, WINDOW, BUNDLE, PAYS_DE_LA_LOIRE)),
                  CriterionNode.of(new Carrier()),
                  CriterionNode.of(new Enterprises("sse-structures", Outcome.MET)),
                  CriterionNode.of(new Enterprises("commercial-firms", Outcome.NOT_MET)),
                  CriterionNode.of(
                      UndecidedCriterion.judgement(
                          ID + ".significant-number", CRITERIA, WINDOW, BUNDLE)),
                  CriterionNode.of(new LocalAuthorityLink()),
                  CriterionNode.of(
                      UndecidedCriterion.judgement(
                          ID + ".sustainable-development", CRITERIA, WINDOW, BUNDLE)),
                  CriterionNode.of(
                      UndecidedCriterion.judgement(
                          ID + ".territorial-anchoring", CRITERIA, WINDOW, BUNDLE)),
                  CriterionNode.of(new SocialInnovation()),
                  CriterionNode.of(
                      UndecidedCriterion.judgement(ID + ".durable-jobs", CRITERIA, WINDOW, BUNDLE)),
                  CriterionNode.of(
                      UndecidedCriterion.judgement(ID + ".de-minimis", DE_MINIMIS, WINDOW, BUNDLE)),
                  CriterionNode.of(
                      WindowCriterion.notPublished(ID + ".window", DATES, WINDOW, BUNDLE))))
          .grant(Grant.builder().financial(true).description(text("grant")).build())
          .legalBasis(AID)
          .build();

  /** Creates the provider; called by the {@link java.util.ServiceLoader}. */
  public PaysDeLaLoirePtceScheme() {}

  @Override
  public List<Scheme> schemes() {
    return List.of(SCHEME);
  }
}
