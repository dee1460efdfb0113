package io.github.ptce.core.testing;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Coordination;
import io.github.ptce.core.cluster.LifecycleStage;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.Support;
import io.github.ptce.core.cluster.SupportKind;
import io.github.ptce.core.cluster.UnnamedMembers;
import io.github.ptce.core.cooperation.CooperationMode;
import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.InnovationType;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.cooperation.SharedActivity;
import io.github.ptce.core.id.NafCode;
import io.github.ptce.core.id.Rna;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.core.provenance.Source;
import io.github.ptce.core.provenance.SourceKind;
import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.resources.FunderLevel;
import io.github.ptce.core.resources.ResourceMix;
import io.github.ptce.core.resources.Subsidy;
import io.github.ptce.core.stakeholder.AuthorityLevel;
import io.github.ptce.core.stakeholder.EsusAgreement;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.LegalForm;
import io.github.ptce.core.stakeholder.SocialUtilityObjective;
import io.github.ptce.core.stakeholder.SpecificStatus;
import io.github.ptce.core.stakeholder.SseEvidence;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.stakeholder.StatutoryClauses;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.EpciCode;
import io.github.ptce.core.territory.Perimeter;
import io.github.ptce.core.territory.RegionCode;
import io.github.ptce.core.time.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Hand-made clusters for tests and documentation.
 *
 * <p>{@link #complete()} is the complete example of {@code docs/cluster-format.md} (and of {@code
 * examples/complete-cluster.json} in the test resources of ptce-core): it uses every object of the
 * format and nearly every property. Its territory codes are real (Grasse {@code 06069}, the CA du
 * Pays de Grasse {@code 200039857}, the Alpes-Maritimes {@code 06}, the région {@code 93}); its
 * organisations other than the two public bodies, their SIRENs ({@code 9000000xx}, Luhn-valid but
 * made up), RNA numbers, figures and dates are <strong>synthetic</strong>.
 *
 * <p>Every method builds a new value; the class is thread-safe.
 */
public final class Fixtures {
  /** The commune of Grasse (Alpes-Maritimes). */
  public static final CommuneCode GRASSE = CommuneCode.parse("06069");

  /** The CA du Pays de Grasse, by its SIREN. */
  public static final EpciCode CA_PAYS_DE_GRASSE = EpciCode.parse("200039857");

  private Fixtures() {}

  /**
   * Returns the smallest valid cluster: a name and nothing else, so everything else is unknown.
   *
   * @return a cluster named {@code PTCE minimal}
   */
  public static Cluster minimal() {
    return Cluster.builder().name("PTCE minimal").build();
  }

  /**
   * Returns a simple valid stakeholder: an enterprise with the given key and a name derived from
   * it.
   *
   * @param id the stakeholder's key
   * @return the stakeholder
   */
  public static Stakeholder stakeholder(String id) {
    return Stakeholder.builder()
        .id(id)
        .name("Structure " + id)
        .kind(StakeholderKind.ENTERPRISE)
        .build();
  }

  /**
   * Returns a simple current membership of {@link #stakeholder(String)} with the role {@code
   * MEMBER}.
   *
   * @param id the stakeholder's key
   * @return the membership
   */
  public static Membership member(String id) {
    return Membership.of(stakeholder(id), MemberRole.MEMBER);
  }

