package io.github.ptce.rules.schemes.law;

import io.github.ptce.core.cluster.UnnamedMembers;
import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.ResolvedPerimeter;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.Labels;
import io.github.ptce.rules.LocalizedText;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Participant;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.BaseCriterion;
import io.github.ptce.rules.spi.Census;
import io.github.ptce.rules.spi.Dates;
import io.github.ptce.rules.spi.Members;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scheme {@code fr.law.2014-856.art9}: is the cluster a PTCE in the sense of Art. 9 I of loi n°
 * 2014-856? One criterion per item of the reading in {@code domain/legal-texts.md}; items 5 to 7
 * are qualitative, and the results say what is checked and what is left to a person.
 */
final class Art9Scheme {
  static final String ID = "fr.law.2014-856.art9";
  static final String TERRITORY = ID + ".i.same-territory";
  static final String SSE = ID + ".i.sse-enterprises";
  static final String ENTERPRISES = ID + ".i.conventional-enterprises";
  static final String PARTNERS = ID + ".i.partners";
  static final String STRATEGY = ID + ".i.common-strategy";
  static final String INNOVATION = ID + ".i.innovative-projects";
  static final String DEVELOPMENT = ID + ".i.sustainable-local-development";

  /** The persons Art. 9 names "en lien avec": everyone but the enterprises. */
  static final Set<StakeholderKind> PARTNER_KINDS =
      Collections.unmodifiableSet(
          EnumSet.complementOf(
              EnumSet.of(StakeholderKind.ENTERPRISE, StakeholderKind.ENTERPRISE_GROUPING)));

  private static final Validity SINCE_LAW = Validity.from(LawTexts.IN_FORCE);

  private Art9Scheme() {}

