package io.github.ptce.rules.spi;

import io.github.ptce.core.provenance.Source;
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
import io.github.ptce.core.stakeholder.StakeholderFacts;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.stakeholder.StatutoryClauses;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.Labels;
import io.github.ptce.rules.LocalizedText;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Is a stakeholder an enterprise of the social and solidarity economy at a date, in the sense of
 * Art. 1 of loi n° 2014-856? The one place where the answer is computed: the engine answers {@link
 * io.github.ptce.rules.Evaluation#sseStatus} with it, the criteria of scheme {@code
 * fr.law.2014-856.art1} explain it branch by branch, and a scheme that names one of its pieces (a
 * legal person of private law, a valid ESUS agreement and its last day) asks it here rather than
 * deciding anew.
 *
 * <p>The test is {@code A and (B or (C1 and C2) or D)}:
 *
 * <ul>
 *   <li>A — a legal person of private law (Art. 1 I);
 *   <li>B — SSE by legal form: cooperative, mutual, foundation, association (Art. 1 II 1°), the
 *       conditions of Art. 1 I being presumed met by the form's own legal regime unless the
 *       statutes say otherwise;
 *   <li>C1 — a commercial company whose statutes meet Art. 1 I and II 2° c, registered at the RCS
 *       with the SSE mention to claim the status (Art. 1 II 2°, III); the registration being
 *       subject to the conformity of the statutes, it stands for the clauses that are not declared;
 *   <li>C2 — that company pursues a social utility in the sense of Art. 2, in the version in force
 *       at the date (three items until 2019-05-23, four from loi PACTE on 2019-05-24);
 *   <li>D — holds an ESUS agreement valid at the date (Code du travail L3332-17-1), which only SSE
 *       enterprises obtain: strong evidence.
 * </ul>
 *
 * An unknown fact leaves a branch unknown, never failed.
 *
 * <p>Stateless and thread-safe.
 */
public final class SseDefinition {

  /**
   * What one branch of the test found: its outcome, a reason (the key suffix of its message) and
   * how it was decided.
   *
   * @param outcome the outcome
   * @param reason the reason code, e.g. {@code privateLawForm}
   * @param decidedBy automated or declared
   */
  public record Finding(Outcome outcome, String reason, CriterionKind decidedBy) {}

  /**
   * The branches of the test, each the subject of a criterion of scheme {@code
   * fr.law.2014-856.art1}.
   */
  public enum Branch {
    /** A: a legal person of private law (Art. 1 I). */
    PRIVATE_LAW("A"),
    /** B: SSE by legal form (Art. 1 II 1°). */
    LEGAL_FORM("B"),
    /**
     * C1: a commercial company whose statutes meet the conditions, with the SSE mention (Art. 1 II
     * 2°, III).
     */
    COMMERCIAL_COMPANY("C1"),
    /** C2: that company pursues a social utility (Art. 2). */
    SOCIAL_UTILITY("C2"),
    /** D: an ESUS agreement valid at the date (Code du travail, L3332-17-1). */
    ESUS_AGREEMENT("D");

    private final String letter;

    Branch(String letter) {
      this.letter = letter;
    }
  }

  /** The day loi n° 2014-856 came into force: before it, no enterprise is SSE in its sense. */
  public static final LocalDate LAW_IN_FORCE = LocalDate.of(2014, 8, 2);

  /** The day loi PACTE n° 2019-486 rewrote Art. 2 (four items from then, three before). */
  public static final LocalDate PACTE = LocalDate.of(2019, 5, 24);

  /**
   * The criterion of scheme {@code fr.law.2014-856.art1} that an assessment answers when the
   * statutes name an objective the library does not recognise as one of Art. 2.
   */
  static final String SOCIAL_UTILITY_CRITERION = "fr.law.2014-856.art2.social-utility";

  /** The law's criterion of the ESUS agreement, whose reasons {@link #esusReason} gives. */
  static final String ESUS_CRITERION = "fr.code-travail.l3332-17-1.esus-agreement";

  private static Finding automated(Outcome outcome, String reason) {
    return new Finding(outcome, reason, CriterionKind.AUTOMATED);
  }

  private static Finding declared(Outcome outcome, String reason) {
    return new Finding(outcome, reason, CriterionKind.DECLARED);
  }

