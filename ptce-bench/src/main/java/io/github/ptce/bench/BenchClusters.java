package io.github.ptce.bench;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.Support;
import io.github.ptce.core.cluster.SupportKind;
import io.github.ptce.core.cooperation.CooperationMode;
import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.InnovationType;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.cooperation.SharedActivity;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.resources.FunderLevel;
import io.github.ptce.core.stakeholder.AuthorityLevel;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.SpecificStatus;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.EpciCode;
import io.github.ptce.core.territory.Perimeter;
import java.time.LocalDate;
import java.util.List;

/**
 * The clusters the benchmarks evaluate: a realistic mix of members, built with the model's
 * builders, the same for a given size on every run.
 *
 * <p>Territory codes are real: the perimeter is the CA du Pays de Grasse ({@code 200039857}) and
 * the members are located in its communes (Grasse {@code 06069}, Cabris, Mouans-Sartoux,
 * Peymeinade, Saint-Vallier, Le Tignet); some partners lie outside, in Nice ({@code 06088}).
 * Organisations, names and SIRENs ({@code 9xxxxxxxk}, Luhn-valid, made up) are synthetic.
 *
 * <p>Out of every 10 members: 3 associations (SSE by legal form), 1 SCIC, 2 conventional companies
 * declared {@code NOT_SSE}, 1 company with the RCS SSE mention, 1 company whose status is not given
 * (unknown), 1 local authority and 1 research or training partner. About one member in 17 has left,
 * one in 5 has no joining date. Member 0 is the carrier (an association). Every cluster is valid
 * for {@link io.github.ptce.core.validation.ClusterValidator}.
 */
public final class BenchClusters {
  /** The evaluation date of every benchmark. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  /** The CA du Pays de Grasse. */
  public static final EpciCode CA_PAYS_DE_GRASSE = EpciCode.parse("200039857");

  private static final List<CommuneCode> COMMUNES =
      List.of(
          CommuneCode.parse("06069"),
          CommuneCode.parse("06026"),
          CommuneCode.parse("06084"),
          CommuneCode.parse("06095"),
          CommuneCode.parse("06130"),
          CommuneCode.parse("06140"));
  private static final CommuneCode NICE = CommuneCode.parse("06088");
  private static final LegalCategory ASSOCIATION = LegalCategory.parse("9220");
  private static final LegalCategory SAS = LegalCategory.parse("5710");
  private static final LegalCategory SARL = LegalCategory.parse("5499");
  private static final LegalCategory SA_COOPERATIVE = LegalCategory.parse("5560");
  private static final LegalCategory COMMUNE = LegalCategory.parse("7210");
  private static final LegalCategory UNIVERSITY = LegalCategory.parse("7383");

  private BenchClusters() {}

  /**
   * Returns the cluster of {@code size} members.
   *
   * @param size the number of members, at least 10
   * @return a valid cluster
   */
  public static Cluster cluster(int size) {
    return cluster(size, 0);
  }

  /**
   * Returns a cluster of {@code size} members; {@code variant} changes its name, ids and SIRENs
   * only, so that a batch holds distinct documents that evaluate alike.
   *
   * @param size the number of members, at least 10
   * @param variant any number from 0 to 99
   * @return a valid cluster
   */
  public static Cluster cluster(int size, int variant) {
    if (size < 10) {
      throw new IllegalArgumentException("size must be at least 10, was " + size);
    }
    Cluster.Builder builder =
        Cluster.builder()
            .id("bench-" + size + "-" + variant)
            .name("PTCE Pays de Grasse " + size + " membres (synthétique " + variant + ")")
            .perimeter(Perimeter.ofEpcis(CA_PAYS_DE_GRASSE))
            .strategy(
                CooperationStrategy.builder()
                    .addModes(CooperationMode.POOLING, CooperationMode.COOPERATION)
                    .addSharedActivities(SharedActivity.SHARED_JOBS, SharedActivity.SHARED_PREMISES)
                    .documentDate(LocalDate.of(2018, 5, 20))
                    .startDate(LocalDate.of(2018, 6, 1))
                    .build())
            .addProjects(
                Project.builder()
                    .title("Ressourcerie et atelier de réemploi")
                    .addInnovation(InnovationType.SOCIAL)
                    .addLocalDevelopmentAims(
                        "Reduce household waste sent to landfill", "Create insertion jobs")
                    .build(),
                Project.builder()
                    .title("Formation aux métiers de la parfumerie")
                    .addInnovation(InnovationType.SOCIAL, InnovationType.TECHNOLOGICAL)
                    .addLocalDevelopmentAim("Keep perfume-making skills in the territory")
                    .build())
            .addSupports(
                Support.builder()
                    .funder("Région Provence-Alpes-Côte d'Azur")
                    .level(FunderLevel.REGION)
                    .kind(SupportKind.GRANT)
                    .amount(Amount.ofEuros(30_000))
                    .grantedOn(LocalDate.of(2021, 3, 1))
                    .throughCall(true)
                    .build(),
                Support.builder()
                    .funder("État")
                    .level(FunderLevel.STATE)
                    .kind(SupportKind.ENGINEERING)
                    .grantedOn(LocalDate.of(2022, 9, 1))
                    .throughCall(false)
                    .build());
    for (int i = 0; i < size; i++) {
      builder.addMembers(member(i, variant));
    }
    return builder.build();
  }