  /**
   * 1. On one and the same territory: every member enterprise, whatever its role, is located in the
   * perimeter. Art. 9 groups the enterprises "sur un même territoire": an enterprise counts for
   * items 2 and 3 only there; the persons "en lien" (authorities, research, training, …) may be
   * elsewhere.
   */
  static final class SameTerritory extends BaseCriterion {
    SameTerritory() {
      super(
          TERRITORY, CriterionKind.AUTOMATED, LawTexts.ART9_TERRITORY, SINCE_LAW, LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Optional<ResolvedPerimeter> perimeter = evaluation.perimeter();
      if (perimeter.isEmpty()) {
        return result(Outcome.UNKNOWN, "noPerimeter")
            .missing(fact("$.perimeter", "fact.perimeter"))
            .remediation(message("remedy.noPerimeter"))
            .build();
      }
      // Counted in persons, as a group of unnamed members counts for its count, wherever they lie.
      List<Participant> outside = new ArrayList<>();
      List<Participant> unlocated = new ArrayList<>();
      List<Participant> perhapsOutside = new ArrayList<>();
      List<MissingFact> facts = new ArrayList<>();
      long inside = 0;
      for (Participant participant : evaluation.participants()) {
        if (!Members.isEnterprise(participant)) {
          continue;
        }
        Outcome in = located(participant, perimeter.get());
        if (in == Outcome.UNKNOWN) {
          unlocated.add(participant);
          Optional<CommuneCode> location = participant.facts().location();
          facts.add(
              participant.group().isPresent() && location.isEmpty()
                  ? fact(
                      participant.path() + ".withinPerimeter",
                      "fact.groupLocation",
                      "name",
                      participant.name())
                  // Located in Paris, Lyon or Marseille when the perimeter names some of its
                  // arrondissements only.
                  : fact(
                      participant.factsPath() + ".location",
                      location.isPresent() ? "fact.arrondissement" : "fact.location",
                      "name",
                      participant.name()));
        } else if (in == Outcome.MET) {
          inside += participant.count();
        } else if (participant.presence() == Outcome.MET) {
          outside.add(participant);
        } else {
          // Outside, but a member at the date only perhaps: not a counter-example until its dates
          // say so. Its
          // location is known; its dates are asked for.
          perhapsOutside.add(participant);
          facts.addAll(evaluation.presenceMissingFacts(participant));
        }
      }
      CriterionResult.Builder result;
      if (!outside.isEmpty()) {
        LocalizedText names = Members.namesOf(outside);
        result =
            result(Outcome.NOT_MET, "outside", "names", names, "count", persons(outside))
                .remediation(message("remedy.outside", "names", names));
        outside.forEach(p -> p.stakeholderId().ifPresent(result::member));
      } else if (!unlocated.isEmpty()) {
        result =
            result(Outcome.UNKNOWN, "unlocated", "names", Members.namesOf(unlocated))
                .remediation(message("remedy.unlocated"))
                .missing(facts);
        unlocated.forEach(p -> p.stakeholderId().ifPresent(result::member));
        perhapsOutside.forEach(p -> p.stakeholderId().ifPresent(result::member));
      } else if (!perhapsOutside.isEmpty()) {
        LocalizedText names = Members.namesOf(perhapsOutside);
        result =
            result(Outcome.UNKNOWN, "perhapsOutside", "names", names)
                .remediation(message("remedy.perhapsOutside", "names", names))
                .missing(facts);
        perhapsOutside.forEach(p -> p.stakeholderId().ifPresent(result::member));
      } else if (inside == 0) {
        // No enterprise at all: none lies outside, and the criteria on enterprises say what is
        // missing.
        result = result(Outcome.MET, "noEnterprise");
        Census.assumeListed(result, evaluation);
      } else {
        result = result(Outcome.MET, "inside", "count", inside);
        Census.assumeListed(result, evaluation);
      }
      if (!perimeter.get().unknownCodes().isEmpty()) {
        result.assumption(
            message(
                "assume.unknownCodes", "codes", String.join(", ", perimeter.get().unknownCodes())));
      }
      return result
          .observed(
              message(
                  "observed",
                  "inside",
                  inside,
                  "outside",
                  persons(outside) + persons(perhapsOutside),
                  "unlocated",
                  persons(unlocated)))
          .build();
    }

    /** How many persons participants stand for: a group of unnamed members counts for its count. */
    private static long persons(List<Participant> participants) {
      long count = 0;
      for (Participant participant : participants) {
        count += participant.count();
      }
      return count;
    }

    /**
     * Whether a participant is located in the perimeter: by its commune (a city of arrondissements
     * is only partly covered by a perimeter that names some of them), or as declared for a group.
     */
    private static Outcome located(Participant participant, ResolvedPerimeter perimeter) {
      Optional<CommuneCode> location = participant.facts().location();
      if (location.isPresent()) {
        return switch (perimeter.coverage(location.get())) {
          case COVERED -> Outcome.MET;
          case NOT_COVERED -> Outcome.NOT_MET;
          default -> Outcome.UNKNOWN;
        };
      }
      Optional<Boolean> within = participant.group().flatMap(UnnamedMembers::withinPerimeter);
      return within.isEmpty() ? Outcome.UNKNOWN : within.get() ? Outcome.MET : Outcome.NOT_MET;
    }
  }

  /** Whether a participant is an SSE enterprise: the Art. 1 test; not applicable counts as no. */
  static Outcome sse(Evaluation evaluation, Participant participant) {
    Outcome sse = evaluation.sseStatus(participant);
    return sse == Outcome.NOT_APPLICABLE ? Outcome.NOT_MET : sse;
  }

  /** Whether a participant is an enterprise outside the SSE. */
  static Outcome conventional(Evaluation evaluation, Participant participant) {
    Outcome sse = evaluation.sseStatus(participant);
    return sse == Outcome.NOT_APPLICABLE ? Outcome.NOT_MET : sse.negate();
  }