  // A
  static final Finding A_NATURAL = automated(Outcome.NOT_MET, "naturalPerson");
  static final Finding A_NO_PERSONALITY = automated(Outcome.NOT_MET, "noLegalPersonality");
  static final Finding A_PRIVATE = automated(Outcome.MET, "privateLawForm");
  static final Finding A_PUBLIC = automated(Outcome.NOT_MET, "publicLawForm");
  static final Finding A_PUBLIC_KIND = automated(Outcome.NOT_MET, "publicKind");
  static final Finding A_DECLARED = declared(Outcome.MET, "declaredStatus");
  static final Finding A_COOPERATIVE = declared(Outcome.MET, "declaredCooperative");
  static final Finding A_UNKNOWN = automated(Outcome.UNKNOWN, "unknownForm");
  // Legal personality, from the same evidence as A
  static final Finding P_FORM = automated(Outcome.MET, "legalForm");
  static final Finding P_PUBLIC_KIND = automated(Outcome.MET, "publicKind");
  static final Finding P_DECLARED_KIND = declared(Outcome.MET, "declaredKind");
  // B
  static final Finding B_FORM = automated(Outcome.MET, "sseForm");
  static final Finding B_STATUTES = declared(Outcome.NOT_MET, "statutesFail");
  static final Finding B_NOT_FORM = automated(Outcome.NOT_MET, "notSseForm");
  static final Finding B_DECLARED = declared(Outcome.MET, "declaredForm");
  static final Finding B_COOPERATIVE = declared(Outcome.MET, "declaredCooperative");
  static final Finding B_DECLARED_OTHER = declared(Outcome.NOT_MET, "declaredOther");
  static final Finding B_UNDETERMINED = automated(Outcome.UNKNOWN, "formUndetermined");
  static final Finding B_UNKNOWN = automated(Outcome.UNKNOWN, "unknownForm");
  // C1
  static final Finding C1_NOT_COMMERCIAL = automated(Outcome.NOT_APPLICABLE, "notCommercial");
  static final Finding C1_DECLARED_NOT_SSE = declared(Outcome.NOT_MET, "declaredNotSse");
  static final Finding C1_CLAUSE_FAILS = declared(Outcome.NOT_MET, "clauseFails");
  static final Finding C1_MENTION = declared(Outcome.MET, "mention");
  static final Finding C1_MENTION_LATER = declared(Outcome.NOT_MET, "mentionLater");
  static final Finding C1_MENTION_MISSING = declared(Outcome.UNKNOWN, "mentionMissing");
  static final Finding C1_MENTION_AS_READ = declared(Outcome.MET, "mentionAsRead");
  static final Finding C1_MENTION_UNDATED = declared(Outcome.UNKNOWN, "mentionUndated");
  static final Finding C1_MENTION_IMPRECISE = declared(Outcome.UNKNOWN, "mentionImprecise");
  static final Finding C1_UNKNOWN = declared(Outcome.UNKNOWN, "unknown");
  // C2
  static final Finding C2_NOT_COMMERCIAL = automated(Outcome.NOT_APPLICABLE, "notCommercial");
  static final Finding C2_PRESUMED = declared(Outcome.MET, "presumedByMention");
  static final Finding C2_OBJECTIVE = declared(Outcome.MET, "objective");
  static final Finding C2_LINKED = declared(Outcome.MET, "linkedObjective");
  static final Finding C2_NOT_LINKED = declared(Outcome.NOT_MET, "notLinked");
  static final Finding C2_NOT_AN_OBJECTIVE = declared(Outcome.NOT_MET, "notAnObjective");
  static final Finding C2_LINK_UNKNOWN = declared(Outcome.UNKNOWN, "linkUnknown");
  static final Finding C2_UNRECOGNISED = declared(Outcome.UNKNOWN, "unrecognised");
  static final Finding C2_NO_OBJECTIVE = declared(Outcome.UNKNOWN, "noObjective");
  // D
  static final Finding D_UNKNOWN = declared(Outcome.UNKNOWN, "unknown");
  static final Finding D_NONE = declared(Outcome.NOT_MET, "none");
  static final Finding D_NOT_YET = declared(Outcome.NOT_MET, "notYet");
  static final Finding D_VALID = declared(Outcome.MET, "valid");
  static final Finding D_EXPIRED = declared(Outcome.NOT_MET, "expired");
  static final Finding D_AS_OF_RIGHT = declared(Outcome.MET, "asOfRight");
  static final Finding D_VALID_MINIMUM = declared(Outcome.MET, "validMinimum");
  static final Finding D_EXPIRED_MAXIMUM = declared(Outcome.NOT_MET, "expiredMaximum");
  static final Finding D_END_UNKNOWN = declared(Outcome.UNKNOWN, "endUnknown");
  static final Finding D_VALID_BY_END = declared(Outcome.MET, "validByEnd");
  static final Finding D_END_IMPRECISE = declared(Outcome.UNKNOWN, "endImprecise");
  static final Finding D_START_IMPRECISE = declared(Outcome.UNKNOWN, "startImprecise");
  static final Finding D_START_UNKNOWN = declared(Outcome.UNKNOWN, "startUnknown");
  static final Finding D_UNDATED = declared(Outcome.UNKNOWN, "undated");
  static final Finding D_AS_OF_RIGHT_UNDATED = declared(Outcome.MET, "asOfRightUndated");

  /**
   * Statuses that only cooperatives hold (a SCOP or a SCIC is a cooperative company; a CAE a
   * cooperative).
   */
  private static final Set<SpecificStatus> COOPERATIVE_STATUSES =
      EnumSet.of(SpecificStatus.SCOP, SpecificStatus.SCIC, SpecificStatus.CAE);

  private static final Set<StakeholderKind> PUBLIC_KINDS =
      EnumSet.of(
          StakeholderKind.LOCAL_AUTHORITY,
          StakeholderKind.LOCAL_AUTHORITY_GROUPING,
          StakeholderKind.STATE_SERVICE);
  private static final Set<SocialUtilityObjective> CORE =
      EnumSet.of(
          SocialUtilityObjective.SUPPORT_FRAGILE_PERSONS,
          SocialUtilityObjective.FIGHT_EXCLUSION_AND_INEQUALITIES,
          SocialUtilityObjective.CITIZENSHIP_EDUCATION,
          SocialUtilityObjective.SOCIAL_TIES_AND_TERRITORIAL_COHESION);

  /**
   * The ESUS agreement lasts 5 years, or 2 for an enterprise under three (R3332-21-3; FACTS-2.md §
   * 5.3).
   */
  private static final int ESUS_MIN_YEARS = 2;