  /**
   * Returns the complete, synthetic example cluster of the documentation.
   *
   * @return a cluster that is valid for {@link io.github.ptce.core.validation.ClusterValidator}
   */
  public static Cluster complete() {
    return Cluster.builder()
        .id("ptce-grasse-exemple")
        .name("PTCE Pays de Grasse Coopère (exemple synthétique)")
        .description(
            "Synthetic example of the ptce-cluster/2 format. The territory codes are real; the "
                + "organisations other than the commune and the agglomeration, their SIRENs, RNA numbers, figures and "
                + "dates are made up.")
        .stage(LifecycleStage.DEVELOPMENT)
        .foundedOn(PartialDate.parse("2016-03"))
        .perimeter(
            Perimeter.builder()
                .addCommune(GRASSE)
                .addEpci(CA_PAYS_DE_GRASSE)
                .addDepartement(DepartementCode.parse("06"))
                .addRegion(RegionCode.parse("93"))
                .build())
        .addMember(
            Membership.builder()
                .stakeholder(
                    Stakeholder.builder()
                        .id("pole-cooperation")
                        .name("Association Grasse Coopère")
                        .kind(StakeholderKind.ENTERPRISE)
                        .legalCategory(LegalCategory.parse("9220"))
                        .siren(Siren.parse("900000019"))
                        .siret(Siret.parse("90000001900019"))
                        .rna(Rna.parse("W061000123"))
                        .location(GRASSE)
                        .sseStatus(SseStatus.byLegalForm())
                        .employees(3)
                        .activity(NafCode.parse("94.99Z"))
                        .createdOn(LocalDate.parse("2016-02-01"))
                        .addSource(
                            Source.builder()
                                .kind(SourceKind.REGISTER)
                                .title("INSEE, Sirene, StockUniteLegale (synthetic extract)")
                                .url(
                                    "https://www.data.gouv.fr/fr/datasets/base-sirene-des-entreprises-et-de-leurs-etablissements-siren-siret/")
                                .readOn(PartialDate.parse("2026-11"))
                                .addFacts("legalCategory", "activity", "createdOn")
                                .build())
                        .build())
                .role(MemberRole.CARRIER)
                .joinedOn(LocalDate.parse("2016-03-15"))
                .governanceSeat(true)
                .build())
        .addMember(
            Membership.builder()
                .stakeholder(
                    Stakeholder.builder()
                        .id("atelier-textile")
                        .name("Atelier Textile Solidaire SAS")
                        .kind(StakeholderKind.ENTERPRISE)
                        .legalCategory(LegalCategory.parse("5710"))
                        .siren(Siren.parse("900000027"))
                        .location(GRASSE)
                        .sseStatus(
                            SseStatus.builder()
                                .evidence(SseEvidence.ESUS_AGREEMENT)
                                .essMentionDate(LocalDate.parse("2017-01-10"))
                                .esusAgreement(
                                    EsusAgreement.builder()
                                        .start(LocalDate.parse("2018-02-01"))
                                        .end(LocalDate.parse("2023-01-31"))
                                        .build())
                                .build())
                        .statutes(
                            StatutoryClauses.builder()
                                .purposeOtherThanProfitSharing(true)
                                .democraticGovernance(true)
                                .profitsMostlyReinvested(true)
                                .impartibleReserves(true)
                                .addSocialUtilityObjectives(
                                    SocialUtilityObjective.FIGHT_EXCLUSION_AND_INEQUALITIES,
                                    SocialUtilityObjective.SUSTAINABLE_DEVELOPMENT)
                                .linkedToOtherObjective(true)
                                .developmentFundClause(true)
                                .retainedEarningsClause(true)
                                .capitalClause(true)
                                .build())
                        .employees(12)
                        .build())
                .role(MemberRole.FOUNDER)
                .joinedOn(LocalDate.parse("2016-03-15"))
                .governanceSeat(true)
                .build())
        .addMember(
            Membership.builder()
                .stakeholder(
                    Stakeholder.builder()
                        .id("recyclerie")
                        .name("Ressourcerie du Pays grassois")
                        .kind(StakeholderKind.ENTERPRISE)
                        .legalCategory(LegalCategory.parse("5560"))
                        .legalForm(LegalForm.parse("SCIC SA"))
                        .siren(Siren.parse("900000035"))
                        .siret(Siret.parse("90000003500015"))
                        .location(GRASSE)
                        .sseStatus(
                            SseStatus.esus(
                                EsusAgreement.builder()
                                    .start(LocalDate.parse("2019-09-01"))
                                    .asOfRight(true)
                                    .build()))
                        .addSpecificStatuses(
                            SpecificStatus.SCIC, SpecificStatus.INSERTION_STRUCTURE)
                        .employees(25)
                        .employer(true)
                        .build())
                .role(MemberRole.FOUNDER)
                .joinedOn(LocalDate.parse("2016-03-15"))
                .governanceSeat(true)
                .build())
        .addMember(
            Membership.builder()
                .stakeholder(
                    Stakeholder.builder()
                        .id("commune-grasse")
                        .name("Commune de Grasse")
                        .kind(StakeholderKind.LOCAL_AUTHORITY)
                        .legalCategory(LegalCategory.parse("7210"))
                        .location(GRASSE)
                        .sseStatus(SseStatus.notSse())
                        .authorityLevel(AuthorityLevel.COMMUNE)
                        .build())
                .role(MemberRole.PARTNER)
                .joinedOn(LocalDate.parse("2016-06-01"))
                .build())
        .addMember(
            Membership.builder()
                .stakeholder(
                    Stakeholder.builder()
                        .id("ca-pays-de-grasse")
                        .name("Communauté d'agglomération du Pays de Grasse")
                        .kind(StakeholderKind.LOCAL_AUTHORITY_GROUPING)
                        .legalCategory(LegalCategory.parse("7348"))
                        .siren(Siren.parse("200039857"))
                        .location(GRASSE)
                        .sseStatus(SseStatus.notSse())
                        .authorityLevel(AuthorityLevel.EPCI)
                        .build())
                .role(MemberRole.PARTNER)
                .joinedOn(LocalDate.parse("2017-01-01"))
                .governanceSeat(false)
                .build())
        .addMember(
            Membership.builder()
                .stakeholder(
                    Stakeholder.builder()
                        .id("club-entreprises")
                        .name("Club des entreprises du Pays grassois")
                        .kind(StakeholderKind.ENTERPRISE_GROUPING)
                        .legalCategory(LegalCategory.parse("9220"))
                        .siren(Siren.parse("900000043"))
                        .sseStatus(SseStatus.byLegalForm())
                        .sseFieldFlag(true)
                        .ceasedBy(LocalDate.parse("2024-06-30"))
                        .mostlyNonSseMembers(true)
                        .build())
                .joinedOn(LocalDate.parse("2017-09-01"))
                .leftOn(LocalDate.parse("2022-12-31"))
                .governanceSeat(false)
                .build())
        .addMember(
            Membership.builder()
                .stakeholder(
                    Stakeholder.builder()
                        .id("conseil-parfum")
                        .name("Conseil Parfum SARL")
                        .kind(StakeholderKind.ENTERPRISE)
                        .legalCategory(LegalCategory.parse("5499"))
                        .siren(Siren.parse("900000050"))
                        .sseStatus(SseStatus.essMention(LocalDate.parse("2020-05-04")))
                        .ceasedOn(PartialDate.parse("2025"))
                        .build())
                .joinedOn(LocalDate.parse("2020-06-01"))
                .build())
        .membersComplete(false)
        .addUnnamedMember(
            UnnamedMembers.builder()
                .description("entreprises privées du bassin grassois")
                .kind(StakeholderKind.ENTERPRISE)
                .count(3)
                .exact(false)
                .role(MemberRole.MEMBER)
                .legalCategory(LegalCategory.parse("5710"))
                .legalForm(LegalForm.parse("SAS"))
                .sseStatus(SseStatus.notSse())
                .withinPerimeter(true)
                .employer(true)
                .addSource(
                    Source.builder()
                        .kind(SourceKind.PUBLISHED)
                        .title("Rapport d'activité 2023 (synthetic)")
                        .readOn(PartialDate.parse("2024"))
                        .build())
                .build())
        .addUnnamedMember(
            UnnamedMembers.builder()
                .description("organismes de formation")
                .kind(StakeholderKind.TRAINING_BODY)
                .count(2)
                .exact(true)
                .role(MemberRole.PARTNER)
                .addSpecificStatus(SpecificStatus.ENTREPRISE_ADAPTEE)
                .location(GRASSE)
                .build())
        .coordination(
            Coordination.builder()
                .staffFte(new BigDecimal("1.5"))
                .addFunders(
                    "Région Provence-Alpes-Côte d'Azur",
                    "Communauté d'agglomération du Pays de Grasse")
                .build())
        .strategy(
            CooperationStrategy.builder()
                .addModes(CooperationMode.POOLING, CooperationMode.COOPERATION)
                .addSharedActivities(
                    SharedActivity.SHARED_JOBS,
                    SharedActivity.SHARED_PREMISES,
                    SharedActivity.JOINT_PURCHASING)
                .documentDate(LocalDate.parse("2016-05-20"))
                .startDate(LocalDate.parse("2016-06-01"))
                .summary(
                    "Share jobs, premises and purchases between the social-economy enterprises of the "
                        + "Pays de Grasse, and offer joint services to local firms.")
                .build())
        .addProject(
            Project.builder()
                .title("Ressourcerie et atelier de réemploi")
                .sector(NafCode.parse("38.32Z"))
                .addInnovation(InnovationType.SOCIAL)
                .addLocalDevelopmentAims(
                    "Reduce household waste sent to landfill",
                    "Create insertion jobs in the Pays de Grasse")
                .description("Collect, sort, repair and sell second-hand goods.")
                .build())
        .addProject(
            Project.builder()
                .title("Formation aux métiers de la parfumerie")
                .sector(NafCode.parse("8559A"))
                .addInnovation(InnovationType.SOCIAL, InnovationType.TECHNOLOGICAL)
                .addLocalDevelopmentAim("Keep perfume-making skills in the territory")
                .build())
        .addResource(
            ResourceMix.builder()
                .year(2022)
                .sales(Amount.parse("185000"))
                .publicProcurement(Amount.parse("12000.50"))
                .addSubsidies(
                    Subsidy.builder()
                        .funder("Région Provence-Alpes-Côte d'Azur")
                        .level(FunderLevel.REGION)
                        .amount(Amount.ofEuros(30_000))
                        .build(),
                    Subsidy.builder()
                        .funder("Communauté d'agglomération du Pays de Grasse")
                        .level(FunderLevel.INTERCOMMUNALITY)
                        .amount(Amount.ofEuros(15_000))
                        .build())
                .volunteerHours(new BigDecimal("1250.5"))
                .volunteerValuation(Amount.parse("14500.75"))
                .inKind(Amount.ofEuros(6_000))
                .reciprocity(Amount.ofEuros(1_500))
                .build())
        .addResource(
            ResourceMix.builder()
                .year(2023)
                .sales(Amount.ofEuros(201_000))
                .addSubsidy(
                    Subsidy.builder()
                        .funder("État")
                        .level(FunderLevel.STATE)
                        .amount(Amount.ofEuros(50_000))
                        .build())
                .build())
        .addSupport(
            Support.builder()
                .funder("État")
                .level(FunderLevel.STATE)
                .kind(SupportKind.GRANT)
                .amount(Amount.ofEuros(50_000))
                .grantedOn(LocalDate.parse("2023-03-15"))
                .schemeId("fr.state.ptce-ami.example")
                .throughCall(true)
                .ptceCall(true)
                .build())
        .addSupport(
            Support.builder()
                .funder("Agence nationale de la cohésion des territoires")
                .level(FunderLevel.STATE)
                .kind(SupportKind.LABEL)
                .grantedOn(PartialDate.parse("2021"))
                .programme("Fabriques de territoire")
                .throughCall(true)
                .ptceCall(false)
                .build())
        .addSupport(
            Support.builder()
                .funder("Communauté d'agglomération du Pays de Grasse")
                .level(FunderLevel.INTERCOMMUNALITY)
                .kind(SupportKind.PREMISES)
                .throughCall(false)
                .build())
        .supportsComplete(true)
        .charterSignedOn(LocalDate.parse("2022-03-10"))
        .ruralTerritory(false)
        .priorityNeighbourhood(true)
        .addSource(
            Source.builder()
                .kind(SourceKind.DECLARED)
                .title("Dossier de candidature (synthetic)")
                .readOn(PartialDate.parse("2023-02-01"))
                .addFacts("perimeter", "strategy", "supports")
                .build())
        .build();
  }
}