  /**
   * 2. Of SSE enterprises in the sense of Art. 1: at least one (literal) or two (strict reading).
   */
  static final class SseEnterprises extends BaseCriterion {
    SseEnterprises() {
      super(SSE, CriterionKind.AUTOMATED, LawTexts.ART9_SSE, SINCE_LAW, LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      int required = evaluation.options().minimumSseEnterprises();
      Census census = Census.of(evaluation, Members::isEnterprise, p -> sse(evaluation, p));
      long found = census.count();
      Outcome outcome = census.atLeast(required);
      CriterionResult.Builder result;
      if (outcome == Outcome.MET) {
        result = result(Outcome.MET, "met", "count", found);
        census.with().forEach(p -> p.stakeholderId().ifPresent(result::member));
      } else if (outcome == Outcome.NOT_MET) {
        result =
            result(Outcome.NOT_MET, "notMet", "count", found, "required", required)
                .remediation(message("remedy.add", "missing", required - found));
      } else if (!census.undecided().isEmpty()) {
        LocalizedText names = Members.namesOf(census.undecided());
        result =
            result(Outcome.UNKNOWN, "unknown", "count", found, "names", names)
                .remediation(message("remedy.complete", "names", names));
        census.explainUnknown(result, evaluation, required, evaluation::sseMissingFacts);
      } else if (!census.perhapsMembers().isEmpty()) {
        result =
            result(
                    Outcome.UNKNOWN,
                    "presence",
                    "count",
                    found,
                    "names",
                    Members.namesOf(census.perhapsMembers()))
                .remediation(census.presenceRemedy());
        census.explainUnknown(result, evaluation, required, evaluation::sseMissingFacts);
      } else if (census.complete()) {
        result = CriterionResult.builder(Outcome.UNKNOWN, census.openCountReason());
        census.explainUnknown(result, evaluation, required, evaluation::sseMissingFacts);
      } else {
        result =
            result(Outcome.UNKNOWN, "unlisted", "count", found, "required", required)
                .remediation(message("remedy.unlisted"));
        census.explainUnknown(result, evaluation, required, evaluation::sseMissingFacts);
      }
      if (outcome.isDecided()) {
        census.assumeSsePresumptions(result, evaluation);
      }
      if (required > 1) {
        result.assumption(message("assume.strict"));
      }
      return result
          .observed(message("observed", "count", found, "names", Members.namesOf(census.with())))
          .required(message("required", "required", required))
          .build();
    }
  }

  /** 3. Associated with enterprises: at least one enterprise that is not an SSE enterprise. */
  static final class ConventionalEnterprises extends BaseCriterion {
    ConventionalEnterprises() {
      super(
          ENTERPRISES,
          CriterionKind.AUTOMATED,
          LawTexts.ART9_ENTERPRISES,
          SINCE_LAW,
          LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Census census =
          Census.of(evaluation, Members::isEnterprise, p -> conventional(evaluation, p));
      CriterionResult.Builder result;
      switch (census.exists()) {
        case MET -> {
          result = result(Outcome.MET, "met", "count", census.count());
          census.with().forEach(p -> p.stakeholderId().ifPresent(result::member));
        }
        case NOT_MET ->
            result = result(Outcome.NOT_MET, "notMet").remediation(message("remedy.add"));
        default -> result = unknownWhetherAny(census, evaluation, evaluation::sseMissingFacts);
      }
      if (census.exists().isDecided()) {
        census.assumeSsePresumptions(result, evaluation);
      }
      result.assumption(message("assume.conventional"));
      return result
          .observed(
              message("observed", "count", census.count(), "names", Members.namesOf(census.with())))
          .build();
    }
  }