  private static Membership member(int i, int variant) {
    String id = "m" + i;
    CommuneCode here = COMMUNES.get(i % COMMUNES.size());
    Stakeholder.Builder s = Stakeholder.builder().id(id).location(here);
    MemberRole role = i % 3 == 0 ? MemberRole.FOUNDER : MemberRole.MEMBER;
    switch (i == 0 ? -1 : i % 10) {
      case -1 -> {
        s.name("Association Grasse Coopère")
            .kind(StakeholderKind.ENTERPRISE)
            .legalCategory(ASSOCIATION)
            .sseStatus(SseStatus.byLegalForm())
            .siren(siren(i, variant));
        role = MemberRole.CARRIER;
      }
      case 0, 1 ->
          s.name("Association solidaire n° " + i)
              .kind(StakeholderKind.ENTERPRISE)
              .legalCategory(ASSOCIATION)
              .sseStatus(SseStatus.byLegalForm())
              .siren(siren(i, variant));
      case 2 ->
          s.name("Association d'insertion n° " + i)
              .kind(StakeholderKind.ENTERPRISE)
              .legalCategory(ASSOCIATION)
              .siren(siren(i, variant));
      case 3 -> {
        // A SCIC: sometimes with its cooperative legal category, sometimes only declared as a SCIC.
        s.name("SCIC Énergies citoyennes n° " + i)
            .kind(StakeholderKind.ENTERPRISE)
            .addSpecificStatuses(SpecificStatus.SCIC)
            .sseStatus(SseStatus.byLegalForm())
            .siren(siren(i, variant));
        if (i % 20 == 3) {
          s.legalCategory(SA_COOPERATIVE);
        }
      }
      case 4 ->
          s.name("Parfums et Arômes SAS n° " + i)
              .kind(StakeholderKind.ENTERPRISE)
              .legalCategory(SAS)
              .sseStatus(SseStatus.notSse())
              .siren(siren(i, variant));
      case 5 ->
          s.name("Transports du Pays grassois SARL n° " + i)
              .kind(StakeholderKind.ENTERPRISE)
              .legalCategory(SARL)
              .sseStatus(SseStatus.notSse())
              .siren(siren(i, variant));
      case 6 ->
          s.name("Atelier textile SAS n° " + i)
              .kind(StakeholderKind.ENTERPRISE)
              .legalCategory(SAS)
              .sseStatus(SseStatus.essMention(LocalDate.of(2019, 4, 2)))
              .siren(siren(i, variant));
      case 7 ->
          s.name("Bureau d'études SARL n° " + i)
              .kind(StakeholderKind.ENTERPRISE)
              .legalCategory(SARL)
              .siren(siren(i, variant));
      case 8 -> {
        s.name("Commune partenaire n° " + i)
            .kind(StakeholderKind.LOCAL_AUTHORITY)
            .legalCategory(COMMUNE)
            .authorityLevel(AuthorityLevel.COMMUNE)
            .sseStatus(SseStatus.notSse());
        role = MemberRole.PARTNER;
      }
      default -> {
        boolean research = i % 20 == 9;
        s.name((research ? "Laboratoire universitaire n° " : "Centre de formation n° ") + i)
            .kind(research ? StakeholderKind.RESEARCH_CENTRE : StakeholderKind.TRAINING_BODY)
            .legalCategory(research ? UNIVERSITY : ASSOCIATION);
        if (research) {
          s.location(NICE); // a partner may lie outside the perimeter
        }
        role = MemberRole.PARTNER;
      }
    }
    Membership.Builder m = Membership.builder().stakeholder(s.build()).role(role);
    if (i % 5 != 4) {
      m.joinedOn(LocalDate.of(2016 + i % 8, 1 + i % 12, 1 + i % 28));
    }
    if (i % 17 == 5) {
      m.leftOn(LocalDate.of(2024, 12, 31));
    }
    return m.build();
  }

  /**
   * A made-up, Luhn-valid SIREN unique to a member and variant: 9, the variant, the member, the
   * key.
   */
  private static Siren siren(int member, int variant) {
    String payload = "9" + String.format("%02d", variant) + String.format("%05d", member);
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      int d = payload.charAt(i) - '0';
      // Positions 2, 4, 6, 8 of the nine digits are doubled: in the payload, the odd indices.
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return Siren.parse(payload + (10 - sum % 10) % 10);
  }
}
