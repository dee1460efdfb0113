package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.Support;
import io.github.ptce.core.cluster.UnnamedMembers;
import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.stakeholder.EsusAgreement;
import io.github.ptce.core.stakeholder.SseEvidence;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.stakeholder.StatutoryClauses;
import io.github.ptce.core.testing.PtceGenerators;
import io.github.ptce.core.time.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Information monotonicity (issue "open world"): replacing an absent fact by a value — any optional
 * property of a listed member, of a group of unnamed members or of the cluster, the completeness of
 * its lists included, or a date made more precise — turns an unknown criterion into met or not met,
 * and never turns a met criterion into a not-met one or back, nor a decided one into an unknown
 * one.
 *
 * <p>The exceptions are the answers that rest on a stated assumption, listed in CONTRIBUTING.md
 * ("Open world"): the report of the criterion that changes states it before the fact is given.
 * Every criterion of the whole catalogue is compared, over generated clusters with every
 * possibility of the format and dates around the evaluation date.
 */
class InformationMonotonicityTest {
  private static final EligibilityEngine ENGINE = EligibilityEngine.standard();
  private static final long SEED = 20261204L;

  /**
   * The keys of the assumptions under which more information may change a decided answer: each is
   * stated in the report of the criterion it concerns, and listed in CONTRIBUTING.md.
   */
  static final Set<String> STATED_EXCEPTIONS =
      Set.of(
          // A member without a joining date is counted as a member at the date.
          "assume.joiningDate",
          // "Every member …" decided over a list that is not declared complete.
          "assume.listedMembers",
          "assume.listedSupports",
          // An SSE status counted by a criterion that rests on one of the presumptions of Art. 1
          // below.
          "assume.ssePresumed",
          // A form of Art. 1 II 1° is presumed to meet Art. 1 I unless its statutes say otherwise.
          "fr.law.2014-856.art1.ii-1.legal-form.assume.sseForm",
          "fr.law.2014-856.art1.ii-1.legal-form.assume.declaredForm",
          "fr.law.2014-856.art1.ii-1.legal-form.assume.declaredCooperative",
          // The SSE mention stands for the statutory clauses that are not declared (Art. 1 III).
          "fr.law.2014-856.art1.ii-2.commercial-company.assume.mention",
          "fr.law.2014-856.art1.ii-2.commercial-company.assume.mentionAsRead",
          "fr.law.2014-856.art2.social-utility.assume.presumedByMention",
          // A package of State support services without a date is taken as that of the 2021 AMI.
          "*.phase1-laureate.assume.undated");

  /** Dates at the legal boundaries the rules depend on, and ordinary days. */
  static final Gen<LocalDate> DATES =
      SourceDSL.arbitrary()
          .pick(
              LocalDate.of(2014, 8, 1),
              LocalDate.of(2014, 8, 2),
              LocalDate.of(2015, 4, 16),
              LocalDate.of(2015, 4, 17),
              LocalDate.of(2019, 5, 23),
              LocalDate.of(2019, 5, 24),
              LocalDate.of(2021, 6, 15),
              LocalDate.of(2024, 12, 31),
              LocalDate.of(2025, 1, 1),
              LocalDate.of(2026, 1, 15));

  /**
   * One way to give one absent fact a value, taken from a donor: the refined cluster, or empty if
   * none.
   */
  interface Refinement extends BiFunction<Cluster, Donors, Optional<Cluster>> {}

  /**
   * Values to give: a generated cluster, stakeholder and group of unnamed members, and a choice.
   */
  record Donors(
      Cluster cluster, Stakeholder stakeholder, UnnamedMembers group, int choice, LocalDate asOf) {}