  private static final int ESUS_MAX_YEARS = 5;

  private SseDefinition() {}

  /**
   * Returns whether a stakeholder is an SSE enterprise at a date.
   *
   * @param stakeholder the stakeholder
   * @param asOf the date
   * @return met, not met, or unknown; not applicable before the law's entry into force (2014-08-02)
   */
  public static Outcome outcome(StakeholderFacts stakeholder, LocalDate asOf) {
    if (asOf.isBefore(LAW_IN_FORCE)) {
      return Outcome.NOT_APPLICABLE;
    }
    Outcome a = privateLaw(stakeholder).outcome();
    if (a == Outcome.NOT_MET) {
      return Outcome.NOT_MET;
    }
    Outcome alternatives =
        anyOf(
            legalForm(stakeholder).outcome(),
            commercial(stakeholder, asOf),
            esus(stakeholder, asOf).outcome());
    return allOf(a, alternatives);
  }

  /**
   * Returns whether a stakeholder is an SSE enterprise at a date only by a presumption of Art. 1
   * that its statutes could overturn: the conditions of Art. 1 I presumed met by the regime of its
   * legal form (its statutes do not declare them all), or the conformity of its statutes presumed
   * by its SSE mention (Art. 1 III). Statutes declared otherwise would change the answer, and the
   * criteria that count SSE enterprises say so.
   *
   * @param stakeholder the stakeholder
   * @param asOf the date
   * @return true if {@link #outcome} is met and rests on such a presumption
   */
  // The findings are constants compared as such: two steps share an outcome and a reason
  // (A_UNKNOWN, B_UNKNOWN).
  @SuppressWarnings("ReferenceEquality")
  public static boolean presumed(StakeholderFacts stakeholder, LocalDate asOf) {
    if (outcome(stakeholder, asOf) != Outcome.MET
        || esus(stakeholder, asOf).outcome() == Outcome.MET) {
      return false;
    }
    Finding form = legalForm(stakeholder);
    boolean statutesDeclared =
        stakeholder
            .statutes()
            .map(
                st -> CLAUSES.subList(0, 4).stream().allMatch(name -> clause(st, name).isPresent()))
            .orElse(false);
    if (form.outcome() == Outcome.MET) {
      return !statutesDeclared;
    }
    return (companyConditions(stakeholder, asOf) == C1_MENTION
            && !undeclaredClauses(stakeholder.statutes()).isEmpty())
        || socialUtility(stakeholder, asOf) == C2_PRESUMED;
  }

  /**
   * Returns the facts whose absence keeps a named stakeholder's status unknown.
   *
   * @param stakeholder the stakeholder
   * @param path the JSON path of the stakeholder in the cluster document
   * @param asOf the date
   * @return the missing facts, empty unless {@link #outcome} is unknown
   */
  public static List<MissingFact> missingFacts(
      Stakeholder stakeholder, String path, LocalDate asOf) {
    return missingFacts(stakeholder, path, asOf, stakeholder.name());
  }

  /**
   * Returns the facts whose absence keeps a stakeholder's status unknown.
   *
   * @param stakeholder the stakeholder, named or not
   * @param path the JSON path of the stakeholder (or group) in the cluster document
   * @param asOf the date
   * @param name how the stakeholder is named in messages: a text, or a {@link
   *     io.github.ptce.rules.LocalizedText}
   * @return the missing facts, empty unless {@link #outcome} is unknown
   */
  public static List<MissingFact> missingFacts(
      StakeholderFacts stakeholder, String path, LocalDate asOf, Object name) {
    List<MissingFact> facts = new ArrayList<>(4);
    if (outcome(stakeholder, asOf) != Outcome.UNKNOWN) {
      return facts;
    }
    Finding a = privateLaw(stakeholder);
    if (a.outcome() == Outcome.UNKNOWN) {
      facts.addAll(factsOf(a, "A", stakeholder, path, name));
    }
    Finding b = legalForm(stakeholder);
    if (b.outcome() == Outcome.UNKNOWN) {
      facts.addAll(factsOf(b, "B", stakeholder, path, name));
    }
    if (commercial(stakeholder, asOf) == Outcome.UNKNOWN) {
      // Without the RCS mention a company cannot claim the status whatever its statutes say (Art. 1
      // III):
      // ask for the mention first, and for the objectives only once it is given.
      Finding c1 = companyConditions(stakeholder, asOf);
      Finding c2 = socialUtility(stakeholder, asOf);
      if (c1.outcome() == Outcome.UNKNOWN) {
        facts.addAll(factsOf(c1, "C1", stakeholder, path, name));
      } else if (c2.outcome() == Outcome.UNKNOWN) {
        facts.addAll(factsOf(c2, "C2", stakeholder, path, name));
      }
    }
    Finding d = esus(stakeholder, asOf);
    if (d.outcome() == Outcome.UNKNOWN) {
      facts.addAll(factsOf(d, "D", stakeholder, path, name));
    }
    List<MissingFact> distinct = new ArrayList<>(facts.size());
    for (MissingFact fact : facts) {
      if (!distinct.contains(fact)) {
        distinct.add(fact);
      }
    }
    return distinct;
  }