  /**
   * 4. In connection with local authorities, research, education, training, others: named, not
   * required.
   */
  static final class Partners extends BaseCriterion {
    Partners() {
      super(PARTNERS, CriterionKind.AUTOMATED, LawTexts.ART9_PARTNERS, SINCE_LAW, LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Census census =
          Census.of(evaluation, p -> PARTNER_KINDS.contains(p.kind()), p -> Outcome.MET);
      CriterionResult.Builder result =
          switch (census.exists()) {
            case MET ->
                result(
                    Outcome.MET,
                    "met",
                    "count",
                    census.count(),
                    "names",
                    Members.namesOf(census.with()));
            case NOT_MET -> result(Outcome.NOT_MET, "none").remediation(message("remedy.none"));
            default ->
                census.perhapsMembers().isEmpty()
                    ? result(Outcome.UNKNOWN, "noneListed")
                        .remediation(message("remedy.none"))
                        .missing(Census.membersCompleteFact())
                    // Listed, but whether they are members at the date depends on their dates of
                    // membership.
                    : result(
                            Outcome.UNKNOWN,
                            "presence",
                            "names",
                            Members.namesOf(census.perhapsMembers()))
                        .remediation(census.presenceRemedy());
          };
      if (!census.perhapsMembers().isEmpty() && census.exists() == Outcome.UNKNOWN) {
        census.explainUnknown(result, evaluation, p -> List.of());
      }
      census.with().forEach(p -> p.stakeholderId().ifPresent(result::member));
      return result.assumption(message("assume.notRequired")).build();
    }
  }

  /** 5. A common and continuous strategy of pooling, cooperation or partnership, as declared. */
  static final class CommonStrategy extends BaseCriterion {
    CommonStrategy() {
      super(STRATEGY, CriterionKind.DECLARED, LawTexts.ART9_STRATEGY, SINCE_LAW, LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      LocalDate asOf = evaluation.asOf();
      Optional<CooperationStrategy> declared = evaluation.cluster().strategy();
      if (declared.isEmpty()) {
        return result(Outcome.UNKNOWN, "none")
            .missing(fact("$.strategy", "fact.strategy"))
            .remediation(message("remedy.none"))
            .build();
      }
      CooperationStrategy strategy = declared.get();
      // Unknown because a fact is missing (its mode, its written document), or only because a date
      // known to the
      // month or year leaves the question open: two different things to say.
      boolean incomplete = strategy.modes().isEmpty() || strategy.documentDate().isEmpty();
      CriterionResult.Builder unknown =
          result(Outcome.UNKNOWN, incomplete ? "incomplete" : "imprecise");
      boolean open = false;
      // Dates known only to the month or year that contain the evaluation date leave the question
      // open.
      if (strategy.endDate().isPresent()) {
        Outcome ended = Dates.onOrBefore(strategy.endDate().get(), asOf);
        if (ended == Outcome.MET) {
          return result(Outcome.NOT_MET, "ended", "date", strategy.endDate().get())
              .remediation(message("remedy.ended"))
              .build();
        }
        if (ended == Outcome.UNKNOWN) {
          unknown.missing(fact("$.strategy.endDate", "fact.endDate"));
          open = true;
        }
      }
      if (strategy.startDate().isPresent()) {
        Outcome later = Dates.after(strategy.startDate().get(), asOf);
        if (later == Outcome.MET) {
          return result(Outcome.NOT_MET, "notStarted", "date", strategy.startDate().get()).build();
        }
        if (later == Outcome.UNKNOWN) {
          unknown.missing(fact("$.strategy.startDate", "fact.startDate"));
          open = true;
        }
      }
      if (strategy.documentDate().isPresent()) {
        Outcome later = Dates.after(strategy.documentDate().get(), asOf);
        if (later == Outcome.MET) {
          return result(Outcome.NOT_MET, "documentLater", "date", strategy.documentDate().get())
              .build();
        }
        if (later == Outcome.UNKNOWN) {
          unknown.missing(fact("$.strategy.documentDate", "fact.documentDay"));
          open = true;
        }
      }
      if (strategy.modes().isEmpty()) {
        unknown.missing(fact("$.strategy.modes", "fact.modes"));
        open = true;
      }
      if (strategy.documentDate().isEmpty()) {
        unknown.missing(fact("$.strategy.documentDate", "fact.documentDate"));
        open = true;
      }
      if (open) {
        return unknown
            .remediation(message(incomplete ? "remedy.incomplete" : "remedy.imprecise"))
            .build();
      }
      return result(
              Outcome.MET,
              "met",
              "modes",
              Labels.of(strategy.modes()),
              "date",
              Labels.since(strategy.documentDate().get()))
          .assumption(message("assume.substance"))
          .build();
    }
  }