  @Test
  void moreInformationNeverReversesADecidedAnswer() {
    List<String> violations = new ArrayList<>();
    int[] refined = new int[1];
    int[] tried = new int[REFINEMENTS.size()];
    qt().withFixedSeed(Long.getLong("ptce.seed", SEED))
        .withExamples(Integer.getInteger("ptce.examples", 300))
        .forAll(
            PtceGenerators.clusters()
                .zip(
                    PtceGenerators.clusters(),
                    PtceGenerators.stakeholders(),
                    PtceGenerators.unnamedMembers(),
                    (c, d, s, g) -> new Object[] {c, d, s, g}),
            SourceDSL.integers().between(0, Integer.MAX_VALUE - 1),
            DATES)
        .checkAssert(
            (generated, choice, asOf) -> {
              Cluster cluster = retime((Cluster) generated[0], asOf, choice);
              Donors donors =
                  new Donors(
                      retime((Cluster) generated[1], asOf, choice + 1),
                      (Stakeholder) generated[2],
                      (UnnamedMembers) generated[3],
                      choice,
                      asOf);
              Map<String, CriterionResult> before = results(cluster, asOf);
              // A handful of refinements per cluster, in turn: every kind is tried over the
              // examples.
              for (int k = 0; k < 6; k++) {
                int r = Math.floorMod(choice + k * 7, REFINEMENTS.size());
                Optional<Cluster> more;
                try {
                  more = REFINEMENTS.get(r).apply(cluster, donors);
                } catch (InvalidInputException e) {
                  continue; // the value contradicts another fact of the cluster: not a refinement
                }
                if (more.isEmpty()) {
                  continue;
                }
                refined[0]++;
                tried[r]++;
                Map<String, CriterionResult> after = results(more.get(), asOf);
                compare(before, after, "refinement " + r + " at " + asOf, violations);
              }
            });
    assertTrue(refined[0] > 400, "refinements tried: " + refined[0]);
    for (int r = 0; r < tried.length; r++) {
      // A refinement never tried would protect nothing (the ones of ceasedBy among them).
      assertTrue(tried[r] > 0, "refinement " + r + " was never tried");
    }
    assertEquals(
        List.of(), violations.stream().limit(20).toList(), violations.size() + " violation(s)");
  }

  static void compare(
      Map<String, CriterionResult> before,
      Map<String, CriterionResult> after,
      String what,
      List<String> violations) {
    before.forEach(
        (key, was) -> {
          CriterionResult now = after.get(key);
          // Only a decided answer can be reversed; a branch found not to apply (a
          // commercial-company path once the
          // category tells an association) is not a reversal.
          if (now == null
              || !was.outcome().isDecided()
              || was.outcome() == now.outcome()
              || now.outcome() == Outcome.NOT_APPLICABLE) {
            return;
          }
          for (Message assumption : was.assumptions()) {
            if (stated(assumption.key())) {
              return;
            }
          }
          violations.add(what + ": " + key + " " + was + " -> " + now);
        });
  }

  /**
   * Whether an assumption is one of the stated exceptions ({@code *.suffix} stands for any prefix).
   */
  static boolean stated(String key) {
    for (String exception : STATED_EXCEPTIONS) {
      if (exception.startsWith("*")
          ? key.endsWith(exception.substring(1))
          : key.equals(exception)) {
        return true;
      }
    }
    return false;
  }

  /** Every criterion result of the whole catalogue, by scheme, subject and criterion. */
  static Map<String, CriterionResult> results(Cluster cluster, LocalDate asOf) {
    Map<String, CriterionResult> out = new LinkedHashMap<>();
    for (SchemeReport report : ENGINE.evaluate(cluster, asOf).schemes()) {
      String head = report.scheme().id() + report.subject().map(s -> "[" + s.id() + "]").orElse("");
      report.criteria().ifPresent(c -> collect(head, c, out));
    }
    return out;
  }

  private static void collect(
      String head, CriterionReport report, Map<String, CriterionResult> out) {
    if (report instanceof CriterionReport.Single single) {
      out.put(head + " " + single.criterion().id(), single.result());
    } else {
      ((CriterionReport.Group) report).parts().forEach(p -> collect(head, p, out));
    }
  }

  // ---------------------------------------------------------------- dates near the evaluation date