  /**
   * Returns the facts whose absence keeps one branch of the test unknown: what the criterion of
   * scheme {@code fr.law.2014-856.art1} that explains the branch asks for.
   *
   * @param branch the branch
   * @param finding what the branch found for the stakeholder ({@link #privateLaw}, {@link
   *     #legalForm}, {@link #companyConditions}, {@link #socialUtility}, {@link #esusAgreement})
   * @param stakeholder the stakeholder
   * @param path the JSON path of the stakeholder in the cluster document
   * @param name how the stakeholder is named in messages: a text, or a {@link
   *     io.github.ptce.rules.LocalizedText}
   * @return the missing facts, empty unless the finding is unknown
   */
  public static List<MissingFact> missingFacts(
      Branch branch, Finding finding, StakeholderFacts stakeholder, String path, Object name) {
    return factsOf(finding, branch.letter, stakeholder, path, name);
  }

  /** The facts a branch misses, by its reason. */
  static List<MissingFact> factsOf(
      Finding finding, String branch, StakeholderFacts stakeholder, String path, Object name) {
    List<MissingFact> facts = new ArrayList<>(3);
    // Only unknown findings miss facts: testing that first spares concatenating and hashing
    // "branch:reason" for
    // every member and branch of a whole-catalogue evaluation, where most findings are decided.
    if (finding.outcome() != Outcome.UNKNOWN) {
      return facts;
    }
    switch (branch + ":" + finding.reason()) {
      case "A:unknownForm", "B:unknownForm" ->
          facts.add(fact(path + ".legalCategory", "fact.legalCategory", name));
      case "B:formUndetermined", "D:unknown" ->
          facts.add(fact(path + ".sseStatus", "fact.sseStatus", name));
      case "C1:mentionMissing", "C1:mentionUndated", "C1:mentionImprecise" ->
          facts.add(fact(path + ".sseStatus.essMentionDate", "fact.essMention", name));
      case "C1:unknown" -> {
        facts.add(fact(path + ".sseStatus.essMentionDate", "fact.essMention", name));
        if (stakeholder.statutes().isPresent()) {
          // The user started declaring the statutes: the clauses still missing are worth asking
          // for.
          for (String clause : undeclaredClauses(stakeholder.statutes())) {
            facts.add(fact(path + ".statutes." + clause, "fact.clause." + clause, name));
          }
        }
      }
      case "C2:noObjective" ->
          facts.add(fact(path + ".statutes.socialUtilityObjectives", "fact.objectives", name));
      case "C2:linkUnknown" ->
          facts.add(fact(path + ".statutes.linkedToOtherObjective", "fact.link", name));
      // The criterion is evaluated per member: the assessment names the member.
      case "C2:unrecognised" ->
          facts.add(
              new MissingFact(
                  stakeholder instanceof Stakeholder named
                      ? MissingFact.assessmentPath(SOCIAL_UTILITY_CRITERION, named.id())
                      : MissingFact.assessmentPath(SOCIAL_UTILITY_CRITERION),
                  message("fact.assessObjective", name)));
      case "D:endUnknown", "D:endImprecise" ->
          facts.add(fact(path + ".sseStatus.esusAgreement.end", "fact.esusEnd", name));
      case "D:startUnknown", "D:startImprecise", "D:undated" ->
          facts.add(fact(path + ".sseStatus.esusAgreement.start", "fact.esusStart", name));
      default -> {}
    }
    return facts;
  }

  private static MissingFact fact(String path, String key, Object name) {
    return new MissingFact(path, message(key, name));
  }

  private static Message message(String key, Object name) {
    return SpiMessages.of(key, Map.of("name", name));
  }

  // ---------------------------------------------------------------- the branches

  /**
   * Returns whether a stakeholder is a legal person of private law (Art. 1 I), the test that décret
   * n° 2015-431 also applies to a PTCE's carrier.
   *
   * @param s the stakeholder
   * @return the finding; reasons {@code naturalPerson}, {@code noLegalPersonality}, {@code
   *     privateLawForm}, {@code publicLawForm}, {@code publicKind}, {@code declaredStatus}, {@code
   *     declaredCooperative}, {@code unknownForm}
   */
  public static Finding privateLaw(StakeholderFacts s) {
    if (s.kind() == StakeholderKind.NATURAL_PERSON) {
      return A_NATURAL;
    }
    Optional<Boolean> privateLaw = s.privateLaw();
    if (privateLaw.isPresent()) {
      if (!s.legalPerson().orElse(true)) {
        return A_NO_PERSONALITY;
      }
      return privateLaw.get() ? A_PRIVATE : A_PUBLIC;
    }
    if (PUBLIC_KINDS.contains(s.kind())) {
      return A_PUBLIC_KIND;
    }
    if (isDeclaredCooperative(s)) {
      return A_COOPERATIVE;
    }
    SseEvidence evidence = s.sseStatus().evidence();
    if (evidence == SseEvidence.BY_LEGAL_FORM
        || evidence == SseEvidence.ESS_MENTION
        || evidence == SseEvidence.ESUS_AGREEMENT) {
      return A_DECLARED;
    }
    return A_UNKNOWN;
  }