  /** 6. Serving socially or technologically innovative projects: declared, or assessed. */
  static final class InnovativeProjects extends BaseCriterion {
    InnovativeProjects() {
      super(
          INNOVATION, CriterionKind.DECLARED, LawTexts.ART9_INNOVATION, SINCE_LAW, LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      List<Project> projects = evaluation.cluster().projects();
      if (projects.isEmpty()) {
        return result(Outcome.UNKNOWN, "none")
            .missing(fact("$.projects", "fact.projects"))
            .remediation(message("remedy.none"))
            .build();
      }
      List<LocalizedText> innovative = new ArrayList<>();
      for (Project project : projects) {
        if (!project.innovation().isEmpty()) {
          LocalizedText how = Labels.of(project.innovation());
          String title = project.title();
          innovative.add(new Described(title, how));
        }
      }
      if (innovative.isEmpty()) {
        CriterionResult.Builder result =
            result(Outcome.UNKNOWN, "undeclared").remediation(message("remedy.undeclared"));
        for (int i = 0; i < projects.size(); i++) {
          result.missing(
              fact(
                  "$.projects[" + i + "].innovation",
                  "fact.innovation",
                  "title",
                  projects.get(i).title()));
        }
        return result
            .missing(
                new MissingFact(MissingFact.assessmentPath(INNOVATION), message("fact.assessment")))
            .build();
      }
      return result(Outcome.MET, "met", "projects", new Joined(List.copyOf(innovative)))
          .assumption(message("assume.declared"))
          .build();
    }
  }

  /**
   * A project's title and how it is innovative, in the reader's language: "Title (social
   * innovation)".
   */
  record Described(String title, LocalizedText how) implements LocalizedText {
    @Override
    public String text(java.util.Locale locale) {
      return title + " (" + how.text(locale) + ")";
    }
  }

  /** Texts joined with "; ". */
  record Joined(List<LocalizedText> parts) implements LocalizedText {
    @Override
    public String text(java.util.Locale locale) {
      StringBuilder out = new StringBuilder();
      for (LocalizedText part : parts) {
        out.append(out.length() == 0 ? "" : "; ").append(part.text(locale));
      }
      return out.toString();
    }
  }

  /** 7. Bringing sustainable local development: a person's assessment. */
  static final class SustainableDevelopment extends BaseCriterion {
    SustainableDevelopment() {
      super(
          DEVELOPMENT,
          CriterionKind.ASSESSED,
          LawTexts.ART9_DEVELOPMENT,
          SINCE_LAW,
          LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      List<String> aims = new ArrayList<>();
      for (Project project : evaluation.cluster().projects()) {
        aims.addAll(project.localDevelopmentAims());
      }
      return result(
              Outcome.UNKNOWN,
              aims.isEmpty() ? "toAssess" : "aimsToAssess",
              "aims",
              String.join("; ", aims))
          .missing(
              new MissingFact(MissingFact.assessmentPath(DEVELOPMENT), message("fact.assessment")))
          .remediation(message("remedy.assess"))
          .build();
    }
  }

  static final Scheme SCHEME =
      Scheme.builder()
          .id(ID)
          .version("1.0.0")
          .title(LawTexts.note(ID + ".title"))
          .summary(LawTexts.note(ID + ".summary"))
          .issuer(Issuer.LAW)
          .kind(SchemeKind.DEFINITION)
          .validity(SINCE_LAW)
          .criteria(
              CriterionNode.allOf(
                  CriterionNode.of(new SameTerritory()),
                  CriterionNode.of(new SseEnterprises()),
                  CriterionNode.of(new ConventionalEnterprises()),
                  CriterionNode.informative(new Partners()),
                  CriterionNode.of(new CommonStrategy()),
                  CriterionNode.of(new InnovativeProjects()),
                  CriterionNode.of(new SustainableDevelopment())))
          .legalBasis(LawTexts.ART9)
          .build();
}