  /**
   * Moves the dates of a generated cluster near the evaluation date, keeping their precision and
   * order: the generator spreads them over two centuries, where they would almost never be
   * undecided. Every date moves by the same number of years, a multiple of four (the calendar stays
   * the same); a date that would leave the format's range is dropped, which is forgetting a fact,
   * not contradicting one.
   */
  static Cluster retime(Cluster cluster, LocalDate asOf, int seed) {
    List<PartialDate> dates = new ArrayList<>();
    cluster.foundedOn().ifPresent(dates::add);
    cluster.members().forEach(m -> m.joinedOn().ifPresent(dates::add));
    cluster.supports().forEach(s -> s.grantedOn().ifPresent(dates::add));
    if (dates.isEmpty()) {
      return cluster;
    }
    PartialDate anchor = dates.get(Math.floorMod(seed, dates.size()));
    int years = Math.round((asOf.getYear() - anchor.year()) / 4f) * 4;
    return Cluster.builder()
        .from(cluster)
        .foundedOn(cluster.foundedOn().flatMap(d -> move(d, years)))
        .charterSignedOn(cluster.charterSignedOn().flatMap(d -> move(d, years)))
        .strategy(
            cluster
                .strategy()
                .map(
                    s ->
                        CooperationStrategy.builder()
                            .from(s)
                            .documentDate(s.documentDate().flatMap(d -> move(d, years)))
                            .startDate(s.startDate().flatMap(d -> move(d, years)))
                            .endDate(s.endDate().flatMap(d -> move(d, years)))
                            .build()))
        .members(
            cluster.members().stream()
                .map(
                    m ->
                        Membership.builder()
                            .from(m)
                            .joinedOn(m.joinedOn().flatMap(d -> move(d, years)))
                            .leftOn(m.leftOn().flatMap(d -> move(d, years)))
                            .stakeholder(retime(m.stakeholder(), years))
                            .build())
                .toList())
        .supports(
            cluster.supports().stream()
                .map(
                    s ->
                        Support.builder()
                            .from(s)
                            .grantedOn(s.grantedOn().flatMap(d -> move(d, years)))
                            .build())
                .toList())
        .build();
  }

  private static Stakeholder retime(Stakeholder s, int years) {
    SseStatus status = s.sseStatus();
    SseStatus.Builder moved =
        SseStatus.builder()
            .from(status)
            .essMentionDate(status.essMentionDate().flatMap(d -> move(d, years)))
            .esusAgreement(
                status
                    .esusAgreement()
                    .map(
                        a ->
                            EsusAgreement.builder()
                                .from(a)
                                .start(a.start().flatMap(d -> move(d, years)))
                                .end(a.end().flatMap(d -> move(d, years)))
                                .build()));
    return Stakeholder.builder()
        .from(s)
        .sseStatus(moved.build())
        .createdOn(s.createdOn().flatMap(d -> move(d, years)))
        .ceasedOn(s.ceasedOn().flatMap(d -> move(d, years)))
        .ceasedBy(s.ceasedBy().flatMap(d -> move(d, years)))
        .build();
  }

  /** The date moved by a number of years, same precision; empty when it would leave 1900–2099. */
  static Optional<PartialDate> move(PartialDate date, int years) {
    int year = date.year() + years;
    if (year < 1900
        || year > 2099
        || (year == 1900 && date.earliest().getDayOfYear() == 60 && date.earliest().isLeapYear())) {
      return Optional.empty();
    }
    return Optional.of(
        switch (date.precision()) {
          case YEAR -> PartialDate.ofYear(year);
          case MONTH -> PartialDate.ofYearMonth(year, date.month().orElseThrow().getValue());
          case DAY -> PartialDate.of(date.earliest().plusYears(years));
        });
  }

  // ---------------------------------------------------------------- refinements

  /** A date within about a year of the evaluation date, known to the day, the month or the year. */
  static PartialDate near(LocalDate asOf, int n) {
    LocalDate day = asOf.plusDays(Math.floorMod(n, 800) - 400);
    return switch (Math.floorMod(n / 800, 3)) {
      case 0 -> PartialDate.of(day);
      case 1 -> PartialDate.ofYearMonth(day.getYear(), day.getMonthValue());
      default -> PartialDate.ofYear(day.getYear());
    };
  }

  /** A date made more precise: a month of a year, a day of a month. */
  static PartialDate precise(PartialDate date, int choice) {
    return switch (date.precision()) {
      case YEAR -> PartialDate.ofYearMonth(date.year(), 1 + Math.floorMod(choice, 12));
      case MONTH ->
          PartialDate.of(
              date.earliest().plusDays(Math.floorMod(choice, date.earliest().lengthOfMonth())));
      case DAY -> date;
    };
  }

  /** Applies a change to the member {@code choice} picks among those it can refine. */
  static Optional<Cluster> member(
      Cluster c, int choice, BiFunction<Membership, Integer, Optional<Membership>> refine) {
    List<Membership> members = c.members();
    for (int k = 0; k < members.size(); k++) {
      int i = Math.floorMod(choice + k, members.size());
      Optional<Membership> refined = refine.apply(members.get(i), choice);
      if (refined.isPresent()) {
        List<Membership> copy = new ArrayList<>(members);
        copy.set(i, refined.get());
        return Optional.of(Cluster.builder().from(c).members(copy).build());
      }
    }
    return Optional.empty();
  }