  /**
   * Returns whether a stakeholder is a legal person ("personne morale"), as far as its facts tell,
   * on the same evidence as {@link #privateLaw(Stakeholder)}: its legal category when INSEE's table
   * classifies it; a natural person is not one; a local authority, a grouping of them or a service
   * of the State belongs to a legal person of public law; a cooperative status (SCOP, SCIC, CAE) or
   * SSE evidence (by legal form, RCS mention, ESUS agreement) is held only by legal persons of
   * private law; a stakeholder declared of kind {@code OTHER_LEGAL_PERSON} is one by its
   * declaration. Anything else is unknown: an enterprise without a legal category may be a sole
   * trader, a research centre or a school a unit of a larger body.
   *
   * @param s the stakeholder
   * @return the finding; reasons {@code naturalPerson}, {@code noLegalPersonality}, {@code
   *     legalForm}, {@code publicKind}, {@code declaredStatus}, {@code declaredCooperative}, {@code
   *     declaredKind}, {@code unknownForm}
   */
  // The findings are constants compared as such: two steps share an outcome and a reason
  // (A_UNKNOWN, B_UNKNOWN).
  @SuppressWarnings("ReferenceEquality")
  public static Finding legalPerson(StakeholderFacts s) {
    Finding law = privateLaw(s);
    if (law == A_PRIVATE || law == A_PUBLIC) {
      return P_FORM;
    }
    if (law == A_PUBLIC_KIND) {
      return P_PUBLIC_KIND;
    }
    if (law == A_UNKNOWN && s.kind() == StakeholderKind.OTHER_LEGAL_PERSON) {
      return P_DECLARED_KIND;
    }
    return law;
  }

  /**
   * Returns whether a stakeholder holds an ESUS agreement valid at a date (Code du travail
   * L3332-17-1): the evidence that support schemes name directly (e.g. the Hauts-de-France COTE aid
   * is open to commercial companies that hold it). The agreement lasts 5 years, or 2 for an
   * enterprise under three (R3332-21-3); when its end is not given, a date within 2 years of its
   * start is valid, a date 5 years or more after it is not, and a date in between is unknown.
   *
   * @param s the stakeholder
   * @param asOf the date
   * @return the finding; reasons {@code unknown}, {@code none}, {@code notYet}, {@code valid},
   *     {@code expired}, {@code asOfRight}, {@code validMinimum}, {@code expiredMaximum}, {@code
   *     endUnknown}
   */
  public static Finding esusAgreement(StakeholderFacts s, LocalDate asOf) {
    return esus(s, asOf);
  }

  /**
   * Returns whether a stakeholder is SSE by its legal form (Art. 1 II 1°): a cooperative, a mutual,
   * a foundation or an association, the conditions of Art. 1 I being presumed met by the form's own
   * regime unless its statutes say otherwise.
   *
   * @param s the stakeholder
   * @return the finding; reasons {@code sseForm}, {@code statutesFail}, {@code notSseForm}, {@code
   *     declaredForm}, {@code declaredCooperative}, {@code declaredOther}, {@code
   *     formUndetermined}, {@code unknownForm}
   */
  public static Finding legalForm(StakeholderFacts s) {
    SseByLegalForm byForm = s.sseByLegalForm().orElse(null);
    if (byForm == SseByLegalForm.YES) {
      return statutesFailArt1I(s.statutes()) ? B_STATUTES : B_FORM;
    }
    Optional<LegalFamily> family = s.legalFamily();
    if (isDeclaredCooperative(s)
        && (family.isEmpty() || family.get() == LegalFamily.COMMERCIAL_COMPANY)) {
      // No INSEE code tells a SCIC or a SCOP in company form from another SAS or SARL (FACTS.md §
      // 8): the
      // declared status decides before the company code, which is not SSE by form, could say no.
      return statutesFailArt1I(s.statutes()) ? B_STATUTES : B_COOPERATIVE;
    }
    if (byForm == SseByLegalForm.NO) {
      return B_NOT_FORM;
    }
    SseEvidence evidence = s.sseStatus().evidence();
    if (evidence == SseEvidence.BY_LEGAL_FORM) {
      return statutesFailArt1I(s.statutes()) ? B_STATUTES : B_DECLARED;
    }
    // A company registered with the SSE mention may still be a cooperative in company form (a SCIC
    // SA): its
    // legal form tells, not the mention.
    if (evidence == SseEvidence.NOT_SSE) {
      return B_DECLARED_OTHER;
    }
    return byForm != null ? B_UNDETERMINED : B_UNKNOWN;
  }

  /**
   * Returns how a report names the legal form of a stakeholder: its INSEE category with INSEE's
   * label, or its legal form as published, or {@code —}.
   *
   * @param s the stakeholder
   * @return the text
   */
  public static String describeForm(StakeholderFacts s) {
    Optional<LegalCategory> category = s.legalCategory();
    if (category.isPresent()) {
      return category.get().code() + category.get().label().map(l -> " " + l).orElse("");
    }
    return s.legalForm().map(LegalForm::name).orElse("—");
  }

  private static boolean isDeclaredCooperative(StakeholderFacts s) {
    for (SpecificStatus status : s.knownStatuses()) {
      if (COOPERATIVE_STATUSES.contains(status)) {
        return true;
      }
    }
    return false;
  }

  /** C1 and C2 together: the commercial-company path. */
  static Outcome commercial(StakeholderFacts s, LocalDate asOf) {
    return allOf(companyConditions(s, asOf).outcome(), socialUtility(s, asOf).outcome());
  }

  private static boolean commercialPathApplies(StakeholderFacts s) {
    Optional<LegalFamily> family = s.legalFamily();
    if (family.isPresent()) {
      return family.get() == LegalFamily.COMMERCIAL_COMPANY;
    }
    return s.sseStatus().evidence() != SseEvidence.BY_LEGAL_FORM
        && s.kind() != StakeholderKind.NATURAL_PERSON;
  }

