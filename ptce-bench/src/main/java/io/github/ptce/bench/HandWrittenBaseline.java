package io.github.ptce.bench;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.Support;
import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.resources.FunderLevel;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.Coverage;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.territory.ResolvedPerimeter;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.schemes.law.SseEnterpriseTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reference the engine is measured against: the checks of Art. 9 I of loi n° 2014-856 and of Art. 3 of
 * décret n° 2015-431 written directly in plain Java, as a careful programmer would write them without a
 * rules library, with the same English explanation texts built for each check (reason, observation,
 * members concerned, missing facts, remediation, assumptions), by string concatenation.
 *
 * <p>The SSE status of a member is asked of {@link SseEnterpriseTest#outcome}, the library's own plain-Java
 * function, as a hand-written implementation would call its own helper; it is computed once per member.
 *
 * <p>{@link #RULES_ART9} and {@link #RULES_DECREE} hold the same checks as objects behind an interface (a
 * "rule list"), the simplest alternative to a rules library.
 */
public final class HandWrittenBaseline {
  static final LocalDate LAW_IN_FORCE = LocalDate.of(2014, 8, 2);
  static final LocalDate DECREE_PUBLISHED = LocalDate.of(2015, 4, 17);
  static final String ASSUME_JOINING =
      "Members without a joining date are counted as members at the evaluation date.";

  private HandWrittenBaseline() {}

  /**
   * The result of one check.
   *
   * @param id the criterion id, the same as the engine's
   * @param outcome the outcome
   * @param counts false for an informative check
   * @param explanation the reason and the observation, in English
   * @param members the ids of the members concerned
   * @param missing the missing facts, as {@code path: description}
   * @param remediation what to do, or null
   * @param assumptions the assumptions
   */
  public record Check(String id, Outcome outcome, boolean counts, String explanation, List<String> members,
      List<String> missing, String remediation, List<String> assumptions) {}

  /**
   * The result of one scheme.
   *
   * @param id the scheme id
   * @param outcome the combined outcome of the checks that count
   * @param checks the checks in order
   */
  public record SchemeResult(String id, Outcome outcome, List<Check> checks) {}

  /** What the checks of one evaluation share: the active members, the perimeter, the SSE statuses. */
  public static final class Facts {
    final Cluster cluster;
    final LocalDate asOf;
    final Geography geography;
    final List<Membership> members;
    final int[] active;
    private final byte[] sse;
    private ResolvedPerimeter perimeter;
    private boolean resolved;

    /**
     * Prepares an evaluation.
     *
     * @param cluster the cluster
     * @param asOf the date
     * @param geography the geography
     */
    public Facts(Cluster cluster, LocalDate asOf, Geography geography) {
      this.cluster = cluster;
      this.asOf = asOf;
      this.geography = geography;
      this.members = cluster.members();
      int[] indices = new int[members.size()];
      int n = 0;
      for (int i = 0; i < members.size(); i++) {
        Membership m = members.get(i);
        boolean joined = m.joinedOn().isEmpty() || !m.joinedOn().get().isAfter(asOf);
        boolean left = m.leftOn().isPresent() && !m.leftOn().get().isAfter(asOf);
        if (joined && !left) {
          indices[n++] = i;
        }
      }
      this.active = java.util.Arrays.copyOf(indices, n);
      this.sse = new byte[members.size()];
    }

    ResolvedPerimeter perimeter() {
      if (!resolved) {
        perimeter = cluster.perimeter().map(geography::resolve).orElse(null);
        resolved = true;
      }
      return perimeter;
    }

    /** The SSE status of member {@code i}, computed once. */
    Outcome sse(int i) {
      if (sse[i] == 0) {
        sse[i] = (byte) (1 + SseEnterpriseTest.outcome(members.get(i).stakeholder(), asOf).ordinal());
      }
      return Outcome.values()[sse[i] - 1];
    }

    boolean anyWithoutJoiningDate() {
      for (int i : active) {
        if (members.get(i).joinedOn().isEmpty()) {
          return true;
        }
      }
      return false;
    }
  }

  // ------------------------------------------------------------------------------------------ the schemes

  /**
   * Evaluates Art. 9 I.
   *
   * @param cluster the cluster
   * @param asOf the date
   * @param geography the geography
   * @return the result
   */
  public static SchemeResult art9(Cluster cluster, LocalDate asOf, Geography geography) {
    return scheme("fr.law.2014-856.art9", RULES_ART9, new Facts(cluster, asOf, geography));
  }

  /**
   * Evaluates Art. 3 of décret 2015-431.
   *
   * @param cluster the cluster
   * @param asOf the date
   * @param geography the geography
   * @return the result
   */
  public static SchemeResult decree(Cluster cluster, LocalDate asOf, Geography geography) {
    return scheme("fr.decree.2015-431.art3", RULES_DECREE, new Facts(cluster, asOf, geography));
  }

  /**
   * Evaluates Art. 9 I written as straight-line code, without a list of rules.
   *
   * @param cluster the cluster
   * @param asOf the date
   * @param geography the geography
   * @return the result
   */
  public static SchemeResult art9Inline(Cluster cluster, LocalDate asOf, Geography geography) {
    Facts f = new Facts(cluster, asOf, geography);
    if (asOf.isBefore(LAW_IN_FORCE)) {
      return new SchemeResult("fr.law.2014-856.art9", Outcome.NOT_APPLICABLE, List.of());
    }
    List<Check> checks = new ArrayList<>(7);
    checks.add(sameTerritory(f));
    Census census = Census.of(f);
    checks.add(sseEnterprises(f, census));
    checks.add(conventionalEnterprises(f, census));
    checks.add(partners(f));
    checks.add(commonStrategy(f));
    checks.add(innovativeProjects(f));
    checks.add(sustainableDevelopment(f));
    return new SchemeResult("fr.law.2014-856.art9", combine(checks), checks);
  }

  /**
   * Evaluates Art. 3 of décret 2015-431 written as straight-line code, without a list of rules.
   *
   * @param cluster the cluster
   * @param asOf the date
   * @param geography the geography
   * @return the result
   */
  public static SchemeResult decreeInline(Cluster cluster, LocalDate asOf, Geography geography) {
    Facts f = new Facts(cluster, asOf, geography);
    if (asOf.isBefore(DECREE_PUBLISHED)) {
      return new SchemeResult("fr.decree.2015-431.art3", Outcome.NOT_APPLICABLE, List.of());
    }
    List<Check> checks = new ArrayList<>(7);
    checks.add(privateLaw(f));
    checks.add(threeLegalPersons(f));
    checks.add(sseEnterprise(f));
    checks.add(nonSseEnterprise(f));
    checks.add(otherPerson(f));
    checks.add(innovativeProject(f));
    checks.add(noPreviousStateSupport(f));
    return new SchemeResult("fr.decree.2015-431.art3", combine(checks), checks);
  }

  static SchemeResult scheme(String id, List<Function<Facts, Check>> rules, Facts f) {
    LocalDate from = id.startsWith("fr.law") ? LAW_IN_FORCE : DECREE_PUBLISHED;
    if (f.asOf.isBefore(from)) {
      return new SchemeResult(id, Outcome.NOT_APPLICABLE, List.of());
    }
    List<Check> checks = new ArrayList<>(rules.size());
    for (Function<Facts, Check> rule : rules) {
      checks.add(rule.apply(f));
    }
    return new SchemeResult(id, combine(checks), checks);
  }

  /** Kleene conjunction of the checks that count. */
  static Outcome combine(List<Check> checks) {
    boolean unknown = false;
    boolean applicable = false;
    for (Check c : checks) {
      if (!c.counts()) {
        continue;
      }
      switch (c.outcome()) {
        case NOT_MET -> {
          return Outcome.NOT_MET;
        }
        case UNKNOWN -> {
          unknown = true;
          applicable = true;
        }
        case MET -> applicable = true;
        default -> { }
      }
    }
    return !applicable ? Outcome.NOT_APPLICABLE : unknown ? Outcome.UNKNOWN : Outcome.MET;
  }

  /** The checks of Art. 9 I, as a list of rules behind an interface. */
  public static final List<Function<Facts, Check>> RULES_ART9 = List.of(
      HandWrittenBaseline::sameTerritory,
      f -> sseEnterprises(f, Census.of(f)),
      f -> conventionalEnterprises(f, Census.of(f)),
      HandWrittenBaseline::partners,
      HandWrittenBaseline::commonStrategy,
      HandWrittenBaseline::innovativeProjects,
      HandWrittenBaseline::sustainableDevelopment);

  /** The checks of Art. 3 of décret 2015-431, as a list of rules behind an interface. */
  public static final List<Function<Facts, Check>> RULES_DECREE = List.of(
      HandWrittenBaseline::privateLaw,
      HandWrittenBaseline::threeLegalPersons,
      HandWrittenBaseline::sseEnterprise,
      HandWrittenBaseline::nonSseEnterprise,
      HandWrittenBaseline::otherPerson,
      HandWrittenBaseline::innovativeProject,
      HandWrittenBaseline::noPreviousStateSupport);

  // ------------------------------------------------------------------------------------------ helpers

  static boolean isEnterprise(Membership m) {
    return m.stakeholder().kind() == StakeholderKind.ENTERPRISE;
  }

  /** At most five names, then "(+ n)". */
  static String names(List<Membership> members) {
    if (members.isEmpty()) {
      return "—";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(5, members.size()); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(members.get(i).stakeholder().name());
    }
    if (members.size() > 5) {
      out.append(" (+ ").append(members.size() - 5).append(')');
    }
    return out.toString();
  }

  static List<String> ids(List<Membership> members) {
    List<String> ids = new ArrayList<>(members.size());
    for (Membership m : members) {
      ids.add(m.stakeholder().id());
    }
    return ids;
  }

  static String path(Facts f, Membership m) {
    return "$.members[" + f.members.indexOf(m) + "]";
  }

  static String category(Stakeholder s) {
    Optional<LegalCategory> c = s.legalCategory();
    return c.map(v -> v.code() + v.label().map(l -> " " + l).orElse("")).orElse("—");
  }

  /** The members by SSE status, enterprises only. */
  record Census(List<Membership> sse, List<Membership> conventional, List<Membership> unknown) {
    static Census of(Facts f) {
      List<Membership> sse = new ArrayList<>();
      List<Membership> conventional = new ArrayList<>();
      List<Membership> unknown = new ArrayList<>();
      for (int i : f.active) {
        Membership m = f.members.get(i);
        if (!isEnterprise(m)) {
          continue;
        }
        switch (f.sse(i)) {
          case MET -> sse.add(m);
          case NOT_MET -> conventional.add(m);
          default -> unknown.add(m);
        }
      }
      return new Census(sse, conventional, unknown);
    }
  }

  // ------------------------------------------------------------------------------------------ Art. 9 I

  static final String ART9 = "fr.law.2014-856.art9.i.";

  static Check sameTerritory(Facts f) {
    String id = ART9 + "same-territory";
    ResolvedPerimeter perimeter = f.perimeter();
    if (perimeter == null) {
      return new Check(id, Outcome.UNKNOWN, true, "The cluster's territory (perimeter) is not defined.", List.of(),
          List.of("$.perimeter: the cluster's perimeter"),
          "Define the cluster's perimeter: communes, EPCIs, départements or régions.", List.of());
    }
    List<Membership> outside = new ArrayList<>();
    List<Membership> unlocated = new ArrayList<>();
    List<Membership> imprecise = new ArrayList<>();
    int inside = 0;
    for (int i : f.active) {
      Membership m = f.members.get(i);
      if (!isEnterprise(m) || m.role() == MemberRole.PARTNER) {
        continue;
      }
      Optional<CommuneCode> location = m.stakeholder().location();
      if (location.isEmpty()) {
        unlocated.add(m);
      } else if (perimeter.contains(location.get())) {
        inside++;
      } else if (perimeter.coverage(location.get()) == Coverage.PARTLY_COVERED) {
        // Located in Paris, Lyon or Marseille, of which the perimeter names some arrondissements only.
        unlocated.add(m);
        imprecise.add(m);
      } else {
        outside.add(m);
      }
    }
    String observed = " " + inside + " inside, " + outside.size() + " outside, " + unlocated.size()
        + " without location (partners excepted).";
    List<String> assumptions = perimeter.unknownCodes().isEmpty() ? List.of()
        : List.of("Codes of the perimeter unknown to the geography were left out: " + perimeter.unknownCodes() + ".");
    if (!outside.isEmpty()) {
      String names = names(outside);
      return new Check(id, Outcome.NOT_MET, true, outside.size() + " member enterprise(s) lie outside the perimeter: "
          + names + "." + observed, ids(outside), List.of(), "Extend the perimeter to include " + names
          + ", or record them as partners (role PARTNER), who may be outside.", assumptions);
    }
    if (!unlocated.isEmpty()) {
      List<String> missing = new ArrayList<>();
      for (Membership m : unlocated) {
        missing.add(path(f, m) + ".stakeholder.location: " + (imprecise.contains(m)
            ? "the municipal arrondissement where " + m.stakeholder().name() + " is located: the perimeter covers"
                + " only some arrondissements of its commune"
            : "the commune where " + m.stakeholder().name() + " is located"));
      }
      return new Check(id, Outcome.UNKNOWN, true, "The location of member enterprises is not given, or not"
          + " precisely enough to tell whether they lie in the perimeter: " + names(unlocated) + "." + observed,
          ids(unlocated), missing, "Give the commune where each member enterprise is located (in Paris, Lyon or"
          + " Marseille, its municipal arrondissement when the perimeter names arrondissements).", assumptions);
    }
    return new Check(id, Outcome.MET, true, "The " + inside + " member enterprise(s) are located in the perimeter."
        + observed, List.of(), List.of(), null, assumptions);
  }

  static Check sseEnterprises(Facts f, Census census) {
    String id = ART9 + "sse-enterprises";
    int required = 1;
    int found = census.sse().size();
    List<String> assumptions = f.anyWithoutJoiningDate() ? List.of(ASSUME_JOINING) : List.of();
    String observed = " " + found + " SSE enterprise(s): " + names(census.sse()) + "; required: at least " + required;
    if (found >= required) {
      return new Check(id, Outcome.MET, true, found + " member(s) are SSE enterprises." + observed,
          ids(census.sse()), List.of(), null, assumptions);
    }
    if (found + census.unknown().size() < required) {
      return new Check(id, Outcome.NOT_MET, true, found + " member(s) are SSE enterprises; at least " + required
          + " required." + observed, List.of(), List.of(), "Add " + (required - found) + " SSE enterprise(s) "
          + "(cooperative, association, mutual, foundation, or company with the SSE mention) located in the perimeter.",
          assumptions);
    }
    String names = names(census.unknown());
    return new Check(id, Outcome.UNKNOWN, true, found + " member(s) are SSE enterprises so far; the status of " + names
        + " is not known." + observed, ids(census.unknown()), sseMissing(f, census.unknown()),
        "Complete the SSE status (legal category, evidence) of " + names + ".", assumptions);
  }

  static List<String> sseMissing(Facts f, List<Membership> unknown) {
    List<String> missing = new ArrayList<>();
    for (Membership m : unknown) {
      missing.add(path(f, m) + ".stakeholder.sseStatus: the SSE status of " + m.stakeholder().name());
    }
    return missing;
  }

  static Check conventionalEnterprises(Facts f, Census census) {
    String id = ART9 + "conventional-enterprises";
    List<String> assumptions = List.of("The text says \"entreprises\" without qualifier; following the 2013 Senate "
        + "amendment, which says a PTCE necessarily includes both SSE and other enterprises, the rule reads it as "
        + "enterprises outside the SSE.");
    String observed = " " + census.conventional().size() + " enterprise(s) outside the SSE: "
        + names(census.conventional());
    if (!census.conventional().isEmpty()) {
      return new Check(id, Outcome.MET, true, census.conventional().size()
          + " member enterprise(s) are outside the SSE." + observed, ids(census.conventional()), List.of(), null,
          assumptions);
    }
    if (census.unknown().isEmpty()) {
      return new Check(id, Outcome.NOT_MET, true, "No member enterprise is outside the SSE." + observed, List.of(),
          List.of(), "Add at least one conventional enterprise (not SSE) located in the perimeter.", assumptions);
    }
    String names = names(census.unknown());
    return new Check(id, Outcome.UNKNOWN, true, "No member enterprise is known to be outside the SSE; the status of "
        + names + " is not known." + observed, ids(census.unknown()), sseMissing(f, census.unknown()),
        "Complete the SSE status of " + names + ": declare a conventional enterprise NOT_SSE.", assumptions);
  }

  static Check partners(Facts f) {
    String id = ART9 + "partners";
    List<Membership> partners = new ArrayList<>();
    for (int i : f.active) {
      StakeholderKind kind = f.members.get(i).stakeholder().kind();
      if (kind != StakeholderKind.ENTERPRISE && kind != StakeholderKind.ENTERPRISE_GROUPING) {
        partners.add(f.members.get(i));
      }
    }
    List<String> assumptions = List.of("The text names these persons \"en lien avec\" without requiring them: this "
        + "criterion is shown and does not count.");
    if (partners.isEmpty()) {
      return new Check(id, Outcome.NOT_MET, false, "No local authority, research centre, higher-education or "
          + "training body, or other person is a member or partner.", List.of(), List.of(), "Partners are not "
          + "required by the text, but a local authority or a research or training body strengthens a PTCE and is "
          + "required for a State call.", assumptions);
    }
    return new Check(id, Outcome.MET, false, partners.size() + " such member(s) or partner(s): " + names(partners)
        + ".", ids(partners), List.of(), null, assumptions);
  }

  static Check commonStrategy(Facts f) {
    String id = ART9 + "common-strategy";
    Optional<CooperationStrategy> declared = f.cluster.strategy();
    if (declared.isEmpty()) {
      return new Check(id, Outcome.UNKNOWN, true, "No cooperation strategy is declared.", List.of(),
          List.of("$.strategy: the cluster's cooperation strategy"), "Declare the cooperation strategy: its modes, "
          + "shared activities, written document and start date.", List.of());
    }
    CooperationStrategy s = declared.get();
    if (s.endDate().isPresent() && !s.endDate().get().isAfter(f.asOf)) {
      return new Check(id, Outcome.NOT_MET, true, "The declared strategy ended on " + s.endDate().get()
          + ": it is not continuous at the date.", List.of(), List.of(),
          "Renew the common strategy: the law asks for a continuous one.", List.of());
    }
    if (s.startDate().isPresent() && s.startDate().get().isAfter(f.asOf)) {
      return new Check(id, Outcome.NOT_MET, true, "The declared strategy starts only on " + s.startDate().get() + ".",
          List.of(), List.of(), null, List.of());
    }
    if (s.documentDate().isPresent() && s.documentDate().get().isAfter(f.asOf)) {
      return new Check(id, Outcome.NOT_MET, true, "The strategy document is dated " + s.documentDate().get()
          + ", after the evaluation date.", List.of(), List.of(), null, List.of());
    }
    if (s.modes().isEmpty() || s.documentDate().isEmpty()) {
      List<String> missing = new ArrayList<>(2);
      if (s.modes().isEmpty()) {
        missing.add("$.strategy.modes: the modes of the strategy (pooling, cooperation, partnership)");
      }
      if (s.documentDate().isEmpty()) {
        missing.add("$.strategy.documentDate: the date of the written strategy document");
      }
      return new Check(id, Outcome.UNKNOWN, true, "The strategy is declared, but its mode or its written document "
          + "is not given.", List.of(), missing, "Complete the strategy: its mode (pooling, cooperation, "
          + "partnership) and the date of its written document.", List.of());
    }
    return new Check(id, Outcome.MET, true, "A strategy is declared, ongoing, in writing since "
        + s.documentDate().get() + ", by " + s.modes() + ".", List.of(), List.of(), null, List.of("The library checks "
        + "that the strategy is declared, written and ongoing; whether it is really common and continuous is for a "
        + "person to judge (an assessment can decide this criterion)."));
  }

  static Check innovativeProjects(Facts f) {
    String id = ART9 + "innovative-projects";
    List<Project> projects = f.cluster.projects();
    if (projects.isEmpty()) {
      return new Check(id, Outcome.UNKNOWN, true, "No project is declared.", List.of(),
          List.of("$.projects: the projects the cluster serves"),
          "Declare the projects the cluster serves and how each is innovative.", List.of());
    }
    StringBuilder innovative = new StringBuilder();
    for (Project p : projects) {
      if (!p.innovation().isEmpty()) {
        if (innovative.length() > 0) {
          innovative.append("; ");
        }
        innovative.append(p.title()).append(' ').append(p.innovation());
      }
    }
    if (innovative.length() == 0) {
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < projects.size(); i++) {
        missing.add("$.projects[" + i + "].innovation: how the project \"" + projects.get(i).title()
            + "\" is innovative (social, technological)");
      }
      missing.add("$assessments[" + id + "]: an assessment of whether the projects are socially or technologically "
          + "innovative");
      return new Check(id, Outcome.UNKNOWN, true, "Projects are declared, but none says how it is innovative.",
          List.of(), missing, "Say for each project whether it is socially or technologically innovative, or give an "
          + "assessment.", List.of());
    }
    return new Check(id, Outcome.MET, true, "Innovative projects are declared: " + innovative + ".", List.of(),
        List.of(), null, List.of("The innovation is taken as declared; an assessment can decide otherwise."));
  }

  static Check sustainableDevelopment(Facts f) {
    String id = ART9 + "sustainable-local-development";
    StringBuilder aims = new StringBuilder();
    for (Project p : f.cluster.projects()) {
      for (String aim : p.localDevelopmentAims()) {
        if (aims.length() > 0) {
          aims.append("; ");
        }
        aims.append(aim);
      }
    }
    String text = aims.length() == 0
        ? "Whether the projects bring sustainable local development is for a person to assess; no aim is declared."
        : "Declared aims: " + aims + ". Whether they bring sustainable local development is for a person to assess.";
    return new Check(id, Outcome.UNKNOWN, true, text, List.of(), List.of("$assessments[" + id
        + "]: an assessment of whether the projects bring sustainable local development"), "Have a person (a CRESS, "
        + "a funder, a local authority) assess this criterion and give the assessment.", List.of());
  }

  // ------------------------------------------------------------------------------------------ décret 2015-431

  static final String DECREE = "fr.decree.2015-431.art3.";

  static Check privateLaw(Facts f) {
    String id = DECREE + "1.private-law-person";
    List<String> assumptions = List.of("The legal personality of the PTCE is taken to be that of its carrier (the "
        + "member with role CARRIER); whether a PTCE carried by a member structure qualifies is not confirmed.");
    Optional<Membership> carrier = f.cluster.carrier();
    if (carrier.isEmpty()) {
      return new Check(id, Outcome.UNKNOWN, true, "No member is recorded as the carrier (role CARRIER) of the "
          + "cluster.", List.of(), List.of("$.members: which member carries the cluster (role CARRIER)"),
          "Record the legal structure that carries the cluster as a member with the role CARRIER.", List.of());
    }
    Stakeholder who = carrier.get().stakeholder();
    SseEnterpriseTest.Finding finding = SseEnterpriseTest.privateLaw(who);
    String name = who.name();
    String text = switch (finding.reason()) {
      case "naturalPerson" -> "The carrier, " + name + ", is a natural person.";
      case "privateLawForm" -> "The carrier, " + name + ", is a legal person of private law (" + category(who) + ").";
      case "publicLawForm" -> "The carrier, " + name + ", is a legal person of public law (" + category(who) + ").";
      case "noLegalPersonality" -> "The carrier, " + name + ", has the legal category " + category(who)
          + ", which has no legal personality.";
      case "declaredStatus" -> "The carrier, " + name + ", declares an SSE status that only private-law legal persons "
          + "hold.";
      case "declaredCooperative" -> "The carrier, " + name + ", is declared a SCOP, SCIC or CAE: a cooperative, a "
          + "legal person of private law.";
      case "publicKind" -> "The carrier, " + name + ", is a public body.";
      default -> "The legal form of the carrier, " + name + ", is unknown.";
    };
    Outcome outcome = finding.outcome();
    List<String> missing = outcome == Outcome.UNKNOWN
        ? List.of(path(f, carrier.get()) + ".stakeholder.legalCategory: the legal category (INSEE code) of " + name)
        : List.of();
    String remediation = outcome == Outcome.NOT_MET ? "Carry the cluster by a private-law legal person (an "
        + "association, a cooperative such as a SCIC)." : null;
    return new Check(id, outcome, true, text, List.of(who.id()), missing, remediation, assumptions);
  }

  static Check threeLegalPersons(Facts f) {
    String id = DECREE + "2.three-legal-persons";
    List<Membership> persons = new ArrayList<>();
    for (int i : f.active) {
      Stakeholder s = f.members.get(i).stakeholder();
      if (s.kind() == StakeholderKind.NATURAL_PERSON) {
        continue;
      }
      Optional<Boolean> legalPerson = s.legalCategory().flatMap(LegalCategory::legalPerson);
      if (legalPerson.isPresent() && !legalPerson.get()) {
        continue;
      }
      persons.add(f.members.get(i));
    }
    int count = persons.size();
    List<String> assumptions = f.anyWithoutJoiningDate() ? List.of(ASSUME_JOINING) : List.of();
    String observed = " " + count + " legal person(s): " + names(persons) + "; required: at least 3";
    if (count >= 3) {
      return new Check(id, Outcome.MET, true, count + " legal persons are members or partners." + observed,
          ids(persons), List.of(), null, assumptions);
    }
    return new Check(id, Outcome.NOT_MET, true, "Only " + count + " legal person(s) are members or partners; at least "
        + "3 are required." + observed, ids(persons), List.of(), "Add " + (3 - count) + " legal person(s) to the "
        + "cluster.", assumptions);
  }

  static Check sseEnterprise(Facts f) {
    String id = DECREE + "2.sse-enterprise";
    List<Membership> unknown = new ArrayList<>();
    for (int i : f.active) {
      Membership m = f.members.get(i);
      if (!isEnterprise(m)) {
        continue;
      }
      Outcome status = f.sse(i);
      if (status == Outcome.MET) {
        return new Check(id, Outcome.MET, true, m.stakeholder().name() + " is an SSE enterprise.",
            List.of(m.stakeholder().id()), List.of(), null, List.of());
      }
      if (status == Outcome.UNKNOWN) {
        unknown.add(m);
      }
    }
    if (unknown.isEmpty()) {
      return new Check(id, Outcome.NOT_MET, true, "No member enterprise is an SSE enterprise.", List.of(), List.of(),
          "Add an SSE enterprise (cooperative, association, mutual, foundation, or company with the SSE mention).",
          List.of());
    }
    String names = names(unknown);
    return new Check(id, Outcome.UNKNOWN, true, "No member is known to be an SSE enterprise; the status of " + names
        + " is not known.", ids(unknown), sseMissing(f, unknown), "Complete the SSE status (legal category, "
        + "evidence) of " + names + ".", List.of());
  }

  static Check nonSseEnterprise(Facts f) {
    String id = DECREE + "2.non-sse-enterprise";
    List<Membership> unknown = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (int i : f.active) {
      Membership m = f.members.get(i);
      Stakeholder s = m.stakeholder();
      if (isEnterprise(m)) {
        Outcome status = f.sse(i);
        if (status == Outcome.NOT_MET) {
          return new Check(id, Outcome.MET, true, s.name() + " is an enterprise outside the SSE.", List.of(s.id()),
              List.of(), null, List.of());
        }
        if (status == Outcome.UNKNOWN) {
          unknown.add(m);
          missing.add("$.members[" + i + "].stakeholder.sseStatus: the SSE status of " + s.name());
        }
      } else if (s.kind() == StakeholderKind.ENTERPRISE_GROUPING) {
        Optional<Boolean> mostly = s.mostlyNonSseMembers();
        if (mostly.isPresent() && mostly.get()) {
          return new Check(id, Outcome.MET, true, s.name() + " is a grouping of enterprises mostly outside the SSE.",
              List.of(s.id()), List.of(), null, List.of());
        }
        if (mostly.isEmpty()) {
          unknown.add(m);
          missing.add("$.members[" + i + "].stakeholder.mostlyNonSseMembers: whether the members of " + s.name()
              + " are mostly enterprises outside the SSE");
        }
      }
    }
    if (unknown.isEmpty()) {
      return new Check(id, Outcome.NOT_MET, true, "No member is an enterprise outside the SSE or a grouping of mostly "
          + "non-SSE enterprises.", List.of(), List.of(), "Add an enterprise outside the SSE, or a grouping of mostly "
          + "non-SSE enterprises.", List.of());
    }
    String names = names(unknown);
    return new Check(id, Outcome.UNKNOWN, true, "No member is known to be outside the SSE; the status of " + names
        + " is not known.", ids(unknown), missing, "Complete the status of " + names + ".", List.of());
  }

  static Check otherPerson(Facts f) {
    String id = DECREE + "2.other-art9-person";
    for (int i : f.active) {
      Stakeholder s = f.members.get(i).stakeholder();
      if (s.kind() != StakeholderKind.ENTERPRISE && s.kind() != StakeholderKind.ENTERPRISE_GROUPING) {
        return new Check(id, Outcome.MET, true, s.name() + " (" + s.kind() + ") is such a person.", List.of(s.id()),
            List.of(), null, List.of());
      }
    }
    return new Check(id, Outcome.NOT_MET, true, "No member or partner is a local authority, research centre, "
        + "higher-education or training body, or other person than an enterprise.", List.of(), List.of(), "Add a "
        + "local authority, a research centre, a higher-education or training body, or another person than an "
        + "enterprise.", List.of());
  }

  static Check innovativeProject(Facts f) {
    String id = DECREE + "3.innovative-project-territory";
    List<String> missing = new ArrayList<>(2);
    if (f.cluster.perimeter().isEmpty()) {
      missing.add("$.perimeter: the cluster's perimeter");
    }
    Project innovative = null;
    for (Project p : f.cluster.projects()) {
      if (!p.innovation().isEmpty()) {
        innovative = p;
        break;
      }
    }
    if (innovative == null) {
      missing.add(f.cluster.projects().isEmpty() ? "$.projects: the projects the cluster serves"
          : "$.projects[0].innovation: how the projects are innovative (social, technological)");
    }
    if (!missing.isEmpty()) {
      return new Check(id, Outcome.UNKNOWN, true, "An innovative project or the territory of the cluster is not "
          + "given.", List.of(), missing, "Define the perimeter and declare an innovative project.", List.of());
    }
    return new Check(id, Outcome.MET, true, "The project \"" + innovative.title() + "\" is declared innovative ("
        + innovative.innovation() + ") and the territory is defined.", List.of(), List.of(), null, List.of());
  }

  static Check noPreviousStateSupport(Facts f) {
    String id = DECREE + "4.no-previous-state-support";
    List<Support> supports = f.cluster.supports();
    List<String> unclear = new ArrayList<>();
    for (int i = 0; i < supports.size(); i++) {
      Support s = supports.get(i);
      if (s.level() != FunderLevel.STATE) {
        continue;
      }
      boolean before = s.grantedOn().isEmpty() || s.grantedOn().get().isBefore(f.asOf);
      if (s.throughCall().orElse(false) && before) {
        return new Check(id, Outcome.NOT_MET, true, "The cluster was supported by the State after a call ("
            + s.funder() + ", " + s.grantedOn().map(Object::toString).orElse("—") + ").", List.of(), List.of(),
            null, List.of());
      }
      if (s.throughCall().isEmpty()) {
        unclear.add("$.supports[" + i + "].throughCall: whether the support of " + s.funder()
            + " came from a call for projects");
      }
    }
    if (!unclear.isEmpty()) {
      return new Check(id, Outcome.UNKNOWN, true, "Whether some State support came from a call for projects is not "
          + "given.", List.of(), unclear, null, List.of());
    }
    if (supports.isEmpty()) {
      return new Check(id, Outcome.UNKNOWN, true, "No past support is declared, so whether the State supported the "
          + "cluster under an earlier call is not known.", List.of(), List.of("$.supports: the support the cluster "
          + "received", "$assessments[" + id + "]: a declaration that the State never supported the cluster under a "
          + "call"), "List the support the cluster received, or declare (as an assessment of this criterion) that it "
          + "received none from a State call.", List.of());
    }
    return new Check(id, Outcome.MET, true, "None of the " + supports.size() + " support(s) declared came from a State "
        + "call.", List.of(), List.of(), null, List.of("The support listed is taken to be complete."));
  }
}