  static Optional<Cluster> stakeholder(
      Cluster c, int choice, BiFunction<Stakeholder, Integer, Optional<Stakeholder>> refine) {
    return member(
        c,
        choice,
        (m, n) ->
            refine
                .apply(m.stakeholder(), n)
                .map(s -> Membership.builder().from(m).stakeholder(s).build()));
  }

  static Optional<Cluster> group(
      Cluster c, int choice, BiFunction<UnnamedMembers, Integer, Optional<UnnamedMembers>> refine) {
    List<UnnamedMembers> groups = c.unnamedMembers();
    for (int k = 0; k < groups.size(); k++) {
      int i = Math.floorMod(choice + k, groups.size());
      Optional<UnnamedMembers> refined = refine.apply(groups.get(i), choice);
      if (refined.isPresent()) {
        List<UnnamedMembers> copy = new ArrayList<>(groups);
        copy.set(i, refined.get());
        return Optional.of(Cluster.builder().from(c).unnamedMembers(copy).build());
      }
    }
    return Optional.empty();
  }

  static Optional<Cluster> support(
      Cluster c, int choice, BiFunction<Support, Integer, Optional<Support>> refine) {
    List<Support> supports = c.supports();
    for (int k = 0; k < supports.size(); k++) {
      int i = Math.floorMod(choice + k, supports.size());
      Optional<Support> refined = refine.apply(supports.get(i), choice);
      if (refined.isPresent()) {
        List<Support> copy = new ArrayList<>(supports);
        copy.set(i, refined.get());
        return Optional.of(Cluster.builder().from(c).supports(copy).build());
      }
    }
    return Optional.empty();
  }

  /** Fills what is absent and the donor has; empty when there is nothing to fill. */
  static <T> Optional<T> fill(Optional<?> absent, Optional<T> donor) {
    return absent.isEmpty() ? donor : Optional.empty();
  }