  /**
   * Returns whether a stakeholder is a commercial company whose statutes meet Art. 1 I and II 2° c
   * and that is registered with the SSE mention at the date (Art. 1 II 2°, III).
   *
   * @param s the stakeholder
   * @param asOf the date
   * @return the finding; reasons {@code notCommercial}, {@code declaredNotSse}, {@code
   *     clauseFails}, {@code mention}, {@code mentionLater}, {@code mentionMissing}, {@code
   *     mentionAsRead}, {@code mentionUndated}, {@code mentionImprecise}, {@code unknown}
   */
  public static Finding companyConditions(StakeholderFacts s, LocalDate asOf) {
    if (!commercialPathApplies(s)) {
      return C1_NOT_COMMERCIAL;
    }
    SseStatus status = s.sseStatus();
    if (status.evidence() == SseEvidence.NOT_SSE) {
      return C1_DECLARED_NOT_SSE;
    }
    if (anyClauseFalse(s.statutes())) {
      return C1_CLAUSE_FAILS;
    }
    Outcome mention = mentionBy(s, asOf);
    if (mention != null) {
      boolean dated =
          status.essMentionDate().map(d -> Dates.onOrBefore(d, asOf) == Outcome.MET).orElse(false)
              || (mention != Outcome.MET && status.essMentionDate().isPresent());
      return switch (mention) {
        case MET -> dated ? C1_MENTION : C1_MENTION_AS_READ;
        case NOT_MET -> C1_MENTION_LATER;
        default -> dated ? C1_MENTION_IMPRECISE : C1_MENTION_UNDATED;
      };
    }
    return undeclaredClauses(s.statutes()).isEmpty() ? C1_MENTION_MISSING : C1_UNKNOWN;
  }

  /**
   * Whether the stakeholder is registered with the SSE mention at the date: from the date of
   * registration, or, for a mention known without its date, from a source of its SSE status read on
   * or before the date (the mention held when the source was read, and a registration is not
   * withdrawn by time). Null when no mention is declared.
   */
  private static @Nullable Outcome mentionBy(StakeholderFacts s, LocalDate asOf) {
    SseStatus status = s.sseStatus();
    Optional<PartialDate> date = status.essMentionDate();
    Outcome byDate = date.isPresent() ? Dates.onOrBefore(date.get(), asOf) : null;
    if (byDate == Outcome.MET) {
      return byDate;
    }
    if (status.evidence() == SseEvidence.ESS_MENTION) {
      for (Source source : s.sources()) {
        if ((source.facts().isEmpty() || source.facts().contains("sseStatus"))
            && source.readOn().isPresent()
            && Dates.onOrBefore(source.readOn().get(), asOf) == Outcome.MET) {
          return Outcome.MET;
        }
      }
      return byDate != null ? byDate : Outcome.UNKNOWN;
    }
    return byDate;
  }

  /**
   * Returns whether a commercial company pursues a social utility in the sense of Art. 2, in the
   * version in force at the date.
   *
   * @param s the stakeholder
   * @param asOf the date
   * @return the finding; reasons {@code notCommercial}, {@code presumedByMention}, {@code
   *     objective}, {@code linkedObjective}, {@code notLinked}, {@code notAnObjective}, {@code
   *     linkUnknown}, {@code unrecognised}, {@code noObjective}
   */
  public static Finding socialUtility(StakeholderFacts s, LocalDate asOf) {
    if (!commercialPathApplies(s)) {
      return C2_NOT_COMMERCIAL;
    }
    Set<SocialUtilityObjective> objectives =
        s.statutes().map(StatutoryClauses::socialUtilityObjectives).orElse(Set.of());
    boolean mention = mentionBy(s, asOf) == Outcome.MET;
    Finding declared = declaredObjectives(s, objectives, asOf);
    // The mention is granted subject to the conformity of the statutes (Art. 1 III): it stands for
    // what the
    // declarations leave open, never against what they say.
    if (mention && declared.outcome() == Outcome.UNKNOWN) {
      return C2_PRESUMED;
    }
    return declared;
  }

  private static Finding declaredObjectives(
      StakeholderFacts s, Set<SocialUtilityObjective> objectives, LocalDate asOf) {
    if (objectives.isEmpty()) {
      return C2_NO_OBJECTIVE;
    }
    for (SocialUtilityObjective objective : objectives) {
      if (CORE.contains(objective)) {
        return C2_OBJECTIVE;
      }
    }
    boolean pacte = !asOf.isBefore(PACTE);
    boolean conditional =
        objectives.contains(SocialUtilityObjective.SUSTAINABLE_DEVELOPMENT)
            || (pacte && objectives.contains(SocialUtilityObjective.CULTURAL_PROMOTION));
    if (conditional) {
      Optional<Boolean> linked = s.statutes().flatMap(StatutoryClauses::linkedToOtherObjective);
      if (linked.isPresent()) {
        return linked.get() ? C2_LINKED : C2_NOT_LINKED;
      }
      return C2_LINK_UNKNOWN;
    }
    // Before PACTE, Art. 2 listed three items: an objective outside them is not one. After, the
    // article
    // apparently gained a fifth item (FACTS-2.md § 5.2) that the library does not encode:
    // undecided.
    if (pacte && objectives.contains(SocialUtilityObjective.OTHER)) {
      return C2_UNRECOGNISED;
    }
    return C2_NOT_AN_OBJECTIVE;
  }

