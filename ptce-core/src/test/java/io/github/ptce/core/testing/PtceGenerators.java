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
import io.github.ptce.core.stakeholder.LegalFamily;
import io.github.ptce.core.stakeholder.LegalForm;
import io.github.ptce.core.stakeholder.SocialUtilityObjective;
import io.github.ptce.core.stakeholder.SpecificStatus;
import io.github.ptce.core.stakeholder.SseByLegalForm;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators ({@link Gen}) of every ptce-core model type, for property tests of
 * ptce-core and of the modules that build on it.
 *
 * <p>Every generator builds its values through the model's own factories and builders ({@code
 * parse}, {@code of}, {@code builder()}), and produces <em>structurally valid</em> values only:
 * values that the model accepts when they are built and that {@link
 * io.github.ptce.core.validation.ClusterValidator} accepts without a violation. In particular:
 *
 * <ul>
 *   <li>identifiers carry a correct key: {@link #sirens()} draws 8 digits and computes the Luhn key
 *       ({@link #withLuhnKey(String)}), {@link #sirets()} does the same on SIREN + 4 digits of NIC,
 *       {@link #laPosteSirets()} gives La Poste SIRETs valid by the sum-of-digits rule, {@link
 *       #rnas()} gives {@code W} + 9 digits (and sometimes capital letters, which the model
 *       accepts);
 *   <li>territory codes exist in the bundled geography (so that generated clusters are valid):
 *       {@link #communeCodes()}, {@link #epciCodes()}, {@link #departementCodes()} and {@link
 *       #regionCodes()} draw from it; {@link #syntacticCommuneCodes()} gives codes that are only
 *       well formed (a département prefix — {@code 01}–{@code 95} but {@code 20}, {@code 2A},
 *       {@code 2B}, {@code 971}–{@code 978}, {@code 984}–{@code 989} — completed to five
 *       characters), for syntax tests;
 *   <li>texts are never blank where the model requires a text, stay within the size constraints,
 *       and mix accented letters, quotes, backslashes, {@code ${…}} and {@code #{…}}, so that
 *       serialisation and message formatting are exercised; keys ({@link #localIds()}) follow
 *       {@code @LocalId};
 *   <li>dates lie between 1900-01-01 and 2099-12-31 ({@code @PlausibleDate}), and a period never
 *       ends before it starts;
 *   <li>amounts have at most two decimals; the amounts of a {@link ResourceMix} stay small enough
 *       for its total to be an {@link Amount} too; volunteer hours and coordination FTE respect
 *       their {@code @Digits};
 *   <li>an {@link SseStatus} always carries the dates its evidence needs and no other; a {@link
 *       Stakeholder}'s SIRET belongs to its SIREN, its authority level and its "mostly non-SSE
 *       members" declaration appear only for the kinds they belong to;
 *   <li>a {@link Cluster} has unique member ids and SIRENs, at most one carrier and at most one
 *       resource mix per year; its lists are short (at most 6 members, 3 projects, 4 years, 3
 *       supports) so that a property test with a few hundred examples runs in well under a second.
 * </ul>
 *
 * <p>Optional properties are empty in about a third of the values, so that "unknown" is exercised
 * as much as the values themselves. Use the generators with a fixed seed ({@code
 * qt().withFixedSeed(…)}) in tests.
 *
 * <p>Every method returns a new, stateless generator; the class is thread-safe.
 */
public final class PtceGenerators {

  private static final String DIGITS = "0123456789";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ALNUM = DIGITS + UPPER + "abcdefghijklmnopqrstuvwxyz";
  private static final String ID_CHARS = ALNUM + "._-";
  private static final String LETTERS = UPPER + "abcdefghijklmnopqrstuvwxyzéèêàâçôîûœÉÀÇ";
  private static final String TEXT_CHARS =
      LETTERS + DIGITS + "        '’\"-–.,;:!?()«»/\\${}#&@€%<>+=*";
  private static final LocalDate FIRST_DAY = LocalDate.parse("1900-01-01");
  private static final LocalDate LAST_DAY = LocalDate.parse("2099-12-31");
  private static final List<String> DEPARTEMENTS = departements();
  private static final int PERCENT_EMPTY = 35;

  private PtceGenerators() {}

  // ---------------------------------------------------------------------------------------------------------
  // Building blocks

  /**
   * Appends the Luhn key to a string of digits, as INSEE does for SIREN and SIRET numbers.
   *
   * @param payload ASCII digits
   * @return the payload followed by the digit that makes the whole pass the Luhn check
   */
  public static String withLuhnKey(String payload) {
    int sum = 0;
    boolean doubled = true; // the key will be the rightmost digit, which is not doubled
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = payload.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new IllegalArgumentException("digits only: " + payload);
      }
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return payload + (char) ('0' + (10 - sum % 10) % 10);
  }

  /**
   * Strings of exactly {@code count} ASCII digits, leading zeros included.
   *
   * @param count 1 to 18
   * @return the generator
   */
  public static Gen<String> digits(int count) {
    if (count < 1 || count > 18) {
      throw new IllegalArgumentException("count must be in [1, 18], was " + count);
    }
    long bound = 1;
    for (int i = 0; i < count; i++) {
      bound *= 10;
    }
    String format = "%0" + count + "d";
    return Generate.longRange(0, bound - 1).map(n -> String.format(Locale.ROOT, format, n));
  }

  /**
   * Dates between 1900-01-01 and 2099-12-31, the range of {@code @PlausibleDate}.
   *
   * @return the generator
   */
  public static Gen<LocalDate> plausibleDates() {
    return Generate.longRange(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /**
   * Dates of the range of {@code @PlausibleDate} known to the day, the month or the year, in equal
   * shares.
   *
   * @return the generator
   */
  public static Gen<PartialDate> partialDates() {
    return in -> coarsen(plausibleDates().generate(in), in);
  }

  /** The day, or its month or year, at random. */
  private static PartialDate coarsen(LocalDate day, RandomnessSource in) {
    return switch (Generate.enumValues(PartialDate.Precision.class).generate(in)) {
      case DAY -> PartialDate.of(day);
      case MONTH -> PartialDate.ofYearMonth(day.getYear(), day.getMonthValue());
      case YEAR -> PartialDate.ofYear(day.getYear());
    };
  }

  /**
   * Keys valid for {@code @LocalId}: 1 to 16 letters, digits, {@code .}, {@code _} or {@code -},
   * starting with a letter or a digit.
   *
   * @return the generator
   */
  public static Gen<String> localIds() {
    return in -> {
      int length = Generate.range(1, 16).generate(in);
      StringBuilder id = new StringBuilder(length);
      id.append(pick(ALNUM, in));
      for (int i = 1; i < length; i++) {
        id.append(pick(ID_CHARS, in));
      }
      return id.toString();
    };
  }

  /**
   * Non-blank texts of 1 to 60 characters that start with a letter, valid for
   * {@code @NotBlank @Size(max = 300)}: names, titles, funders.
   *
   * @return the generator
   */
  public static Gen<String> names() {
    return in -> {
      int length = Generate.range(1, 60).generate(in);
      StringBuilder name = new StringBuilder(length);
      name.append(pick(LETTERS, in));
      for (int i = 1; i < length; i++) {
        name.append(pick(TEXT_CHARS, in));
      }
      return name.toString();
    };
  }

  /**
   * Texts of 0 to {@code maxLength} characters, possibly blank.
   *
   * @param maxLength the longest text
   * @return the generator
   */
  public static Gen<String> texts(int maxLength) {
    return in -> {
      int length = Generate.range(0, maxLength).generate(in);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(pick(TEXT_CHARS, in));
      }
      return text.toString();
    };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Identifiers

  /**
   * Valid SIRENs: 8 random digits and their Luhn key.
   *
   * @return the generator
   */
  public static Gen<Siren> sirens() {
    return digits(8).map(d -> Siren.parse(withLuhnKey(d)));
  }

  /**
   * Valid SIRETs of random SIRENs: SIREN, 4 random digits of NIC and the Luhn key of the 14 digits.
   *
   * @return the generator
   */
  public static Gen<Siret> sirets() {
    return sirens().flatMap(PtceGenerators::siretsOf);
  }

  /**
   * Valid SIRETs of one SIREN.
   *
   * @param siren the enterprise
   * @return the generator
   */
  public static Gen<Siret> siretsOf(Siren siren) {
    return digits(4).map(nic -> Siret.parse(withLuhnKey(siren + nic)));
  }

  /**
   * SIRETs of La Poste (SIREN {@code 356000000}) that are valid by the sum-of-digits rule: the sum
   * of their 14 digits is a multiple of 5 (some of them pass the Luhn check as well).
   *
   * @return the generator
   */
  public static Gen<Siret> laPosteSirets() {
    return digits(4)
        .zip(
            Generate.booleans(),
            (nic, high) -> {
              String payload = "356000000" + nic;
              int sum = payload.chars().map(c -> c - '0').sum();
              int last = (5 - sum % 5) % 5 + (high ? 5 : 0);
              return Siret.parse(payload + last);
            });
  }

  /**
   * Valid RNA numbers: {@code W} and nine digits, or (one time in five) nine digits and capital
   * letters.
   *
   * @return the generator
   */
  public static Gen<Rna> rnas() {
    return in -> {
      boolean letters = Generate.range(1, 5).generate(in) == 1;
      StringBuilder rna = new StringBuilder("W");
      for (int i = 0; i < 9; i++) {
        rna.append(pick(letters ? DIGITS + UPPER : DIGITS, in));
      }
      return Rna.parse(rna);
    };
  }

  /**
   * Syntactically valid NAF sub-class codes, {@code 00.00A} to {@code 99.99Z} (not necessarily in
   * the nomenclature).
   *
   * @return the generator
   */
  public static Gen<NafCode> nafCodes() {
    return Generate.range(0, 99)
        .zip(
            Generate.range(0, 99),
            Generate.range('A', 'Z'),
            (a, b, c) ->
                NafCode.parse(
                    String.format(Locale.ROOT, "%02d.%02d%c", a, b, (char) c.intValue())));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Territory

  /**
   * Codes of the départements of the bundled geography.
   *
   * @return the generator
   */
  public static Gen<DepartementCode> departementCodes() {
    return Generate.pick(Territory.DEPARTEMENTS);
  }

  /**
   * Commune codes of current communes of the bundled geography.
   *
   * @return the generator
   */
  public static Gen<CommuneCode> communeCodes() {
    return Generate.pick(Territory.COMMUNES);
  }

  /**
   * Syntactically valid commune codes: a département prefix completed to five characters (existence
   * is not checked).
   *
   * @return the generator
   */
  public static Gen<CommuneCode> syntacticCommuneCodes() {
    return Generate.pick(DEPARTEMENTS)
        .zip(
            digits(3),
            (departement, rest) ->
                CommuneCode.parse(departement + rest.substring(departement.length() - 2)));
  }

  /**
   * Codes of the EPCIs of the bundled geography.
   *
   * @return the generator
   */
  public static Gen<EpciCode> epciCodes() {
    return Generate.pick(Territory.EPCIS);
  }

  /**
   * Codes of the régions of the bundled geography.
   *
   * @return the generator
   */
  public static Gen<RegionCode> regionCodes() {
    return Generate.pick(Territory.REGIONS);
  }

  /** The codes of the bundled geography, read once on first use. */
  private static final class Territory {
    static final List<CommuneCode> COMMUNES =
        io.github.ptce.core.territory.Geography.bundled().communes().stream()
            .map(io.github.ptce.core.territory.Commune::code)
            .toList();
    static final List<EpciCode> EPCIS =
        io.github.ptce.core.territory.Geography.bundled().epcis().stream()
            .map(io.github.ptce.core.territory.Epci::code)
            .toList();
    static final List<RegionCode> REGIONS =
        io.github.ptce.core.territory.Geography.bundled().regions().stream()
            .map(io.github.ptce.core.territory.Region::code)
            .toList();
    static final List<DepartementCode> DEPARTEMENTS =
        io.github.ptce.core.territory.Geography.bundled().departements().stream()
            .map(io.github.ptce.core.territory.Departement::code)
            .toList();
  }

  /**
   * Perimeters of 1 to 12 codes of the four kinds.
   *
   * @return the generator
   */
  public static Gen<Perimeter> perimeters() {
    return in -> {
      Perimeter.Builder builder = Perimeter.builder();
      int communes = Generate.range(0, 3).generate(in);
      for (int i = 0; i < communes; i++) {
        builder.addCommune(communeCodes().generate(in));
      }
      int epcis = Generate.range(0, 3).generate(in);
      for (int i = 0; i < epcis; i++) {
        builder.addEpci(epciCodes().generate(in));
      }
      int departements = Generate.range(0, 3).generate(in);
      for (int i = 0; i < departements; i++) {
        builder.addDepartement(departementCodes().generate(in));
      }
      int regions = Generate.range(0, 3).generate(in);
      for (int i = 0; i < regions; i++) {
        builder.addRegion(regionCodes().generate(in));
      }
      if (communes + epcis + departements + regions == 0) {
        builder.addCommune(communeCodes().generate(in));
      }
      return builder.build();
    };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Stakeholders

  /**
   * Legal categories: a code of the library's table (two times in three) or a well-formed code
   * {@code 1000}–{@code 9999} that may be unclassified.
   *
   * @return the generator
   */
  public static Gen<LegalCategory> legalCategories() {
    return Generate.pick(List.copyOf(LegalCategory.all()))
        .mix(
            Generate.range(1000, 9999).map((Integer n) -> LegalCategory.parse(Integer.toString(n))),
            33);
  }

  /**
   * ESUS agreements with a start date, an end date on or after it (or none) and either value of
   * {@code asOfRight}.
   *
   * @return the generator
   */
  public static Gen<EsusAgreement> esusAgreements() {
    return in -> {
      EsusAgreement.Builder builder =
          EsusAgreement.builder().asOfRight(Generate.booleans().generate(in));
      Optional<PartialDate> start = maybe(partialDates(), in);
      builder.start(start);
      if (present(in)) {
        builder.end(start.isPresent() ? later(start.get(), in) : partialDates().generate(in));
      }
      return builder.build();
    };
  }

  /**
   * SSE statuses of every evidence, each with the dates it needs and no other.
   *
   * @return the generator
   */
  public static Gen<SseStatus> sseStatuses() {
    return in -> {
      SseEvidence evidence = Generate.enumValues(SseEvidence.class).generate(in);
      return switch (evidence) {
        case ESS_MENTION ->
            present(in)
                ? SseStatus.essMention(partialDates().generate(in))
                : SseStatus.essMentionUndated();
        case ESUS_AGREEMENT -> {
          SseStatus.Builder builder =
              SseStatus.builder().evidence(evidence).esusAgreement(esusAgreements().generate(in));
          if (present(in)) {
            builder.essMentionDate(partialDates().generate(in));
          }
          yield builder.build();
        }
        default -> SseStatus.builder().evidence(evidence).build();
      };
    };
  }

  /**
   * Statutory declarations, each present or unknown.
   *
   * @return the generator
   */
  public static Gen<StatutoryClauses> statutoryClauses() {
    return in ->
        StatutoryClauses.builder()
            .purposeOtherThanProfitSharing(maybeBoolean(in))
            .democraticGovernance(maybeBoolean(in))
            .profitsMostlyReinvested(maybeBoolean(in))
            .impartibleReserves(maybeBoolean(in))
            .socialUtilityObjectives(subset(SocialUtilityObjective.class, in))
            .linkedToOtherObjective(maybeBoolean(in))
            .developmentFundClause(maybeBoolean(in))
            .retainedEarningsClause(maybeBoolean(in))
            .capitalClause(maybeBoolean(in))
            .build();
  }

  /**
   * Stakeholders of every kind. When both are given, the SIRET belongs to the SIREN; an authority
   * level is given only to local authorities and their groupings, the "mostly non-SSE members"
   * declaration only to groupings of enterprises.
   *
   * @return the generator
   */
  public static Gen<Stakeholder> stakeholders() {
    return in -> {
      StakeholderKind kind = Generate.enumValues(StakeholderKind.class).generate(in);
      Stakeholder.Builder builder =
          Stakeholder.builder()
              .id(localIds().generate(in))
              .name(names().generate(in))
              .kind(kind)
              .rna(maybe(rnas(), in))
              .location(maybe(communeCodes(), in))
              .sseStatus(sseStatuses().generate(in))
              .statutes(maybe(statutoryClauses(), in));
      Object[] form = new Object[2];
      legalForm(
          c -> {
            form[0] = c;
            builder.legalCategory(c);
          },
          f -> {
            form[1] = f;
            builder.legalForm(f);
          },
          in);
      builder.specificStatuses(statuses((LegalCategory) form[0], (LegalForm) form[1], in));
      if (publicKind(kind) && privateLaw((LegalCategory) form[0], (LegalForm) form[1])) {
        builder.legalCategory(Optional.empty()).legalForm(Optional.empty());
      } else if (publicLaw((LegalCategory) form[0], (LegalForm) form[1])) {
        builder.sseStatus(
            SseStatus.notSse()); // SSE evidence is held only by persons of private law
      } else if (sseByForm((LegalCategory) form[0], (LegalForm) form[1])) {
        builder.sseStatus(
            SseStatus.byLegalForm()); // not "not SSE": the form is SSE unless its statutes fail
      }
      Optional<PartialDate> created = maybe(partialDates(), in);
      builder
          .activity(maybe(nafCodes(), in))
          .createdOn(created)
          .sources(sources(in, "legalCategory"));
      if (present(in)) {
        builder.ceasedOn(
            created.isPresent() ? later(created.get(), in) : partialDates().generate(in));
      } else if (present(in)) {
        // Only the latest date, as a Sirene stock file gives it.
        builder.ceasedBy(
            created.isPresent() ? later(created.get(), in) : partialDates().generate(in));
      }
      builder.sseFieldFlag(maybeBoolean(in));
      Optional<Siren> siren = maybe(sirens(), in);
      builder.siren(siren);
      if (present(in)) {
        builder.siret(
            siren.isPresent() ? siretsOf(siren.get()).generate(in) : sirets().generate(in));
      }
      if (present(in)) {
        int employees = Generate.range(0, 5_000).generate(in);
        builder.employees(employees);
        if (present(in)) {
          builder.employer(employees > 0);
        }
      } else {
        builder.employer(maybeBoolean(in));
      }
      if ((kind == StakeholderKind.LOCAL_AUTHORITY
              || kind == StakeholderKind.LOCAL_AUTHORITY_GROUPING)
          && present(in)) {
        builder.authorityLevel(Generate.enumValues(AuthorityLevel.class).generate(in));
      }
      if (kind == StakeholderKind.ENTERPRISE_GROUPING) {
        builder.mostlyNonSseMembers(maybeBoolean(in));
      }
      return builder.build();
    };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Cluster

  /**
   * Memberships of any role, with joined and left dates in order when both are known.
   *
   * @return the generator
   */
  public static Gen<Membership> memberships() {
    return in -> {
      Membership.Builder builder =
          Membership.builder()
              .stakeholder(stakeholders().generate(in))
              .role(Generate.enumValues(MemberRole.class).generate(in))
              .governanceSeat(maybeBoolean(in));
      Optional<PartialDate> joined = maybe(partialDates(), in);
      builder.joinedOn(joined);
      if (present(in)) {
        builder.leftOn(joined.isPresent() ? later(joined.get(), in) : partialDates().generate(in));
      }
      return builder.build();
    };
  }

  /**
   * Coordinations with an FTE of 0 to 9999.99 (0 to 2 decimals) and up to three funders.
   *
   * @return the generator
   */
  public static Gen<Coordination> coordinations() {
    return in -> {
      Coordination.Builder builder = Coordination.builder();
      if (present(in)) {
        int scale = Generate.range(0, 2).generate(in);
        long bound = scale == 0 ? 9_999 : scale == 1 ? 99_999 : 999_999;
        builder.staffFte(BigDecimal.valueOf(Generate.longRange(0, bound).generate(in), scale));
      }
      int funders = Generate.range(0, 3).generate(in);
      for (int i = 0; i < funders; i++) {
        builder.addFunder(names().generate(in));
      }
      return builder.build();
    };
  }

  /**
   * Cooperation strategies with any modes and shared activities, and a start date not after the end
   * date.
   *
   * @return the generator
   */
  public static Gen<CooperationStrategy> strategies() {
    return in -> {
      CooperationStrategy.Builder builder =
          CooperationStrategy.builder()
              .modes(subset(CooperationMode.class, in))
              .sharedActivities(subset(SharedActivity.class, in))
              .documentDate(maybe(partialDates(), in))
              .summary(maybe(texts(200), in));
      Optional<PartialDate> start = maybe(partialDates(), in);
      builder.startDate(start);
      if (present(in)) {
        builder.endDate(start.isPresent() ? later(start.get(), in) : partialDates().generate(in));
      }
      return builder.build();
    };
  }

  /**
   * Projects with a title, up to three aims and any innovation types.
   *
   * @return the generator
   */
  public static Gen<Project> projects() {
    return in -> {
      Project.Builder builder =
          Project.builder()
              .title(names().generate(in))
              .sector(maybe(nafCodes(), in))
              .innovation(subset(InnovationType.class, in))
              .description(maybe(texts(300), in));
      int aims = Generate.range(0, 3).generate(in);
      for (int i = 0; i < aims; i++) {
        builder.addLocalDevelopmentAim(names().generate(in));
      }
      return builder.build();
    };
  }

  /**
   * Amounts over the whole range: 0 to 999 999 999 999.99 euros, often round or small.
   *
   * @return the generator
   */
  public static Gen<Amount> amounts() {
    Gen<Amount> anyCents =
        Generate.longRange(0, 99_999_999_999_999L)
            .map(cents -> Amount.of(BigDecimal.valueOf(cents, 2)));
    Gen<Amount> smallEuros = Generate.longRange(0, 100_000).map(Amount::ofEuros);
    return anyCents.mix(smallEuros, 40);
  }

  /**
   * Amounts of 0 to {@code maxEuros} euros, with cents.
   *
   * @param maxEuros the largest amount, in whole euros
   * @return the generator
   */
  public static Gen<Amount> amountsUpTo(long maxEuros) {
    return Generate.longRange(0, Math.multiplyExact(maxEuros, 100))
        .map(cents -> Amount.of(BigDecimal.valueOf(cents, 2)));
  }

  /**
   * Subsidies of up to ten million euros.
   *
   * @return the generator
   */
  public static Gen<Subsidy> subsidies() {
    return in ->
        Subsidy.builder()
            .funder(names().generate(in))
            .level(Generate.enumValues(FunderLevel.class).generate(in))
            .amount(amountsUpTo(10_000_000).generate(in))
            .build();
  }

  /**
   * Resource mixes of any year between 1900 and 2099.
   *
   * @return the generator
   */
  public static Gen<ResourceMix> resourceMixes() {
    return Generate.range(1900, 2099).flatMap(PtceGenerators::resourceMixes);
  }

  /**
   * Resource mixes of one year: amounts up to a billion euros each (often zero), up to three
   * subsidies, volunteer hours with 0 to 2 decimals.
   *
   * @param year the year
   * @return the generator
   */
  public static Gen<ResourceMix> resourceMixes(int year) {
    return in -> {
      ResourceMix.Builder builder = ResourceMix.builder().year(year);
      if (present(in)) {
        builder.sales(amountsUpTo(1_000_000_000).generate(in));
      }
      if (present(in)) {
        builder.publicProcurement(amountsUpTo(1_000_000_000).generate(in));
      }
      int subsidies = Generate.range(0, 3).generate(in);
      for (int i = 0; i < subsidies; i++) {
        builder.addSubsidy(subsidies().generate(in));
      }
      if (present(in)) {
        int scale = Generate.range(0, 2).generate(in);
        long bound = scale == 0 ? 999_999_999L : scale == 1 ? 9_999_999_999L : 99_999_999_999L;
        builder.volunteerHours(
            BigDecimal.valueOf(Generate.longRange(0, bound).generate(in), scale));
      }
      if (present(in)) {
        builder.volunteerValuation(amountsUpTo(1_000_000_000).generate(in));
      }
      if (present(in)) {
        builder.inKind(amountsUpTo(1_000_000_000).generate(in));
      }
      if (present(in)) {
        builder.reciprocity(amountsUpTo(1_000_000_000).generate(in));
      }
      return builder.build();
    };
  }

  /**
   * Support of every kind and level, optionally with an amount, a date and a scheme id.
   *
   * @return the generator
   */
  public static Gen<Support> supports() {
    return in -> {
      Optional<Boolean> throughCall = maybeBoolean(in);
      Optional<Boolean> ptceCall = maybeBoolean(in);
      if (!throughCall.orElse(true)) {
        ptceCall = ptceCall.map(p -> false); // no PTCE call without a call
      }
      return supportsWith(throughCall, ptceCall).generate(in);
    };
  }

  private static Gen<Support> supportsWith(
      Optional<Boolean> throughCall, Optional<Boolean> ptceCall) {
    return in ->
        Support.builder()
            .throughCall(throughCall)
            .ptceCall(ptceCall)
            .funder(names().generate(in))
            .level(Generate.enumValues(FunderLevel.class).generate(in))
            .kind(Generate.enumValues(SupportKind.class).generate(in))
            .amount(maybe(amountsUpTo(10_000_000), in))
            .grantedOn(maybe(partialDates(), in))
            .schemeId(maybe(localIds(), in))
            .programme(maybe(names(), in))
            .build();
  }

  /**
   * Clusters with 0 to 6 members (unique ids and SIRENs, at most one carrier), up to 3 projects, up
   * to 4 resource mixes of consecutive years and up to 3 supports; every optional property present
   * or not.
   *
   * @return the generator
   */
  public static Gen<Cluster> clusters() {
    return in -> {
      Cluster.Builder builder =
          Cluster.builder()
              .id(maybe(localIds(), in))
              .name(names().generate(in))
              .description(maybe(texts(300), in))
              .stage(maybe(Generate.enumValues(LifecycleStage.class), in))
              .foundedOn(maybe(partialDates(), in))
              .perimeter(maybe(perimeters(), in))
              .coordination(maybe(coordinations(), in))
              .strategy(maybe(strategies(), in))
              .charterSignedOn(maybe(partialDates(), in))
              .ruralTerritory(maybeBoolean(in))
              .priorityNeighbourhood(maybeBoolean(in))
              .membersComplete(maybeBoolean(in))
              .supportsComplete(maybeBoolean(in))
              .sources(sources(in, "perimeter"));
      int groups = Generate.range(0, 2).generate(in);
      for (int i = 0; i < groups; i++) {
        builder.addUnnamedMember(unnamedMembers().generate(in));
      }
      builder.members(distinctMembers(Generate.range(0, 6).generate(in), in));
      int projects = Generate.range(0, 3).generate(in);
      for (int i = 0; i < projects; i++) {
        builder.addProject(projects().generate(in));
      }
      int years = Generate.range(0, 4).generate(in);
      int firstYear = Generate.range(1900, 2099 - years).generate(in);
      for (int i = 0; i < years; i++) {
        builder.addResource(resourceMixes(firstYear + i).generate(in));
      }
      int supports = Generate.range(0, 3).generate(in);
      for (int i = 0; i < supports; i++) {
        builder.addSupport(supports().generate(in));
      }
      return builder.build();
    };
  }

  /** Memberships whose stakeholder ids and SIRENs are unique, with at most one carrier. */
  private static List<Membership> distinctMembers(int count, RandomnessSource in) {
    List<Membership> members = new ArrayList<>(count);
    Set<String> ids = new HashSet<>();
    Set<Siren> sirens = new HashSet<>();
    boolean carrier = false;
    for (int i = 0; i < count; i++) {
      Membership membership = memberships().generate(in);
      Stakeholder stakeholder = membership.stakeholder();
      if (!ids.add(stakeholder.id())) {
        stakeholder = stakeholder.withId(stakeholder.id() + "-" + i);
        ids.add(stakeholder.id());
      }
      if (stakeholder.siren().isPresent() && !sirens.add(stakeholder.siren().get())) {
        stakeholder = stakeholder.withSiret(Optional.empty()).withSiren(Optional.empty());
      }
      membership = membership.withStakeholder(stakeholder);
      if (membership.role() == MemberRole.CARRIER) {
        if (carrier) {
          membership = membership.withRole(MemberRole.MEMBER);
        }
        carrier = true;
      }
      members.add(membership);
    }
    return Collections.unmodifiableList(members);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers

  private static char pick(String chars, RandomnessSource in) {
    return chars.charAt(Generate.range(0, chars.length() - 1).generate(in));
  }

  private static boolean present(RandomnessSource in) {
    return Generate.range(1, 100).generate(in) > PERCENT_EMPTY;
  }

  private static <T> Optional<T> maybe(Gen<T> gen, RandomnessSource in) {
    return present(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  private static Optional<Boolean> maybeBoolean(RandomnessSource in) {
    return maybe(Generate.booleans(), in);
  }

  private static <E extends Enum<E>> Set<E> subset(Class<E> type, RandomnessSource in) {
    Set<E> set = EnumSet.noneOf(type);
    for (E constant : type.getEnumConstants()) {
      if (Generate.booleans().generate(in)) {
        set.add(constant);
      }
    }
    return set;
  }

  /**
   * A date that is not before {@code start}: a day from its first day to about ten years later
   * (never after 2099-12-31), known to the day, the month or the year.
   */
  private static PartialDate later(PartialDate start, RandomnessSource in) {
    long first = start.earliest().toEpochDay();
    long last = Math.min(LAST_DAY.toEpochDay(), first + 3_660);
    return coarsen(LocalDate.ofEpochDay(Generate.longRange(first, last).generate(in)), in);
  }

  private static boolean publicKind(StakeholderKind kind) {
    return kind == StakeholderKind.LOCAL_AUTHORITY
        || kind == StakeholderKind.LOCAL_AUTHORITY_GROUPING
        || kind == StakeholderKind.STATE_SERVICE;
  }

  private static boolean privateLaw(LegalCategory category, LegalForm form) {
    return category != null
        ? category.privateLaw().orElse(false)
        : form != null && form.privateLaw().orElse(false);
  }

  private static boolean sseByForm(LegalCategory category, LegalForm form) {
    return (category != null
            ? category.sseByLegalForm()
            : form != null ? form.sseByLegalForm() : null)
        == SseByLegalForm.YES;
  }

  private static boolean publicLaw(LegalCategory category, LegalForm form) {
    Optional<Boolean> privateLaw =
        category != null
            ? category.privateLaw()
            : form != null ? form.privateLaw() : Optional.empty();
    return privateLaw.isPresent() && !privateLaw.get();
  }

  /**
   * Statuses, without the cooperative ones (SCOP, SCIC, CAE) beside a category or form that is
   * neither a cooperative nor a company.
   */
  private static Set<SpecificStatus> statuses(
      LegalCategory category, LegalForm form, RandomnessSource in) {
    Set<SpecificStatus> statuses = subset(SpecificStatus.class, in);
    LegalFamily family =
        category != null
            ? (category.isClassified() ? category.family() : null)
            : form != null ? form.family().orElse(null) : null;
    if (family != null
        && family != LegalFamily.COOPERATIVE
        && family != LegalFamily.COMMERCIAL_COMPANY) {
      statuses.removeAll(List.of(SpecificStatus.SCOP, SpecificStatus.SCIC, SpecificStatus.CAE));
    }
    return statuses;
  }

  /** A legal category, a legal form, both (the category one the form allows) or neither. */
  private static void legalForm(
      java.util.function.Consumer<LegalCategory> category,
      java.util.function.Consumer<LegalForm> form,
      RandomnessSource in) {
    switch (Generate.range(0, 3).generate(in)) {
      case 0 -> category.accept(legalCategories().generate(in));
      case 1 -> form.accept(legalForms().generate(in));
      case 2 -> {
        LegalForm chosen = legalForms().generate(in);
        List<LegalCategory> allowed = new ArrayList<>(chosen.categories());
        form.accept(chosen);
        category.accept(allowed.get(Generate.range(0, allowed.size() - 1).generate(in)));
      }
      default -> {}
    }
  }

  /**
   * The legal forms of the library's table.
   *
   * @return the generator
   */
  public static Gen<LegalForm> legalForms() {
    return Generate.pick(LegalForm.all());
  }

  /**
   * Sources of every kind, with a title or a URL or both, maybe a date and maybe one named fact.
   *
   * @param fact the fact it may name, a property of what lists it
   * @return the generator
   */
  public static Gen<Source> sources(String fact) {
    return in -> {
      Source.Builder builder =
          Source.builder()
              .kind(Generate.enumValues(SourceKind.class).generate(in))
              .readOn(maybe(partialDates(), in));
      int which = Generate.range(0, 2).generate(in);
      if (which != 1) {
        builder.title(names().generate(in));
      }
      if (which != 0) {
        builder.url("https://example.org/" + localIds().generate(in));
      }
      if (present(in)) {
        builder.addFact(fact);
      }
      return builder.build();
    };
  }

  private static List<Source> sources(RandomnessSource in, String fact) {
    List<Source> list = new ArrayList<>();
    int count = Generate.range(0, 2).generate(in);
    for (int i = 0; i < count; i++) {
      list.add(sources(fact).generate(in));
    }
    return list;
  }

  /**
   * Groups of unnamed members of any kind and role but the carrier, with any count and what is
   * known of them.
   *
   * @return the generator
   */
  public static Gen<UnnamedMembers> unnamedMembers() {
    return in -> {
      StakeholderKind kind = Generate.enumValues(StakeholderKind.class).generate(in);
      UnnamedMembers.Builder builder =
          UnnamedMembers.builder()
              .kind(kind)
              .description(maybe(names(), in))
              .count(Generate.range(1, 40).generate(in))
              .exact(Generate.booleans().generate(in))
              .role(
                  Generate.pick(List.of(MemberRole.FOUNDER, MemberRole.MEMBER, MemberRole.PARTNER))
                      .generate(in))
              .sseStatus(sseStatuses().generate(in))
              .employer(maybeBoolean(in))
              .sources(sources(in, "sseStatus"));
      Object[] form = new Object[2];
      legalForm(
          c -> {
            form[0] = c;
            builder.legalCategory(c);
          },
          f -> {
            form[1] = f;
            builder.legalForm(f);
          },
          in);
      builder.specificStatuses(statuses((LegalCategory) form[0], (LegalForm) form[1], in));
      if (publicKind(kind) && privateLaw((LegalCategory) form[0], (LegalForm) form[1])) {
        builder.legalCategory(Optional.empty()).legalForm(Optional.empty());
      } else if (publicLaw((LegalCategory) form[0], (LegalForm) form[1])) {
        builder.sseStatus(
            SseStatus.notSse()); // SSE evidence is held only by persons of private law
      } else if (sseByForm((LegalCategory) form[0], (LegalForm) form[1])) {
        builder.sseStatus(
            SseStatus.byLegalForm()); // not "not SSE": the form is SSE unless its statutes fail
      }
      if (present(in)) {
        builder.location(communeCodes().generate(in));
      } else {
        builder.withinPerimeter(maybeBoolean(in));
      }
      return builder.build();
    };
  }

  private static List<String> departements() {
    List<String> codes = new ArrayList<>();
    for (int n = 1; n <= 95; n++) {
      if (n != 20) {
        codes.add(String.format(Locale.ROOT, "%02d", n));
      }
    }
    codes.add("2A");
    codes.add("2B");
    for (int n = 971; n <= 978; n++) {
      codes.add(Integer.toString(n));
    }
    for (int n = 984; n <= 989; n++) {
      codes.add(Integer.toString(n));
    }
    return List.copyOf(codes);
  }
}
