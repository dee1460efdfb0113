package io.github.ptce.core.json;

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
import io.github.ptce.core.internal.Checks;
import io.github.ptce.core.provenance.Source;
import io.github.ptce.core.provenance.SourceKind;
import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.resources.FunderLevel;
import io.github.ptce.core.resources.ResourceMix;
import io.github.ptce.core.resources.Subsidy;
import io.github.ptce.core.stakeholder.AuthorityLevel;
import io.github.ptce.core.stakeholder.EsusAgreement;
import io.github.ptce.core.stakeholder.LegalCategory;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The cluster format {@value PtceJson#CLUSTER_FORMAT}: one definition per model type, from which
 * reading, writing and the JSON Schema all come. Property names are the names of the model's
 * accessors, so that a JSON path of a violation is also a property path of the Java object.
 */
final class ClusterFormat {
  private ClusterFormat() {}

  // The patterns accept exactly what the parsers accept, keys aside (IdentifierPatternsTest): the
  // spaces of
  // Checks.SPACES around a code, and inside an identifier; a département prefix that exists (01–95
  // but 20,
  // 971–978, 984–989). A Luhn key is beyond a pattern: the descriptions say it is checked.
  private static final String S = Checks.SPACES + "*";
  private static final String DEPARTEMENT_PREFIX = "0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]";

  /** A pattern of {@code count} digits with spaces anywhere. */
  private static String spacedDigits(int count) {
    return "^" + S + "(?:[0-9]" + S + "){" + count + "}$";
  }

  static final Codec<CommuneCode> COMMUNE =
      Codecs.text(
          CommuneCode::parse,
          "^"
              + S
              + "(?:(?:"
              + DEPARTEMENT_PREFIX
              + ")[0-9]{3}|97[1-8][0-9]{2}|98[4-9][0-9]{2}|2[ABab][0-9]{3})"
              + S
              + "$",
          "INSEE commune code (5 characters).");
  static final Codec<EpciCode> EPCI =
      Codecs.text(
          EpciCode::parse,
          spacedDigits(9),
          "SIREN of an EPCI à fiscalité propre (9 digits, Luhn key; spaces allowed).");
  static final Codec<DepartementCode> DEPARTEMENT =
      Codecs.text(
          DepartementCode::parse,
          "^" + S + "(?:" + DEPARTEMENT_PREFIX + "|97[1-8]|98[4-9]|2[ABab])" + S + "$",
          "INSEE département code.");
  static final Codec<RegionCode> REGION =
      Codecs.text(
          RegionCode::parse,
          "^" + S + "(?:0[1-9]|[1-9][0-9]|9[78][0-9])" + S + "$",
          "INSEE région code.");

  static final ObjectCodec<Perimeter, Perimeter.Builder> PERIMETER =
      ObjectCodec.of(
              Perimeter.class,
              "A territory: the union of the communes, EPCIs, départements and régions listed. At least one code.",
              Perimeter::builder,
              Perimeter.Builder::build)
          .collection(
              "communes",
              Codecs.set(COMMUNE),
              Perimeter.Builder::communes,
              Perimeter::communes,
              "Communes, by INSEE code; a municipal arrondissement of Paris, Lyon or Marseille (75101–75120, "
                  + "69381–69389, 13201–13216) is that arrondissement only.")
          .collection(
              "epcis",
              Codecs.set(EPCI),
              Perimeter.Builder::epcis,
              Perimeter::epcis,
              "Intercommunalities (EPCI), by SIREN: all their member communes.")
          .collection(
              "departements",
              Codecs.set(DEPARTEMENT),
              Perimeter.Builder::departements,
              Perimeter::departements,
              "Whole départements.")
          .collection(
              "regions",
              Codecs.set(REGION),
              Perimeter.Builder::regions,
              Perimeter::regions,
              "Whole régions.");

  static final Codec<LegalCategory> LEGAL_CATEGORY =
      Codecs.text(
          LegalCategory::parse,
          "^"
              + S
              + "(?:[1-9]"
              + S
              + "(?:[0-9]"
              + S
              + "){3}|0"
              + S
              + "0"
              + S
              + "0"
              + S
              + "0"
              + S
              + ")$",
          "INSEE legal category, level III (4 digits; 0000 is the only one that starts with 0).");

  static final ObjectCodec<EsusAgreement, EsusAgreement.Builder> ESUS =
      ObjectCodec.of(
              EsusAgreement.class,
              "An ESUS agreement (Code du travail L3332-17-1).",
              EsusAgreement::builder,
              EsusAgreement.Builder::build)
          .optional(
              "start",
              Codecs.date(),
              EsusAgreement.Builder::start,
              EsusAgreement::start,
              "Date from which the agreement applies; absent when the agreement is known to exist but not its dates.")
          .optional(
              "end",
              Codecs.date(),
              EsusAgreement.Builder::end,
              EsusAgreement::end,
              "Last day of validity, when known.")
          .defaulted(
              "asOfRight",
              Codecs.bool(),
              EsusAgreement.Builder::asOfRight,
              EsusAgreement::asOfRight,
              false,
              "Held as of right (insertion enterprise, entreprise adaptée, ESAT, …).");

  static final ObjectCodec<SseStatus, SseStatus.Builder> SSE_STATUS =
      ObjectCodec.of(
              SseStatus.class,
              "What is known of the SSE status, with its evidence.",
              SseStatus::builder,
              SseStatus.Builder::build)
          .required(
              "evidence",
              Codecs.enumeration(SseEvidence.class),
              SseStatus.Builder::evidence,
              SseStatus::evidence,
              "The evidence of the status.")
          .optional(
              "essMentionDate",
              Codecs.date(),
              SseStatus.Builder::essMentionDate,
              SseStatus::essMentionDate,
              "Date of registration at the RCS with the ESS mention (with ESS_MENTION, or ESUS_AGREEMENT); absent when "
                  + "the mention is known to exist but not its date.")
          .optional(
              "esusAgreement",
              ESUS,
              SseStatus.Builder::esusAgreement,
              SseStatus::esusAgreement,
              "The ESUS agreement (with ESUS_AGREEMENT).");

  static final ObjectCodec<StatutoryClauses, StatutoryClauses.Builder> STATUTES =
      ObjectCodec.of(
              StatutoryClauses.class,
              "What the statutes declare about Art. 1 and 2 of loi 2014-856; an absent declaration is unknown.",
              StatutoryClauses::builder,
              StatutoryClauses.Builder::build)
          .optional(
              "purposeOtherThanProfitSharing",
              Codecs.bool(),
              StatutoryClauses.Builder::purposeOtherThanProfitSharing,
              StatutoryClauses::purposeOtherThanProfitSharing,
              "Art. 1 I 1°.")
          .optional(
              "democraticGovernance",
              Codecs.bool(),
              StatutoryClauses.Builder::democraticGovernance,
              StatutoryClauses::democraticGovernance,
              "Art. 1 I 2°.")
          .optional(
              "profitsMostlyReinvested",
              Codecs.bool(),
              StatutoryClauses.Builder::profitsMostlyReinvested,
              StatutoryClauses::profitsMostlyReinvested,
              "Art. 1 I 3° a.")
          .optional(
              "impartibleReserves",
              Codecs.bool(),
              StatutoryClauses.Builder::impartibleReserves,
              StatutoryClauses::impartibleReserves,
              "Art. 1 I 3° b.")
          .collection(
              "socialUtilityObjectives",
              Codecs.set(Codecs.enumeration(SocialUtilityObjective.class)),
              StatutoryClauses.Builder::socialUtilityObjectives,
              StatutoryClauses::socialUtilityObjectives,
              "Art. 2: objectives of social utility pursued as the principal purpose.")
          .optional(
              "linkedToOtherObjective",
              Codecs.bool(),
              StatutoryClauses.Builder::linkedToOtherObjective,
              StatutoryClauses::linkedToOtherObjective,
              "Art. 2: a sustainable-development or cultural objective is also linked to another objective.")
          .optional(
              "developmentFundClause",
              Codecs.bool(),
              StatutoryClauses.Builder::developmentFundClause,
              StatutoryClauses::developmentFundClause,
              "Art. 1 II 2° c: 20 % of profits to the development fund.")
          .optional(
              "retainedEarningsClause",
              Codecs.bool(),
              StatutoryClauses.Builder::retainedEarningsClause,
              StatutoryClauses::retainedEarningsClause,
              "Art. 1 II 2° c: 50 % of profits to retained earnings and mandatory reserves.")
          .optional(
              "capitalClause",
              Codecs.bool(),
              StatutoryClauses.Builder::capitalClause,
              StatutoryClauses::capitalClause,
              "Art. 1 II 2° c: no amortisation or unwarranted reduction of capital.");

  static final ObjectCodec<Source, Source.Builder> SOURCE =
      ObjectCodec.of(
              Source.class,
              "Where facts come from. A title or a URL is required.",
              Source::builder,
              Source.Builder::build)
          .required(
              "kind",
              Codecs.enumeration(SourceKind.class),
              Source.Builder::kind,
              Source::kind,
              "How the source knows: DECLARED, PUBLISHED, REGISTER or INFERRED.")
          .optional(
              "title",
              Codecs.string(),
              Source.Builder::title,
              Source::title,
              "Title of the source.")
          .optional(
              "url",
              Codecs.string(),
              Source.Builder::url,
              Source::url,
              "Address of the source (http or https).")
          .optional(
              "readOn",
              Codecs.date(),
              Source.Builder::readOn,
              Source::readOn,
              "When it was read, or the date of a register extract.")
          .collection(
              "facts",
              Codecs.set(Codecs.string()),
              Source.Builder::facts,
              Source::facts,
              "The properties it supports, by name; absent for all the facts of what lists it.");

  private static Codec<List<Source>> sources() {
    return Codecs.list(SOURCE, JsonLimits::maxItems);
  }

  private static Optional<Integer> employees(Stakeholder s) {
    OptionalInt employees = s.employees();
    return employees.isPresent() ? Optional.of(employees.getAsInt()) : Optional.empty();
  }

  static final ObjectCodec<Stakeholder, Stakeholder.Builder> STAKEHOLDER =
      ObjectCodec.of(
              Stakeholder.class,
              "A person taking part in the cluster.",
              Stakeholder::builder,
              Stakeholder.Builder::build)
          .required(
              "id",
              Codecs.string(),
              Stakeholder.Builder::id,
              Stakeholder::id,
              "Key of the stakeholder in the cluster, unique.")
          .required("name", Codecs.string(), Stakeholder.Builder::name, Stakeholder::name, "Name.")
          .required(
              "kind",
              Codecs.enumeration(StakeholderKind.class),
              Stakeholder.Builder::kind,
              Stakeholder::kind,
              "Kind of person.")
          .optional(
              "legalCategory",
              LEGAL_CATEGORY,
              Stakeholder.Builder::legalCategory,
              Stakeholder::legalCategory,
              "Legal form, by INSEE category.")
          .optional(
              "legalForm",
              Codecs.legalForm(),
              Stakeholder.Builder::legalForm,
              Stakeholder::legalForm,
              "Legal form as published (SCIC SA, SARL, association loi 1901, …), when the INSEE category is not known.")
          .optional(
              "siren",
              Codecs.text(
                  Siren::parse, spacedDigits(9), "SIREN (9 digits, Luhn key; spaces allowed)."),
              Stakeholder.Builder::siren,
              Stakeholder::siren,
              "SIREN of the legal person.")
          .optional(
              "siret",
              Codecs.text(
                  Siret::parse,
                  spacedDigits(14),
                  "SIRET (14 digits: a SIREN with its Luhn "
                      + "key, then 5 digits; the 14 pass the Luhn check, or for La Poste but its head office their sum is a "
                      + "multiple of 5; spaces allowed)."),
              Stakeholder.Builder::siret,
              Stakeholder::siret,
              "SIRET of the establishment taking part.")
          .optional(
              "rna",
              Codecs.text(
                  Rna::parse,
                  "^" + S + "[Ww]" + S + "(?:[0-9A-Za-z]" + S + "){9}$",
                  "RNA number (W + 9 characters; spaces allowed)."),
              Stakeholder.Builder::rna,
              Stakeholder::rna,
              "RNA number of an association.")
          .optional(
              "location",
              COMMUNE,
              Stakeholder.Builder::location,
              Stakeholder::location,
              "Commune of the seat or of the establishment taking part.")
          .defaulted(
              "sseStatus",
              SSE_STATUS,
              Stakeholder.Builder::sseStatus,
              Stakeholder::sseStatus,
              SseStatus.unknown(),
              "SSE status and its evidence; UNKNOWN when absent.")
          .optional(
              "statutes",
              STATUTES,
              Stakeholder.Builder::statutes,
              Stakeholder::statutes,
              "What the statutes declare.")
          .collection(
              "specificStatuses",
              Codecs.set(Codecs.enumeration(SpecificStatus.class)),
              Stakeholder.Builder::specificStatuses,
              Stakeholder::specificStatuses,
              "Statuses the legal category cannot tell (SCIC, SCOP, EA, ESAT, …).")
          .optional(
              "employees",
              Codecs.integer(),
              (b, n) -> b.employees(n),
              ClusterFormat::employees,
              "Number of employees.")
          .optional(
              "employer",
              Codecs.bool(),
              Stakeholder.Builder::employer,
              Stakeholder::employer,
              "Employs staff (when the head count is not known).")
          .optional(
              "activity",
              Codecs.text(
                  NafCode::parse,
                  "^[0-9]{2}\\.?[0-9]{2}[A-Za-z]$",
                  "NAF rév. 2 sub-class, e.g. 38.32Z."),
              Stakeholder.Builder::activity,
              Stakeholder::activity,
              "Principal activity (APE code).")
          .optional(
              "createdOn",
              Codecs.date(),
              Stakeholder.Builder::createdOn,
              Stakeholder::createdOn,
              "Date the legal person was created.")
          .optional(
              "ceasedOn",
              Codecs.date(),
              Stakeholder.Builder::ceasedOn,
              Stakeholder::ceasedOn,
              "Date the legal unit ceased (no longer a member after it).")
          .optional(
              "ceasedBy",
              Codecs.date(),
              Stakeholder.Builder::ceasedBy,
              Stakeholder::ceasedBy,
              "Date by which the legal unit had ceased at the latest, when the day is not known (a Sirene stock file "
                  + "gives only the start of the period in which it is ceased): certainly no longer a member from the "
                  + "last day of this date on, perhaps before. Not with ceasedOn.")
          .optional(
              "sseFieldFlag",
              Codecs.bool(),
              Stakeholder.Builder::sseFieldFlag,
              Stakeholder::sseFieldFlag,
              "What the Sirene register's flag economieSocialeSolidaireUniteLegale says (O: true, N: false); "
                  + "recorded with its source, read by no rule: how INSEE fills it is not documented.")
          .optional(
              "authorityLevel",
              Codecs.enumeration(AuthorityLevel.class),
              Stakeholder.Builder::authorityLevel,
              Stakeholder::authorityLevel,
              "Level of a local authority or of a grouping of them.")
          .optional(
              "mostlyNonSseMembers",
              Codecs.bool(),
              Stakeholder.Builder::mostlyNonSseMembers,
              Stakeholder::mostlyNonSseMembers,
              "For a grouping of enterprises: its members are mostly non-SSE.")
          .collection(
              "sources",
              sources(),
              Stakeholder.Builder::sources,
              Stakeholder::sources,
              "Where the facts of this stakeholder come from.");

  static final ObjectCodec<UnnamedMembers, UnnamedMembers.Builder> UNNAMED_MEMBERS =
      ObjectCodec.of(
              UnnamedMembers.class,
              "Members known only by a description (\"au moins 3 entreprises privées\").",
              UnnamedMembers::builder,
              UnnamedMembers.Builder::build)
          .optional(
              "description",
              Codecs.string(),
              UnnamedMembers.Builder::description,
              UnnamedMembers::description,
              "Description as published.")
          .required(
              "kind",
              Codecs.enumeration(StakeholderKind.class),
              UnnamedMembers.Builder::kind,
              UnnamedMembers::kind,
              "Kind of these members.")
          .defaulted(
              "count",
              Codecs.integer(),
              UnnamedMembers.Builder::count,
              UnnamedMembers::count,
              1,
              "How many: at least this many, or exactly with exact; 1 when absent.")
          .defaulted(
              "exact",
              Codecs.bool(),
              UnnamedMembers.Builder::exact,
              UnnamedMembers::exact,
              false,
              "The count is exact; false when absent (at least).")
          .defaulted(
              "role",
              Codecs.enumeration(MemberRole.class),
              UnnamedMembers.Builder::role,
              UnnamedMembers::role,
              MemberRole.MEMBER,
              "Role; MEMBER when absent. Never CARRIER: the carrier is named.")
          .optional(
              "legalCategory",
              LEGAL_CATEGORY,
              UnnamedMembers.Builder::legalCategory,
              UnnamedMembers::legalCategory,
              "INSEE legal category they all have.")
          .optional(
              "legalForm",
              Codecs.legalForm(),
              UnnamedMembers.Builder::legalForm,
              UnnamedMembers::legalForm,
              "Legal form they all have, as published.")
          .defaulted(
              "sseStatus",
              SSE_STATUS,
              UnnamedMembers.Builder::sseStatus,
              UnnamedMembers::sseStatus,
              SseStatus.unknown(),
              "SSE status they all have; UNKNOWN when absent.")
          .collection(
              "specificStatuses",
              Codecs.set(Codecs.enumeration(SpecificStatus.class)),
              UnnamedMembers.Builder::specificStatuses,
              UnnamedMembers::specificStatuses,
              "Statuses they all have.")
          .optional(
              "location",
              COMMUNE,
              UnnamedMembers.Builder::location,
              UnnamedMembers::location,
              "Commune where they all are.")
          .optional(
              "withinPerimeter",
              Codecs.bool(),
              UnnamedMembers.Builder::withinPerimeter,
              UnnamedMembers::withinPerimeter,
              "They are all within the cluster's perimeter.")
          .optional(
              "employer",
              Codecs.bool(),
              UnnamedMembers.Builder::employer,
              UnnamedMembers::employer,
              "They all employ staff.")
          .collection(
              "sources",
              sources(),
              UnnamedMembers.Builder::sources,
              UnnamedMembers::sources,
              "Where these facts come from.");

  static final ObjectCodec<Membership, Membership.Builder> MEMBERSHIP =
      ObjectCodec.of(
              Membership.class,
              "A stakeholder's participation in the cluster.",
              Membership::builder,
              Membership.Builder::build)
          .required(
              "stakeholder",
              STAKEHOLDER,
              Membership.Builder::stakeholder,
              Membership::stakeholder,
              "The member.")
          .defaulted(
              "role",
              Codecs.enumeration(MemberRole.class),
              Membership.Builder::role,
              Membership::role,
              MemberRole.MEMBER,
              "Role; MEMBER when absent.")
          .optional(
              "joinedOn",
              Codecs.date(),
              Membership.Builder::joinedOn,
              Membership::joinedOn,
              "Date joined.")
          .optional(
              "leftOn",
              Codecs.date(),
              Membership.Builder::leftOn,
              Membership::leftOn,
              "Date left; absent while a member.")
          .optional(
              "governanceSeat",
              Codecs.bool(),
              Membership.Builder::governanceSeat,
              Membership::governanceSeat,
              "Holds a seat in the governance body.");

  static final ObjectCodec<Coordination, Coordination.Builder> COORDINATION =
      ObjectCodec.of(
              Coordination.class,
              "The coordination (animation) of the cluster.",
              Coordination::builder,
              Coordination.Builder::build)
          .optional(
              "staffFte",
              Codecs.decimal(),
              Coordination.Builder::staffFte,
              Coordination::staffFte,
              "Staff dedicated to coordination, in full-time equivalents.")
          .collection(
              "funders",
              Codecs.list(Codecs.string(), JsonLimits::maxItems),
              Coordination.Builder::funders,
              Coordination::funders,
              "Who funds the coordination.");

  static final ObjectCodec<CooperationStrategy, CooperationStrategy.Builder> STRATEGY =
      ObjectCodec.of(
              CooperationStrategy.class,
              "The common and continuous strategy of the cluster (Art. 9).",
              CooperationStrategy::builder,
              CooperationStrategy.Builder::build)
          .collection(
              "modes",
              Codecs.set(Codecs.enumeration(CooperationMode.class)),
              CooperationStrategy.Builder::modes,
              CooperationStrategy::modes,
              "Pooling, cooperation, partnership.")
          .collection(
              "sharedActivities",
              Codecs.set(Codecs.enumeration(SharedActivity.class)),
              CooperationStrategy.Builder::sharedActivities,
              CooperationStrategy::sharedActivities,
              "Activities the members share.")
          .optional(
              "documentDate",
              Codecs.date(),
              CooperationStrategy.Builder::documentDate,
              CooperationStrategy::documentDate,
              "Date of the written strategy document.")
          .optional(
              "startDate",
              Codecs.date(),
              CooperationStrategy.Builder::startDate,
              CooperationStrategy::startDate,
              "Start of the strategy.")
          .optional(
              "endDate",
              Codecs.date(),
              CooperationStrategy.Builder::endDate,
              CooperationStrategy::endDate,
              "End of the strategy; absent while ongoing.")
          .optional(
              "summary",
              Codecs.string(),
              CooperationStrategy.Builder::summary,
              CooperationStrategy::summary,
              "Summary.");

  static final ObjectCodec<Project, Project.Builder> PROJECT =
      ObjectCodec.of(
              Project.class,
              "An economic and social project the cluster serves.",
              Project::builder,
              Project.Builder::build)
          .required("title", Codecs.string(), Project.Builder::title, Project::title, "Title.")
          .optional(
              "sector",
              Codecs.text(
                  NafCode::parse,
                  "^" + S + "[0-9]{2}\\.?[0-9]{2}[A-Za-z]" + S + "$",
                  "NAF rév. 2 sub-class, e.g. 38.32Z."),
              Project.Builder::sector,
              Project::sector,
              "Activity sector.")
          .collection(
              "innovation",
              Codecs.set(Codecs.enumeration(InnovationType.class)),
              Project.Builder::innovation,
              Project::innovation,
              "How the project is innovative.")
          .collection(
              "localDevelopmentAims",
              Codecs.list(Codecs.string(), JsonLimits::maxItems),
              Project.Builder::localDevelopmentAims,
              Project::localDevelopmentAims,
              "Local sustainable-development aims.")
          .optional(
              "description",
              Codecs.string(),
              Project.Builder::description,
              Project::description,
              "Description.");

  static final ObjectCodec<Subsidy, Subsidy.Builder> SUBSIDY =
      ObjectCodec.of(
              Subsidy.class,
              "A subsidy received in the year (non-market resource).",
              Subsidy::builder,
              Subsidy.Builder::build)
          .required(
              "funder", Codecs.string(), Subsidy.Builder::funder, Subsidy::funder, "Funder's name.")
          .required(
              "level",
              Codecs.enumeration(FunderLevel.class),
              Subsidy.Builder::level,
              Subsidy::level,
              "Funder's level.")
          .required(
              "amount",
              Codecs.amount(),
              Subsidy.Builder::amount,
              Subsidy::amount,
              "Amount in euros.");

  static final ObjectCodec<ResourceMix, ResourceMix.Builder> RESOURCE_MIX =
      ObjectCodec.of(
              ResourceMix.class,
              "The hybrid resources of one year; amounts in euros, zero when absent.",
              ResourceMix::builder,
              ResourceMix.Builder::build)
          .required("year", Codecs.integer(), ResourceMix.Builder::year, ResourceMix::year, "Year.")
          .defaulted(
              "sales",
              Codecs.amount(),
              ResourceMix.Builder::sales,
              ResourceMix::sales,
              Amount.ZERO,
              "Sales of goods and services (market).")
          .defaulted(
              "publicProcurement",
              Codecs.amount(),
              ResourceMix.Builder::publicProcurement,
              ResourceMix::publicProcurement,
              Amount.ZERO,
              "Public procurement contracts (market).")
          .collection(
              "subsidies",
              Codecs.list(SUBSIDY, JsonLimits::maxItems),
              ResourceMix.Builder::subsidies,
              ResourceMix::subsidies,
              "Subsidies (non-market).")
          .defaulted(
              "volunteerHours",
              Codecs.decimal(),
              ResourceMix.Builder::volunteerHours,
              ResourceMix::volunteerHours,
              new BigDecimal("0.00"),
              "Hours of volunteer work.")
          .defaulted(
              "volunteerValuation",
              Codecs.amount(),
              ResourceMix.Builder::volunteerValuation,
              ResourceMix::volunteerValuation,
              Amount.ZERO,
              "Valuation of the volunteer hours (non-monetary).")
          .defaulted(
              "inKind",
              Codecs.amount(),
              ResourceMix.Builder::inKind,
              ResourceMix::inKind,
              Amount.ZERO,
              "In-kind contributions (non-monetary).")
          .defaulted(
              "reciprocity",
              Codecs.amount(),
              ResourceMix.Builder::reciprocity,
              ResourceMix::reciprocity,
              Amount.ZERO,
              "Reciprocity between members (non-monetary).");

  static final ObjectCodec<Support, Support.Builder> SUPPORT =
      ObjectCodec.of(
              Support.class,
              "Support the cluster received.",
              Support::builder,
              Support.Builder::build)
          .required(
              "funder", Codecs.string(), Support.Builder::funder, Support::funder, "Who gave it.")
          .required(
              "level",
              Codecs.enumeration(FunderLevel.class),
              Support.Builder::level,
              Support::level,
              "Funder's level.")
          .required(
              "kind",
              Codecs.enumeration(SupportKind.class),
              Support.Builder::kind,
              Support::kind,
              "Kind of support.")
          .optional(
              "amount",
              Codecs.amount(),
              Support.Builder::amount,
              Support::amount,
              "Amount in euros.")
          .optional(
              "grantedOn",
              Codecs.date(),
              Support.Builder::grantedOn,
              Support::grantedOn,
              "Date granted.")
          .optional(
              "schemeId",
              Codecs.string(),
              Support.Builder::schemeId,
              Support::schemeId,
              "Id of the catalogue scheme it came from.")
          .optional(
              "throughCall",
              Codecs.bool(),
              Support.Builder::throughCall,
              Support::throughCall,
              "Granted after a call for projects or for expressions of interest.")
          .optional(
              "programme",
              Codecs.string(),
              Support.Builder::programme,
              Support::programme,
              "Name of the programme or call, as published.")
          .optional(
              "ptceCall",
              Codecs.bool(),
              Support.Builder::ptceCall,
              Support::ptceCall,
              "The call was one of the State's calls for PTCEs (implied by the schemeId of such a call).");

  static final ObjectCodec<Cluster, Cluster.Builder> CLUSTER =
      ObjectCodec.of(
              Cluster.class,
              "A territorial cluster for economic cooperation (PTCE).",
              Cluster::builder,
              Cluster.Builder::build)
          .optional("id", Codecs.string(), Cluster.Builder::id, Cluster::id, "Key of the cluster.")
          .required("name", Codecs.string(), Cluster.Builder::name, Cluster::name, "Name.")
          .optional(
              "description",
              Codecs.string(),
              Cluster.Builder::description,
              Cluster::description,
              "Description.")
          .optional(
              "stage",
              Codecs.enumeration(LifecycleStage.class),
              Cluster.Builder::stage,
              Cluster::stage,
              "Stage of the cluster's life.")
          .optional(
              "foundedOn",
              Codecs.date(),
              Cluster.Builder::foundedOn,
              Cluster::foundedOn,
              "Date formed.")
          .optional(
              "perimeter", PERIMETER, Cluster.Builder::perimeter, Cluster::perimeter, "Territory.")
          .collection(
              "members",
              Codecs.list(MEMBERSHIP, JsonLimits::maxMembers),
              Cluster.Builder::members,
              Cluster::members,
              "Members and partners.")
          .optional(
              "membersComplete",
              Codecs.bool(),
              Cluster.Builder::membersComplete,
              Cluster::membersComplete,
              "The members listed (named and unnamed) are all the members; absent: the list may be partial.")
          .collection(
              "unnamedMembers",
              Codecs.list(UNNAMED_MEMBERS, JsonLimits::maxMembers),
              Cluster.Builder::unnamedMembers,
              Cluster::unnamedMembers,
              "Members known only by a description.")
          .optional(
              "coordination",
              COORDINATION,
              Cluster.Builder::coordination,
              Cluster::coordination,
              "Coordination.")
          .optional(
              "strategy",
              STRATEGY,
              Cluster.Builder::strategy,
              Cluster::strategy,
              "Cooperation strategy.")
          .collection(
              "projects",
              Codecs.list(PROJECT, JsonLimits::maxItems),
              Cluster.Builder::projects,
              Cluster::projects,
              "Projects served.")
          .collection(
              "resources",
              Codecs.list(RESOURCE_MIX, JsonLimits::maxItems),
              Cluster.Builder::resources,
              Cluster::resources,
              "Resources by year.")
          .collection(
              "supports",
              Codecs.list(SUPPORT, JsonLimits::maxItems),
              Cluster.Builder::supports,
              Cluster::supports,
              "Support received.")
          .optional(
              "supportsComplete",
              Codecs.bool(),
              Cluster.Builder::supportsComplete,
              Cluster::supportsComplete,
              "The support listed is all the support received; absent: the list may be partial.")
          .optional(
              "charterSignedOn",
              Codecs.date(),
              Cluster.Builder::charterSignedOn,
              Cluster::charterSignedOn,
              "Date the national PTCE charter was signed.")
          .optional(
              "ruralTerritory",
              Codecs.bool(),
              Cluster.Builder::ruralTerritory,
              Cluster::ruralTerritory,
              "Declares the territory rural.")
          .optional(
              "priorityNeighbourhood",
              Codecs.bool(),
              Cluster.Builder::priorityNeighbourhood,
              Cluster::priorityNeighbourhood,
              "Declares action in a priority urban neighbourhood (QPV).")
          .collection(
              "sources",
              sources(),
              Cluster.Builder::sources,
              Cluster::sources,
              "Where the facts about the cluster come from.");
}