  /**
   * Returns the facts whose absence keeps a stakeholder's ESUS agreement undecided at a date: its
   * start or its end, whichever decides.
   *
   * @param s the stakeholder
   * @param path the JSON path of the stakeholder in the cluster document
   * @param asOf the date
   * @param name how the stakeholder is named in messages
   * @return the missing facts, empty unless {@link #esusAgreement} is unknown
   */
  public static List<MissingFact> esusMissingFacts(
      StakeholderFacts s, String path, LocalDate asOf, Object name) {
    return factsOf(esus(s, asOf), "D", s, path, name);
  }

  /**
   * Returns the arguments of the law's texts about a stakeholder's SSE status: its name, legal
   * form, the clauses its statutes fail, and the dates of its SSE mention and ESUS agreement, each
   * with the preposition its sentence needs ({@link Labels}: {@code mentionSince} reads "since
   * 2018" / « depuis 2018 », {@code period} "from 2020-03-02 to 2025-03-01" / « du 2020-03-02 au
   * 2025-03-01 »).
   *
   * @param s the stakeholder
   * @param name how it is named
   * @return the arguments, by placeholder name
   */
  public static Map<String, Object> arguments(StakeholderFacts s, Object name) {
    Optional<PartialDate> mention = s.sseStatus().essMentionDate();
    Optional<PartialDate> start = s.sseStatus().esusAgreement().flatMap(EsusAgreement::start);
    Optional<PartialDate> end = esusLastDay(s);
    Map<String, Object> arguments = new java.util.HashMap<>();
    arguments.put("name", name);
    arguments.put("category", describeForm(s));
    arguments.put("clauses", String.join(", ", falseClauses(s.statutes())));
    arguments.put("mention", date(mention, Labels::on));
    arguments.put("mentionSince", date(mention, Labels::since));
    arguments.put("mentionFrom", date(mention, Labels::from));
    arguments.put("start", date(start, Labels::on));
    arguments.put("startFrom", date(start, Labels::from));
    arguments.put("startSince", date(start, Labels::since));
    arguments.put("end", date(end, Labels::on));
    arguments.put("endUntil", date(end, Labels::until));
    arguments.put(
        "period",
        start.isPresent() && end.isPresent() ? Labels.between(start.get(), end.get()) : "—");
    return arguments;
  }

  private static Object date(
      Optional<PartialDate> date, Function<PartialDate, LocalizedText> form) {
    return date.isPresent() ? form.apply(date.get()) : "—";
  }

  /**
   * Returns what the law says of a stakeholder's ESUS agreement at a date, in the words of the
   * criterion {@code fr.code-travail.l3332-17-1.esus-agreement}: "The ESUS agreement of X ended in
   * December 2024.", "The ESUS agreement of X ends in 2026: whether before the evaluation date
   * depends on the day." A scheme that names the agreement (COTE, the Île-de-France AMI) gives this
   * reason rather than its own, so that the dates read the same.
   *
   * @param s the stakeholder
   * @param asOf the date
   * @param name how the stakeholder is named
   * @return the message
   */
  public static Message esusReason(StakeholderFacts s, LocalDate asOf, Object name) {
    return SpiMessages.of(
        ESUS_CRITERION + "." + esusAgreement(s, asOf).reason(), arguments(s, name));
  }

  /**
   * Returns the last day of a stakeholder's ESUS agreement, for a reason that says when it ended:
   * its declared end, or, for an agreement without one and not held as of right, the last day of
   * the five years an agreement lasts at most (R3332-21-3; FACTS-2.md § 5.3), the day before the
   * fifth anniversary of its start (as precise as the start is known).
   *
   * @param s the stakeholder
   * @return the last day, empty without an agreement, for one held as of right without an end, or
   *     without dates
   */
  public static Optional<PartialDate> esusLastDay(StakeholderFacts s) {
    Optional<EsusAgreement> agreement = s.sseStatus().esusAgreement();
    if (agreement.isEmpty() || agreement.get().end().isPresent()) {
      return agreement.flatMap(EsusAgreement::end);
    }
    if (agreement.get().asOfRight() || agreement.get().start().isEmpty()) {
      return Optional.empty();
    }
    PartialDate start = agreement.get().start().get();
    return Optional.of(
        start.isExact()
            ? PartialDate.of(start.earliest().plusYears(ESUS_MAX_YEARS).minusDays(1))
            : start.precision() == PartialDate.Precision.MONTH
                ? PartialDate.ofYearMonth(
                    start.year() + ESUS_MAX_YEARS, start.month().orElseThrow().getValue())
                : PartialDate.ofYear(start.year() + ESUS_MAX_YEARS));
  }