  static final List<Refinement> REFINEMENTS =
      List.of(
          // the cluster
          (c, d) -> fill(c.perimeter(), d.cluster().perimeter()).map(p -> c.withPerimeter(p)),
          (c, d) -> fill(c.strategy(), d.cluster().strategy()).map(s -> c.withStrategy(s)),
          (c, d) -> fill(c.foundedOn(), d.cluster().foundedOn()).map(v -> c.withFoundedOn(v)),
          (c, d) ->
              fill(c.charterSignedOn(), d.cluster().charterSignedOn())
                  .map(v -> c.withCharterSignedOn(v)),
          (c, d) ->
              fill(c.ruralTerritory(), d.cluster().ruralTerritory())
                  .map(v -> c.withRuralTerritory(v)),
          (c, d) ->
              fill(c.priorityNeighbourhood(), d.cluster().priorityNeighbourhood())
                  .map(v -> c.withPriorityNeighbourhood(v)),
          (c, d) ->
              fill(c.membersComplete(), Optional.of(d.choice() % 2 == 0))
                  .map(v -> c.withMembersComplete(v)),
          (c, d) ->
              fill(c.supportsComplete(), Optional.of(d.choice() % 2 == 0))
                  .map(v -> c.withSupportsComplete(v)),
          (c, d) ->
              c.charterSignedOn()
                  .filter(v -> !v.isExact())
                  .map(v -> c.withCharterSignedOn(precise(v, d.choice()))),
          (c, d) ->
              c.strategy()
                  .flatMap(
                      s -> {
                        CooperationStrategy.Builder b = CooperationStrategy.builder().from(s);
                        Optional<CooperationStrategy> donor = d.cluster().strategy();
                        if (s.modes().isEmpty()
                            && donor.isPresent()
                            && !donor.get().modes().isEmpty()) {
                          return Optional.of(c.withStrategy(b.modes(donor.get().modes()).build()));
                        }
                        if (s.documentDate().isEmpty()
                            && donor.flatMap(CooperationStrategy::documentDate).isPresent()) {
                          return Optional.of(
                              c.withStrategy(b.documentDate(donor.get().documentDate()).build()));
                        }
                        if (s.documentDate().filter(v -> !v.isExact()).isPresent()) {
                          return Optional.of(
                              c.withStrategy(
                                  b.documentDate(precise(s.documentDate().get(), d.choice()))
                                      .build()));
                        }
                        return s.endDate()
                            .filter(v -> !v.isExact())
                            .map(v -> c.withStrategy(b.endDate(precise(v, d.choice())).build()));
                      }),
          (c, d) ->
              c.projects().isEmpty()
                  ? Optional.empty()
                  : c.projects().stream()
                      .filter(p -> p.innovation().isEmpty())
                      .findFirst()
                      .flatMap(
                          p ->
                              d.cluster().projects().stream()
                                  .filter(q -> !q.innovation().isEmpty())
                                  .findFirst()
                                  .map(
                                      q -> {
                                        List<Project> copy = new ArrayList<>(c.projects());
                                        copy.set(
                                            copy.indexOf(p),
                                            Project.builder()
                                                .from(p)
                                                .innovation(q.innovation())
                                                .build());
                                        return c.withProjects(copy);
                                      })),
          // the memberships
          (c, d) ->
              member(
                  c,
                  d.choice(),
                  (m, n) ->
                      fill(m.joinedOn(), Optional.of(near(d.asOf(), n)))
                          .map(v -> m.withJoinedOn(v))),
          (c, d) ->
              member(
                  c,
                  d.choice(),
                  (m, n) ->
                      m.joinedOn()
                          .filter(v -> !v.isExact())
                          .map(v -> m.withJoinedOn(precise(v, n)))),
          (c, d) ->
              member(
                  c,
                  d.choice(),
                  (m, n) ->
                      m.leftOn().filter(v -> !v.isExact()).map(v -> m.withLeftOn(precise(v, n)))),
          // the stakeholders
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      fill(s.legalCategory(), d.stakeholder().legalCategory())
                          .map(v -> s.withLegalCategory(v))),
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      fill(s.legalForm(), d.stakeholder().legalForm())
                          .map(v -> s.withLegalForm(v))),
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      s.legalForm().isPresent() && s.legalCategory().isEmpty()
                          ? Optional.of(
                              s.withLegalCategory(
                                  List.copyOf(s.legalForm().get().categories())
                                      .get(
                                          Math.floorMod(
                                              n, s.legalForm().get().categories().size()))))
                          : Optional.empty()),
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      fill(s.location(), d.stakeholder().location()).map(v -> s.withLocation(v))),
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      s.sseStatus().evidence() == SseEvidence.UNKNOWN
                              && d.stakeholder().sseStatus().evidence() != SseEvidence.UNKNOWN
                          ? Optional.of(s.withSseStatus(d.stakeholder().sseStatus()))
                          : Optional.empty()),
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      fill(s.statutes(), d.stakeholder().statutes()).map(v -> s.withStatutes(v))),
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      s.statutes()
                          .flatMap(st -> clause(st, d.stakeholder().statutes(), n))
                          .map(v -> s.withStatutes(v))),
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      s.employees().isEmpty() && s.employer().isEmpty()
                          ? d.stakeholder().employer().map(v -> s.withEmployer(v))
                          : Optional.empty()),
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      s.kind() == StakeholderKind.ENTERPRISE_GROUPING
                          ? fill(s.mostlyNonSseMembers(), Optional.of(n % 2 == 0))
                              .map(v -> s.withMostlyNonSseMembers(v))
                          : Optional.empty()),
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) -> {
                    SseStatus st = s.sseStatus();
                    if (st.essMentionDate().isPresent()
                        || (st.evidence() != SseEvidence.ESS_MENTION
                            && st.evidence() != SseEvidence.ESUS_AGREEMENT)) {
                      return st.essMentionDate()
                          .filter(v -> !v.isExact())
                          .map(v -> s.withSseStatus(st.withEssMentionDate(precise(v, n))));
                    }
                    return Optional.of(s.withSseStatus(st.withEssMentionDate(near(d.asOf(), n))));
                  }),
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      s.sseStatus()
                          .esusAgreement()
                          .flatMap(
                              a -> {
                                if (a.start().filter(v -> !v.isExact()).isPresent()) {
                                  return Optional.of(a.withStart(precise(a.start().get(), n)));
                                }
                                if (a.end().filter(v -> !v.isExact()).isPresent()) {
                                  return Optional.of(a.withEnd(precise(a.end().get(), n)));
                                }
                                return Optional.<EsusAgreement>empty();
                              })
                          .map(a -> s.withSseStatus(s.sseStatus().withEsusAgreement(a)))),
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      s.ceasedOn()
                          .filter(v -> !v.isExact())
                          .map(v -> s.withCeasedOn(precise(v, n)))),
          // ceased by a date at the latest: a more precise or an earlier bound, or the day itself
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      s.ceasedBy()
                          .filter(v -> !v.isExact())
                          .map(v -> s.withCeasedBy(precise(v, n)))),
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      s.ceasedBy()
                          .map(
                              v ->
                                  s.withCeasedBy(
                                      PartialDate.of(
                                          v.latest().minusDays(Math.floorMod(n, 500)))))),
          (c, d) ->
              stakeholder(
                  c,
                  d.choice(),
                  (s, n) ->
                      s.ceasedBy()
                          .map(
                              v ->
                                  Stakeholder.builder()
                                      .from(s)
                                      .ceasedBy(Optional.empty())
                                      .ceasedOn(
                                          PartialDate.of(
                                              v.latest().minusDays(Math.floorMod(n, 500))))
                                      .build())),
          // the groups of unnamed members
          (c, d) ->
              group(
                  c,
                  d.choice(),
                  (g, n) ->
                      fill(g.legalCategory(), d.group().legalCategory())
                          .map(v -> g.withLegalCategory(v))),
          (c, d) ->
              group(
                  c,
                  d.choice(),
                  (g, n) ->
                      g.sseStatus().evidence() == SseEvidence.UNKNOWN
                              && d.group().sseStatus().evidence() != SseEvidence.UNKNOWN
                          ? Optional.of(g.withSseStatus(d.group().sseStatus()))
                          : Optional.empty()),
          (c, d) ->
              group(
                  c,
                  d.choice(),
                  (g, n) ->
                      g.location().isEmpty() && g.withinPerimeter().isEmpty()
                          ? Optional.of(g.withWithinPerimeter(n % 2 == 0))
                          : Optional.empty()),
          // the support received
          (c, d) ->
              support(
                  c,
                  d.choice(),
                  (s, n) ->
                      fill(s.grantedOn(), Optional.of(near(d.asOf(), n)))
                          .map(v -> s.withGrantedOn(v))),
          (c, d) ->
              support(
                  c,
                  d.choice(),
                  (s, n) ->
                      s.grantedOn()
                          .filter(v -> !v.isExact())
                          .map(v -> s.withGrantedOn(precise(v, n)))),
          (c, d) ->
              support(
                  c,
                  d.choice(),
                  (s, n) ->
                      fill(s.throughCall(), Optional.of(n % 2 == 0))
                          .map(v -> s.withThroughCall(v))),
          (c, d) ->
              support(
                  c,
                  d.choice(),
                  (s, n) ->
                      fill(s.ptceCall(), Optional.of(n % 3 == 0)).map(v -> s.withPtceCall(v))));

  /** One statutory clause the statutes do not declare, declared as the donor's (or true). */
  static Optional<StatutoryClauses> clause(
      StatutoryClauses st, Optional<StatutoryClauses> donor, int n) {
    StatutoryClauses.Builder b = StatutoryClauses.builder().from(st);
    boolean value = donor.flatMap(StatutoryClauses::democraticGovernance).orElse(n % 2 == 0);
    if (st.purposeOtherThanProfitSharing().isEmpty()) {
      return Optional.of(b.purposeOtherThanProfitSharing(value).build());
    }
    if (st.democraticGovernance().isEmpty()) {
      return Optional.of(b.democraticGovernance(value).build());
    }
    if (st.linkedToOtherObjective().isEmpty()) {
      return Optional.of(b.linkedToOtherObjective(value).build());
    }
    if (st.developmentFundClause().isEmpty()) {
      return Optional.of(b.developmentFundClause(value).build());
    }
    return Optional.empty();
  }

  @Test
  void theExceptionsAreTheOnesContributingDocuments() throws java.io.IOException {
    String contributing =
        java.nio.file.Files.readString(java.nio.file.Path.of("../CONTRIBUTING.md"));
    Set<String> missing = new TreeSet<>();
    for (String key : STATED_EXCEPTIONS) {
      if (!contributing.contains("`" + key + "`")) {
        missing.add(key);
      }
    }
    assertEquals(
        Set.of(),
        missing,
        "CONTRIBUTING.md lists every assumption under which more facts change a decision");
  }
}
