package io.github.ptce.rules.render;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.Support;
import io.github.ptce.core.cluster.SupportKind;
import io.github.ptce.core.cooperation.CooperationMode;
import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.InnovationType;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.resources.FunderLevel;
import io.github.ptce.core.resources.ResourceMix;
import io.github.ptce.core.resources.Subsidy;
import io.github.ptce.core.stakeholder.EsusAgreement;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.SpecificStatus;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.EpciCode;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.territory.Perimeter;
import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.EvaluationOptions;
import io.github.ptce.rules.Grant;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Overview;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.SourceStatus;
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.BaseCriterion;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Clusters, schemes and reports for the renderer tests, built with the model builders (not with the
 * core test generators, on purpose).
 */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  /** A name that is hostile in every output format. */
  static final String HOSTILE =
      "<script>alert('x')</script> & \"Co\" | *bold* _it_ [a](b) #1 \u001b[31mred\u001b[0m\nnext";

  private static final String GRASSE = "06069";
  private static final String CA_PAYS_DE_GRASSE = "200039857";

  private Fixtures() {}

  // ----------------------------------------------------------------------------------------
  // clusters

  private static Stakeholder.Builder enterprise(String id, String name, String category) {
    return Stakeholder.builder()
        .id(id)
        .name(name)
        .kind(StakeholderKind.ENTERPRISE)
        .legalCategory(LegalCategory.parse(category))
        .location(CommuneCode.parse(GRASSE));
  }

  /**
   * Four members of different kinds: a SCIC carrier, an association, an SAS of unknown status, an
   * agglomeration.
   */
  static Cluster tetris() {
    return Cluster.builder()
        .id("tetris")
        .name("Pôle TETRIS")
        .perimeter(Perimeter.ofEpcis(EpciCode.parse(CA_PAYS_DE_GRASSE)))
        .addMembers(
            Membership.of(
                Stakeholder.builder()
                    .id("scic")
                    .name("SCIC TETRIS")
                    .kind(StakeholderKind.ENTERPRISE)
                    .location(CommuneCode.parse(GRASSE))
                    .addSpecificStatuses(SpecificStatus.SCIC)
                    .build(),
                MemberRole.CARRIER))
        .addMembers(
            Membership.of(enterprise("asso", "Evaléco", "9220").build(), MemberRole.FOUNDER))
        .addMembers(Membership.of(enterprise("sas", "Une SAS", "5710").build(), MemberRole.MEMBER))
        .addMembers(
            Membership.of(
                Stakeholder.builder()
                    .id("capg")
                    .name("CA du Pays de Grasse")
                    .kind(StakeholderKind.LOCAL_AUTHORITY_GROUPING)
                    .legalCategory(LegalCategory.parse("7348"))
                    .location(CommuneCode.parse(GRASSE))
                    .build(),
                MemberRole.PARTNER))
        .strategy(
            CooperationStrategy.builder()
                .addModes(CooperationMode.POOLING)
                .documentDate(LocalDate.of(2016, 1, 1))
                .startDate(LocalDate.of(2015, 7, 1))
                .build())
        .addProjects(
            Project.builder()
                .title("Économie circulaire")
                .addInnovation(InnovationType.SOCIAL)
                .addLocalDevelopmentAims("emplois locaux")
                .build())
        .addResources(mix(2023, 50_000, 30_000, 10_000))
        .addResources(mix(2024, 75_000, 30_000, 15_000))
        // A later year with nothing declared yet: the chart uses 2024.
        .addResources(ResourceMix.builder().year(2025).build())
        .build();
  }

  static ResourceMix mix(int year, long sales, long subsidies, long volunteering) {
    return ResourceMix.builder()
        .year(year)
        .sales(Amount.ofEuros(sales))
        .addSubsidies(
            Subsidy.builder()
                .funder("Région Sud")
                .level(FunderLevel.REGION)
                .amount(Amount.ofEuros(subsidies))
                .build())
        .volunteerHours(new BigDecimal("1200"))
        .volunteerValuation(Amount.ofEuros(volunteering))
        .build();
  }

  /** A cluster with a name and nothing else. */
  static Cluster minimal() {
    return Cluster.builder().name("Pôle naissant").build();
  }

  /** Names that are markup, Markdown, control characters and line breaks. */
  static Cluster hostile() {
    return Cluster.builder()
        .id("hostile")
        .name(HOSTILE)
        .perimeter(Perimeter.ofCommunes(CommuneCode.parse(GRASSE)))
        .addMembers(Membership.of(enterprise("m1", HOSTILE, "9220").build(), MemberRole.CARRIER))
        .addMembers(
            Membership.of(
                enterprise("m2", "A & B <SAS>", "5710").sseStatus(SseStatus.notSse()).build(),
                MemberRole.MEMBER))
        .addProjects(
            Project.builder()
                .title("{name} ${x} #{y} <b>bold</b>")
                .addInnovation(InnovationType.SOCIAL)
                .addLocalDevelopmentAims("{count} & <i>aims</i>")
                .build())
        .addResources(ResourceMix.builder().year(2024).sales(Amount.parse("1234.56")).build())
        .build();
  }

  /**
   * Twelve members of every kind, with joining and leaving dates, ESUS agreements and ESS mentions.
   */
  static Cluster large() {
    Cluster.Builder cluster =
        Cluster.builder()
            .id("large")
            .name(
                "Pôle d'économie solidaire du Pays de Grasse, un nom assez long pour être coupé dans un tableau")
            .perimeter(Perimeter.ofEpcis(EpciCode.parse(CA_PAYS_DE_GRASSE)))
            .strategy(
                CooperationStrategy.builder()
                    .addModes(CooperationMode.COOPERATION, CooperationMode.PARTNERSHIP)
                    .documentDate(LocalDate.of(2018, 3, 1))
                    .startDate(LocalDate.of(2017, 9, 1))
                    .build())
            .addProjects(
                Project.builder()
                    .title("Recyclerie")
                    .addInnovation(InnovationType.SOCIAL, InnovationType.TECHNOLOGICAL)
                    .build())
            .charterSignedOn(LocalDate.of(2019, 5, 2))
            .addSupports(
                Support.builder()
                    .funder("DG Trésor")
                    .level(FunderLevel.STATE)
                    .kind(SupportKind.GRANT)
                    .amount(Amount.ofEuros(50_000))
                    .grantedOn(LocalDate.of(2016, 1, 10))
                    .throughCall(false)
                    .build())
            .addResources(mix(2022, 10_000, 200_000, 0));
    cluster.addMembers(
        Membership.of(
            enterprise("carrier", "Association porteuse", "9220").build(), MemberRole.CARRIER));
    for (int i = 1; i <= 4; i++) {
      cluster.addMembers(
          Membership.builder()
              .stakeholder(
                  enterprise("coop" + i, "Coopérative n° " + i, "5458")
                      .addSpecificStatuses(SpecificStatus.SCOP)
                      .build())
              .joinedOn(LocalDate.of(2018, i, 1))
              .build());
    }
    cluster.addMembers(
        Membership.of(
            enterprise("esus", "SAS agréée ESUS", "5710")
                .sseStatus(
                    SseStatus.esus(
                        EsusAgreement.builder()
                            .start(LocalDate.of(2024, 2, 1))
                            .end(LocalDate.of(2029, 1, 31))
                            .build()))
                .build(),
            MemberRole.MEMBER));
    cluster.addMembers(
        Membership.of(
            enterprise("mention", "SARL à mention ESS", "5499")
                .sseStatus(SseStatus.essMention(LocalDate.of(2020, 6, 1)))
                .build(),
            MemberRole.MEMBER));
    cluster.addMembers(
        Membership.of(
            enterprise("classic", "Entreprise classique", "5710")
                .sseStatus(SseStatus.notSse())
                .build(),
            MemberRole.MEMBER));
    cluster.addMembers(
        Membership.builder()
            .stakeholder(enterprise("gone", "Membre parti", "9220").build())
            .leftOn(LocalDate.of(2022, 12, 31))
            .build());
    cluster.addMembers(
        Membership.of(
            Stakeholder.builder()
                .id("lab")
                .name("Laboratoire de recherche")
                .kind(StakeholderKind.RESEARCH_CENTRE)
                .location(CommuneCode.parse(GRASSE))
                .build(),
            MemberRole.PARTNER));
    cluster.addMembers(
        Membership.of(
            Stakeholder.builder()
                .id("person")
                .name("Une bénévole")
                .kind(StakeholderKind.NATURAL_PERSON)
                .build(),
            MemberRole.MEMBER));
    cluster.addMembers(
        Membership.of(
            Stakeholder.builder()
                .id("town")
                .name("Commune de Grasse")
                .kind(StakeholderKind.LOCAL_AUTHORITY)
                .legalCategory(LegalCategory.parse("7210"))
                .location(CommuneCode.parse(GRASSE))
                .build(),
            MemberRole.PARTNER));
    return cluster.build();
  }

  static List<Cluster> clusters() {
    return List.of(tetris(), minimal(), hostile(), large());
  }

  // -----------------------------------------------------------------------------------------
  // schemes

  static final MessageBundle TEST_BUNDLE =
      MessageBundle.load(
          MethodHandles.lookup(), "/io/github/ptce/rules/render/testschemes/messages");

  private static Message text(String key) {
    return Message.of(TEST_BUNDLE, key, Map.of());
  }

  private static LegalBasis basis(SourceStatus status, String note) {
    LegalBasis.Builder builder =
        LegalBasis.builder()
            .text("Délibération régionale de test n° 1")
            .article("Art. 2")
            .paragraph("1°")
            .versionDate(LocalDate.of(2025, 1, 1))
            .url("https://example.org/deliberation?a=1&b=2")
            .publisher("Région de test « & <b>gras</b> »")
            .published(PartialDate.ofYearMonth(2024, 12))
            .primary(status == SourceStatus.CONFIRMED)
            .status(status)
            .excerpt("« Les PTCE & leurs <membres> »");
    if (note != null) {
      builder.note(text(note));
    }
    return builder.build();
  }

  static final String SUPPORT = "test.region93.support";

  /** A carrier must be named; decided from the data. */
  static final class Carrier extends BaseCriterion {
    Carrier() {
      super(
          SUPPORT + ".carrier",
          CriterionKind.AUTOMATED,
          basis(SourceStatus.CONFIRMED, null),
          Validity.from(LocalDate.of(2025, 1, 1)),
          TEST_BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      return evaluation
          .cluster()
          .carrier()
          .map(
              c ->
                  result(Outcome.MET, "met", "name", c.stakeholder().name())
                      .member(c.stakeholder().id())
                      .build())
          .orElseGet(
              () ->
                  result(Outcome.UNKNOWN, "missing")
                      .missing(fact("$.members", "fact"))
                      .remediation(message("remedy"))
                      .build());
    }
  }

  /** The charter must be signed; a declaration that an assessment can give. */
  static final class Charter extends BaseCriterion {
    Charter() {
      super(
          SUPPORT + ".charter",
          CriterionKind.DECLARED,
          basis(SourceStatus.SECONDARY, SUPPORT + ".basis.note"),
          Validity.from(LocalDate.of(2025, 1, 1)),
          TEST_BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      return evaluation
          .cluster()
          .charterSignedOn()
          .map(
              d ->
                  result(Outcome.MET, "met", "date", d.toString())
                      .observed(message("observed", "signed", d.toString()))
                      .required(message("required"))
                      .assumption(message("assume"))
                      .build())
          .orElseGet(
              () ->
                  result(Outcome.UNKNOWN, "missing")
                      .missing(fact("$.charterSignedOn", "fact"))
                      .remediation(message("remedy"))
                      .build());
    }
  }

  private static Scheme.Builder scheme(String id, SchemeKind kind, Issuer issuer) {
    return Scheme.builder()
        .id(id)
        .version("0.1.0")
        .title(text(id + ".title"))
        .summary(text(id + ".summary"))
        .kind(kind)
        .issuer(issuer);
  }

  static List<Scheme> testSchemes() {
    Scheme support =
        scheme(SUPPORT, SchemeKind.SUPPORT, Issuer.REGION)
            .scope(TerritorialScope.region("93"))
            .validity(Validity.between(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)))
            .criteria(
                CriterionNode.allOf(
                    CriterionNode.of(new Carrier()),
                    CriterionNode.anyOf(CriterionNode.of(new Charter()))))
            .grant(
                Grant.builder()
                    .amount(Amount.ofEuros(30_000))
                    .durationMonths(24)
                    .financial(true)
                    .description(text(SUPPORT + ".grant"))
                    .build())
            .legalBasis(basis(SourceStatus.SECONDARY, SUPPORT + ".basis.note"))
            .build();
    CriterionNode trivial = CriterionNode.allOf();
    Scheme elsewhere =
        scheme("test.region32.support", SchemeKind.SUPPORT, Issuer.REGION)
            .scope(TerritorialScope.region("32"))
            .validity(Validity.from(LocalDate.of(2025, 1, 1)))
            .criteria(trivial)
            .grant(
                Grant.builder()
                    .financial(true)
                    .description(text("test.region32.support.grant"))
                    .build())
            .legalBasis(basis(SourceStatus.CONFIRMED, null))
            .build();
    Scheme closed =
        scheme("test.closed.call", SchemeKind.SUPPORT, Issuer.STATE)
            .validity(Validity.between(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)))
            .criteria(trivial)
            .grant(
                Grant.builder()
                    .envelope(Amount.ofEuros(1_000_000))
                    .financial(true)
                    .description(text("test.closed.call.grant"))
                    .build())
            .legalBasis(basis(SourceStatus.CONFIRMED, null))
            .build();
    Scheme upcoming =
        scheme("test.upcoming.charter", SchemeKind.CHARTER, Issuer.NETWORK)
            .scope(TerritorialScope.departement("06"))
            .validity(Validity.from(LocalDate.of(2027, 1, 1)))
            .criteria(trivial)
            .grant(
                Grant.builder()
                    .financial(false)
                    .description(text("test.upcoming.charter.grant"))
                    .build())
            .legalBasis(basis(SourceStatus.CONFIRMED, null))
            .build();
    return List.of(support, elsewhere, closed, upcoming);
  }

  /** The standard schemes and the test schemes. */
  static SchemeCatalog catalog() {
    List<Scheme> all = new ArrayList<>(SchemeCatalog.standard().all());
    all.addAll(testSchemes());
    return SchemeCatalog.of(all);
  }

  static EligibilityEngine engine() {
    return EligibilityEngine.of(catalog(), Geography.bundled(), EvaluationOptions.LITERAL);
  }

  // -----------------------------------------------------------------------------------------
  // reports

  static List<Assessment> assessments() {
    return List.of(
        Assessment.builder()
            .criterionId("fr.law.2014-856.art9.i.sustainable-local-development")
            .outcome(Outcome.MET)
            .assessor("CRESS Sud, chargée de mission <b>&</b>")
            .date(LocalDate.of(2025, 12, 1))
            .note("Projets ancrés localement ; emplois non délocalisables.")
            .build(),
        Assessment.builder()
            .criterionId("fr.law.2014-856.art1.ii-2.commercial-company")
            .member("sas")
            .outcome(Outcome.NOT_MET)
            .assessor("Expert-comptable")
            .date(LocalDate.of(2025, 11, 20))
            .build());
  }

  /**
   * Reports of every cluster, with and without assessments, of every scheme or of some, in both
   * readings.
   */
  static Map<String, EligibilityReport> reports() {
    EligibilityEngine engine = engine();
    Map<String, EligibilityReport> reports = new LinkedHashMap<>();
    reports.put("tetris", engine.evaluate(tetris(), AS_OF));
    reports.put("tetris-assessed", engine.evaluate(tetris(), AS_OF, List.of(), assessments()));
    reports.put(
        "tetris-strict-2014",
        engine.withOptions(EvaluationOptions.STRICT).evaluate(tetris(), LocalDate.of(2014, 9, 1)));
    reports.put("minimal", engine.evaluate(minimal(), AS_OF));
    reports.put(
        "minimal-all",
        engine.evaluate(
            minimal(),
            AS_OF,
            SchemeCatalog.standard().all().stream().map(Scheme::id).toArray(String[]::new)));
    reports.put("hostile", engine.evaluate(hostile(), AS_OF));
    reports.put("sourced", engine.evaluate(FactSourcesRenderTest.sourced(), AS_OF));
    reports.put("large", engine.evaluate(large(), AS_OF));
    reports.put(
        "large-not-applicable",
        engine.evaluate(
            large(),
            LocalDate.of(2015, 1, 1),
            "test.region93.support",
            "test.closed.call",
            "test.upcoming.charter",
            "test.region32.support",
            "fr.decree.2015-431.art3"));
    reports.put(
        "nothing",
        EligibilityEngine.of(
                SchemeCatalog.of(List.of()), Geography.bundled(), EvaluationOptions.LITERAL)
            .evaluate(minimal(), AS_OF));
    return reports;
  }

  static Map<String, Overview> overviews() {
    EligibilityEngine engine = engine();
    Map<String, Overview> overviews = new LinkedHashMap<>();
    overviews.put("tetris", engine.overview(tetris(), AS_OF));
    overviews.put("tetris-assessed", engine.overview(tetris(), AS_OF, assessments().subList(0, 1)));
    overviews.put("minimal", engine.overview(minimal(), AS_OF));
    overviews.put("hostile", engine.overview(hostile(), AS_OF));
    overviews.put("large", engine.overview(large(), AS_OF));
    return overviews;
  }
}