  static Finding esus(StakeholderFacts s, LocalDate asOf) {
    SseStatus status = s.sseStatus();
    if (status.evidence() != SseEvidence.ESUS_AGREEMENT) {
      return status.evidence() == SseEvidence.UNKNOWN ? D_UNKNOWN : D_NONE;
    }
    EsusAgreement agreement = status.esusAgreement().orElseThrow();
    Optional<PartialDate> start = agreement.start();
    Optional<PartialDate> end = agreement.end();
    // Dates known only to the month or year are compared as periods: a start in the year of the
    // date is
    // neither before nor after it, and the precise date is asked for.
    Outcome started = start.isEmpty() ? Outcome.UNKNOWN : Dates.onOrBefore(start.get(), asOf);
    if (started == Outcome.NOT_MET) {
      return D_NOT_YET;
    }
    if (end.isPresent()) {
      Outcome ended = Dates.before(end.get(), asOf);
      if (ended == Outcome.MET) {
        return D_EXPIRED;
      }
      if (ended == Outcome.UNKNOWN) {
        return D_END_IMPRECISE;
      }
      if (started == Outcome.MET) {
        return D_VALID;
      }
      if (start.isEmpty()) {
        // An agreement lasts two or five years (R3332-21-3): one still valid at its end began two
        // years or more
        // before it.
        return end.get().latest().minusYears(ESUS_MIN_YEARS).isBefore(asOf)
            ? D_VALID_BY_END
            : D_START_UNKNOWN;
      }
      return D_START_IMPRECISE;
    }
    if (agreement.asOfRight()) {
      // Held as of right, the agreement does not lapse: without a start date any date would do.
      return start.isEmpty()
          ? D_AS_OF_RIGHT_UNDATED
          : started == Outcome.UNKNOWN ? D_START_IMPRECISE : D_AS_OF_RIGHT;
    }
    if (start.isEmpty()) {
      return D_UNDATED;
    }
    if (started == Outcome.UNKNOWN) {
      return D_START_IMPRECISE;
    }
    if (asOf.isBefore(start.get().earliest().plusYears(ESUS_MIN_YEARS))) {
      return D_VALID_MINIMUM;
    }
    if (!asOf.isBefore(start.get().latest().plusYears(ESUS_MAX_YEARS))) {
      return D_EXPIRED_MAXIMUM;
    }
    return D_END_UNKNOWN;
  }

  // ---------------------------------------------------------------- statutes

  /** The clauses of Art. 1 I and II 2° c, by property name of {@link StatutoryClauses}. */
  static final List<String> CLAUSES =
      List.of(
          "purposeOtherThanProfitSharing",
          "democraticGovernance",
          "profitsMostlyReinvested",
          "impartibleReserves",
          "developmentFundClause",
          "retainedEarningsClause",
          "capitalClause");

  static Optional<Boolean> clause(StatutoryClauses statutes, String name) {
    return switch (name) {
      case "purposeOtherThanProfitSharing" -> statutes.purposeOtherThanProfitSharing();
      case "democraticGovernance" -> statutes.democraticGovernance();
      case "profitsMostlyReinvested" -> statutes.profitsMostlyReinvested();
      case "impartibleReserves" -> statutes.impartibleReserves();
      case "developmentFundClause" -> statutes.developmentFundClause();
      case "retainedEarningsClause" -> statutes.retainedEarningsClause();
      case "capitalClause" -> statutes.capitalClause();
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static boolean statutesFailArt1I(Optional<StatutoryClauses> statutes) {
    if (statutes.isEmpty()) {
      return false;
    }
    for (String name : CLAUSES.subList(0, 4)) {
      if (clause(statutes.get(), name).map(v -> !v).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyClauseFalse(Optional<StatutoryClauses> statutes) {
    if (statutes.isEmpty()) {
      return false;
    }
    for (String name : CLAUSES) {
      if (clause(statutes.get(), name).map(v -> !v).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the clauses of Art. 1 I and II 2° c that a stakeholder's statutes are declared not to
   * have.
   *
   * @param statutes the statutes, if declared
   * @return the names of the clauses, properties of {@link StatutoryClauses}, in the order of the
   *     law
   */
  public static List<String> falseClauses(Optional<StatutoryClauses> statutes) {
    List<String> names = new ArrayList<>();
    statutes.ifPresent(
        st ->
            CLAUSES.stream()
                .filter(n -> clause(st, n).map(v -> !v).orElse(false))
                .forEach(names::add));
    return names;
  }

  static List<String> undeclaredClauses(Optional<StatutoryClauses> statutes) {
    if (statutes.isEmpty()) {
      return CLAUSES;
    }
    List<String> names = new ArrayList<>();
    for (String name : CLAUSES) {
      if (clause(statutes.get(), name).isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  // ---------------------------------------------------------------- three-valued logic without
  // allocation
  // The same as Outcome.allOf and Outcome.anyOf, which the criteria of scheme fr.law.2014-856.art1
  // combine with.

  static Outcome allOf(Outcome a, Outcome b) {
    if (a == Outcome.NOT_MET || b == Outcome.NOT_MET) {
      return Outcome.NOT_MET;
    }
    if (a == Outcome.UNKNOWN || b == Outcome.UNKNOWN) {
      return Outcome.UNKNOWN;
    }
    return a == Outcome.NOT_APPLICABLE
        ? b
        : a == Outcome.MET || b == Outcome.MET ? Outcome.MET : Outcome.NOT_APPLICABLE;
  }

  static Outcome anyOf(Outcome a, Outcome b, Outcome c) {
    if (a == Outcome.MET || b == Outcome.MET || c == Outcome.MET) {
      return Outcome.MET;
    }
    if (a == Outcome.UNKNOWN || b == Outcome.UNKNOWN || c == Outcome.UNKNOWN) {
      return Outcome.UNKNOWN;
    }
    if (a == Outcome.NOT_MET || b == Outcome.NOT_MET || c == Outcome.NOT_MET) {
      return Outcome.NOT_MET;
    }
    return Outcome.NOT_APPLICABLE;
  }
}
