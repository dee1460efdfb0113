package io.github.ptce.rules.schemes.ami;

import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.Grant;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.SourceStatus;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.SchemeProvider;
import io.github.ptce.rules.spi.UndecidedCriterion;
import io.github.ptce.rules.spi.WindowCriterion;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The national support of the State (DG Trésor) since the relaunch of 12 May 2021 (FACTS.md §§
 * 4.1–4.3, FACTS-2.md § 1):
 *
 * <ul>
 *   <li>{@code fr.state.ami-ptce.phase1}: the permanent AMI « PTCE émergents », phase 1 — a package
 *       of support services, no grant; from 2021-05-12;
 *   <li>{@code fr.state.ami-ptce.phase2.2021}, {@code .2022}, {@code .2023}: the phase-2 rounds —
 *       €100,000 over two years, mainly for coordination, for phase-1 laureates or candidates
 *       applying to both phases at once;
 *   <li>{@code fr.state.ptce-development.2025}: the call « Financer le développement des PTCE » —
 *       €500,000 in total, priority to rural territories and priority urban neighbourhoods (QPV).
 * </ul>
 *
 * The composition, legal carrier and minimum age these calls require are NOT CONFIRMED (their
 * "Bénéficiaires" sections could not be read): each scheme has a criterion that stays undetermined
 * with that reason. The confirmed conditions decide.
 */
public final class AmiPtceSchemes implements SchemeProvider {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "messages");

  /**
   * The national and permanent AMI PTCE of 2021 (valid May 2021 to May 2023, FACTS-2.md § 1.2, its
   * phase 1 reissued as permanent in 2023, § 1.3): its phase 1 and the rounds of its phase 2, which
   * select among the phase-1 laureates, are one call.
   */
  static final String AMI = "fr.state.ami-ptce";

  static final String PHASE1 = "fr.state.ami-ptce.phase1";
  static final String PHASE2_2021 = "fr.state.ami-ptce.phase2.2021";
  static final String PHASE2_2022 = "fr.state.ami-ptce.phase2.2022";
  static final String PHASE2_2023 = "fr.state.ami-ptce.phase2.2023";
  static final String DEVELOPMENT_2025 = "fr.state.ptce-development.2025";

  /** Relaunch and opening of phase 1 (FACTS.md § 4.1, FACTS-2.md § 1.1, CONFIRMED). */
  static final LocalDate RELAUNCH = LocalDate.of(2021, 5, 12);

  /** The first wave, May–November 2021: a section of the AMI of 12 May 2021 (FACTS.md § 4.1). */
  static final LocalDate FIRST_WAVE_END = LocalDate.of(2021, 11, 30);

  /**
   * The phase-1 AMI was reissued in 2023 as permanent (FACTS.md § 4.3, CONFIRMED), listed with the
   * date 31/12/2023 by one relay (FACTS-2.md § 1.3, SECONDARY): the last day the sources show it
   * open.
   */
  static final LocalDate PHASE1_LAST_KNOWN = LocalDate.of(2023, 12, 31);

  /**
   * The 2022 round: applications due Monday 17 October 2022 at noon (FACTS-2.md § 1.2, CONFIRMED).
   */
  static final LocalDate DEADLINE_2022 = LocalDate.of(2022, 10, 17);

  /**
   * The 2023 round was announced on 17 May 2023 and open from 1 June to 31 July 2023 (FACTS.md §
   * 4.3).
   */
  static final LocalDate ANNOUNCED_2023 = LocalDate.of(2023, 5, 17);

  /** Results of the 2025 call, published on 18 December 2025 (FACTS.md § 4.3, FACTS-2.md § 1.5). */
  static final LocalDate RESULTS_2025 = LocalDate.of(2025, 12, 18);

  static final Validity PHASE1_WINDOW = Validity.from(RELAUNCH);
  static final Validity WINDOW_2021 = Validity.between(RELAUNCH, FIRST_WAVE_END);

  /** The opening day is not published: the window starts with the year the round is named after. */
  static final Validity WINDOW_2022 = Validity.between(LocalDate.of(2022, 1, 1), DEADLINE_2022);

  static final Validity WINDOW_2023 =
      Validity.between(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 31));

  /**
   * Neither the opening nor the closing day is published: the window starts with the year the call
   * is named after and ends the day before its results were published.
   */
  static final Validity WINDOW_2025 =
      Validity.between(LocalDate.of(2025, 1, 1), RESULTS_2025.minusDays(1));

  /** Creates the provider; called by the {@link java.util.ServiceLoader}. */
  public AmiPtceSchemes() {}

  @Override
  public List<Scheme> schemes() {
    return List.of(
        Schemes.PHASE1_SCHEME,
        Schemes.PHASE2_2021_SCHEME,
        Schemes.PHASE2_2022_SCHEME,
        Schemes.PHASE2_2023_SCHEME,
        Schemes.DEVELOPMENT_2025_SCHEME);
  }

  static Message text(String key) {
    return Message.of(BUNDLE, key, Map.of());
  }

  // ---------------------------------------------------------------- sources

  /**
   * A source: the text of the call, the part of it a criterion rests on when the source names its
   * parts, where it was read (a copy, a relay, the State's page) and by whom it is published, with
   * its date when it was recorded.
   */
  private static LegalBasis.Builder source(
      String text,
      @Nullable String article,
      LocalDate version,
      String url,
      String publisher,
      boolean primary,
      SourceStatus status,
      String noteKey) {
    LegalBasis.Builder builder =
        LegalBasis.builder()
            .text(text)
            .versionDate(version)
            .url(url)
            .publisher(publisher)
            .primary(primary)
            .status(status);
    if (article != null) {
      builder.article(article);
    }
    if (noteKey != null) {
      builder.note(text(noteKey));
    }
    return builder;
  }

  static final String AMI_2021_TEXT =
      "Appel à manifestation d'intérêt national et permanent « PTCE émergents » "
          + "(Paris, 12 mai 2021)";

  /**
   * A copy of the AMI of 12 May 2021, of which only the table of contents could be read (FACTS.md §
   * 4.1).
   */
  static final String AMI_2021_URL =
      "https://fdokument.com/document/appel-manifestation-dintrt-ami-national-et-permanent.html";

  static final String AMI_2021_HOST = "fdokument.com";

  /** The AMI of 12 May 2021 itself: its sections are known, their text is not (FACTS.md § 4.1). */
  static final LegalBasis AMI_2021 =
      source(
              AMI_2021_TEXT,
              "Phase 1",
              RELAUNCH,
              AMI_2021_URL,
              AMI_2021_HOST,
              true,
              SourceStatus.CONFIRMED,
              "basis.ami2021.note")
          .published(PartialDate.of(RELAUNCH))
          .build();

  static final LegalBasis AMI_2021_BENEFICIARIES =
      source(
              AMI_2021_TEXT,
              "Bénéficiaires",
              RELAUNCH,
              AMI_2021_URL,
              AMI_2021_HOST,
              true,
              SourceStatus.CONFIRMED,
              "basis.beneficiaries.note")
          .published(PartialDate.of(RELAUNCH))
          .build();
  static final LegalBasis AMI_2021_PHASE2 =
      source(
              AMI_2021_TEXT,
              "Phase 2",
              RELAUNCH,
              AMI_2021_URL,
              AMI_2021_HOST,
              true,
              SourceStatus.CONFIRMED,
              "basis.phase2.note")
          .published(PartialDate.of(RELAUNCH))
          .build();

  /** The section on the first wave: its exact title is not known, the note names it. */
  static final LegalBasis AMI_2021_WAVE =
      source(
              AMI_2021_TEXT,
              null,
              RELAUNCH,
              AMI_2021_URL,
              AMI_2021_HOST,
              true,
              SourceStatus.CONFIRMED,
              "basis.wave2021.note")
          .published(PartialDate.of(RELAUNCH))
          .build();

  /**
   * The phase-1 AMI kept permanent in 2023, listed until 31/12/2023 by one relay (FACTS-2.md §
   * 1.3).
   */
  static final LegalBasis PHASE1_2023 =
      source(
              "AMI permanent « PTCE émergents »",
              null,
              RELAUNCH,
              "https://ireps.gp.fnes.fr/appels-a-projets/appel-a-manifestation-dinterets-permanent-ami-ptce-emergents-202",
              "Ireps Guadeloupe",
              false,
              SourceStatus.SECONDARY,
              "basis.phase1window.note")
          .build();

  /** A relay of the 2022 round, confirmed by ess-et-societe.net (FACTS-2.md § 1.2). */
  static final String SAISON3_URL = "https://cress-na.org/ami-ptce-phase-2-saison-3";

  static final String SAISON3_TEXT = "AMI permanent PTCE, phase 2, saison 3 (2022)";

  /** The 2022 phase-2 AMI ("saison 3"), undated: version shown as the first day of its window. */
  static final LegalBasis AMI_2022 =
      source(
              SAISON3_TEXT,
              null,
              WINDOW_2022.from(),
              SAISON3_URL,
              "CRESS Nouvelle-Aquitaine",
              false,
              SourceStatus.CONFIRMED,
              "basis.ami2022.note")
          .build();

  static final LegalBasis AMI_2022_BENEFICIARIES =
      source(
              SAISON3_TEXT,
              null,
              WINDOW_2022.from(),
              SAISON3_URL,
              "CRESS Nouvelle-Aquitaine",
              false,
              SourceStatus.CONFIRMED,
              "basis.beneficiaries.note")
          .build();

  static final String AMI_2023_URL =
      "https://www.economie.gouv.fr/ess-lancement-ami-soutenir-developpement-poles-territoriaux-cooperation-economique";
  static final String AMI_2023_TEXT =
      "AMI pour soutenir le développement des pôles territoriaux de coopération "
          + "économique (2023)";
  static final LegalBasis AMI_2023 =
      source(
              AMI_2023_TEXT,
              null,
              ANNOUNCED_2023,
              AMI_2023_URL,
              "economie.gouv.fr",
              true,
              SourceStatus.CONFIRMED,
              "basis.ami2023.note")
          .build();
  static final LegalBasis AMI_2023_BENEFICIARIES =
      source(
              AMI_2023_TEXT,
              null,
              ANNOUNCED_2023,
              AMI_2023_URL,
              "economie.gouv.fr",
              true,
              SourceStatus.CONFIRMED,
              "basis.beneficiaries.note")
          .build();

  /**
   * The only source on the 2025 call: a Coorace page (http), a single source (FACTS-2.md § 1.5).
   */
  static final String COORACE_URL = "http://www.coorace.org/node/16520";

  static final String CALL_2025_TEXT = "AMI « Financer le développement des PTCE » (2025)";
  static final LegalBasis CALL_2025 =
      source(
              CALL_2025_TEXT,
              null,
              WINDOW_2025.from(),
              COORACE_URL,
              "Coorace",
              false,
              SourceStatus.SECONDARY,
              "basis.call2025.note")
          .build();
  static final LegalBasis CALL_2025_BENEFICIARIES =
      source(
              CALL_2025_TEXT,
              null,
              WINDOW_2025.from(),
              COORACE_URL,
              "Coorace",
              false,
              SourceStatus.SECONDARY,
              "basis.beneficiaries.note")
          .build();
  static final LegalBasis CALL_2025_PRIORITY =
      source(
              CALL_2025_TEXT,
              null,
              WINDOW_2025.from(),
              COORACE_URL,
              "Coorace",
              false,
              SourceStatus.SECONDARY,
              "basis.priority2025.note")
          .build();

  /**
   * The scheme-level basis of the 2025 call: Art. 9 II of loi n° 2014-856, under which PTCEs
   * supported by the State are selected through calls for projects, in the version that applies in
   * 2025: rewritten by loi ASAP n° 2020-1525, from 2020-12-09 (legal-texts.md: that date and the
   * amending article are SECONDARY, hence the status). The call's own page is not served over https
   * and rests on a single source.
   */
  static final LegalBasis LAW_ART9_II =
      LegalBasis.builder()
          .text("Loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire")
          .article("Art. 9")
          .paragraph("II")
          .versionDate(LocalDate.of(2020, 12, 9))
          .url("https://www.legifrance.gouv.fr/loda/id/JORFTEXT000029313296")
          .publisher("Légifrance")
          .published(PartialDate.of(LocalDate.of(2014, 7, 31)))
          .primary(true)
          .status(SourceStatus.SECONDARY)
          .note(text("basis.art9ii.note"))
          .build();

  // ---------------------------------------------------------------- what they grant

  static final Grant SERVICES =
      Grant.builder().financial(false).description(text("grant.phase1")).build();

  static Grant phase2(String descriptionKey, @Nullable Amount envelope) {
    Grant.Builder builder =
        Grant.builder()
            .amount(Amount.ofEuros(100_000))
            .durationMonths(24)
            .financial(true)
            .description(text(descriptionKey));
    if (envelope != null) {
      builder.envelope(envelope);
    }
    return builder.build();
  }

  static final Grant GRANT_2025 =
      Grant.builder()
          .envelope(Amount.ofEuros(500_000))
          .financial(true)
          .description(text("grant.2025"))
          .build();

  /** The schemes, built once the sources above are. */
  static final class Schemes {
    private Schemes() {}

    static final Scheme PHASE1_SCHEME =
        Scheme.builder()
            .id(PHASE1)
            .version("1.0.0")
            .call(AMI)
            .title(text(PHASE1 + ".title"))
            .summary(text(PHASE1 + ".summary"))
            .issuer(Issuer.STATE)
            .kind(SchemeKind.SUPPORT)
            .validity(PHASE1_WINDOW)
            .criteria(
                CriterionNode.allOf(
                    CriterionNode.of(
                        WindowCriterion.knownOpen(
                            PHASE1 + ".open",
                            PHASE1_2023,
                            PHASE1_WINDOW,
                            Validity.between(RELAUNCH, PHASE1_LAST_KNOWN),
                            BUNDLE)),
                    CriterionNode.of(
                        UndecidedCriterion.notPublished(
                            PHASE1 + ".beneficiaries",
                            AMI_2021_BENEFICIARIES,
                            PHASE1_WINDOW,
                            BUNDLE))))
            .grant(SERVICES)
            .legalBasis(AMI_2021)
            .build();

    static final Scheme PHASE2_2021_SCHEME =
        Scheme.builder()
            .id(PHASE2_2021)
            .version("1.0.0")
            .call(AMI)
            .title(text(PHASE2_2021 + ".title"))
            .summary(text(PHASE2_2021 + ".summary"))
            .issuer(Issuer.STATE)
            .kind(SchemeKind.SUPPORT)
            .validity(WINDOW_2021)
            .criteria(
                CriterionNode.allOf(
                    CriterionNode.of(
                        WindowCriterion.notPublished(
                            PHASE2_2021 + ".deadline", AMI_2021_WAVE, WINDOW_2021, BUNDLE)),
                    Phase1Laureate.node(PHASE2_2021, AMI_2021_PHASE2, WINDOW_2021),
                    CriterionNode.of(
                        UndecidedCriterion.notPublished(
                            PHASE2_2021 + ".beneficiaries",
                            AMI_2021_BENEFICIARIES,
                            WINDOW_2021,
                            BUNDLE))))
            .grant(phase2("grant.phase2.2021", Amount.ofEuros(1_500_000)))
            .legalBasis(AMI_2021_PHASE2)
            .build();

    static final Scheme PHASE2_2022_SCHEME =
        Scheme.builder()
            .id(PHASE2_2022)
            .version("1.0.0")
            .call(AMI)
            .title(text(PHASE2_2022 + ".title"))
            .summary(text(PHASE2_2022 + ".summary"))
            .issuer(Issuer.STATE)
            .kind(SchemeKind.SUPPORT)
            .validity(WINDOW_2022)
            .criteria(
                CriterionNode.allOf(
                    CriterionNode.of(
                        WindowCriterion.notPublished(
                            PHASE2_2022 + ".opening", AMI_2022, WINDOW_2022, BUNDLE)),
                    Phase1Laureate.node(PHASE2_2022, AMI_2022, WINDOW_2022),
                    CriterionNode.of(
                        UndecidedCriterion.notPublished(
                            PHASE2_2022 + ".beneficiaries",
                            AMI_2022_BENEFICIARIES,
                            WINDOW_2022,
                            BUNDLE))))
            .grant(phase2("grant.phase2.2022", null))
            .legalBasis(AMI_2022)
            .build();

    static final Scheme PHASE2_2023_SCHEME =
        Scheme.builder()
            .id(PHASE2_2023)
            .version("1.0.0")
            .call(AMI)
            .title(text(PHASE2_2023 + ".title"))
            .summary(text(PHASE2_2023 + ".summary"))
            .issuer(Issuer.STATE)
            .kind(SchemeKind.SUPPORT)
            .validity(WINDOW_2023)
            .criteria(
                CriterionNode.allOf(
                    Phase1Laureate.node(PHASE2_2023, AMI_2023, WINDOW_2023),
                    CriterionNode.of(
                        UndecidedCriterion.notPublished(
                            PHASE2_2023 + ".beneficiaries",
                            AMI_2023_BENEFICIARIES,
                            WINDOW_2023,
                            BUNDLE))))
            .grant(phase2("grant.phase2.2023", Amount.ofEuros(1_500_000)))
            .legalBasis(AMI_2023)
            .build();

    static final Scheme DEVELOPMENT_2025_SCHEME =
        Scheme.builder()
            .id(DEVELOPMENT_2025)
            .version("1.0.0")
            .call(DEVELOPMENT_2025)
            .title(text(DEVELOPMENT_2025 + ".title"))
            .summary(text(DEVELOPMENT_2025 + ".summary"))
            .issuer(Issuer.STATE)
            .kind(SchemeKind.SUPPORT)
            .validity(WINDOW_2025)
            .criteria(
                CriterionNode.allOf(
                    CriterionNode.of(
                        WindowCriterion.notPublished(
                            DEVELOPMENT_2025 + ".window", CALL_2025, WINDOW_2025, BUNDLE)),
                    CriterionNode.of(
                        UndecidedCriterion.notPublished(
                            DEVELOPMENT_2025 + ".beneficiaries",
                            CALL_2025_BENEFICIARIES,
                            WINDOW_2025,
                            BUNDLE)),
                    CriterionNode.informative(
                        new PriorityTerritory(
                            DEVELOPMENT_2025 + ".rural-or-qpv-priority",
                            CALL_2025_PRIORITY,
                            WINDOW_2025))))
            .grant(GRANT_2025)
            .legalBasis(LAW_ART9_II)
            .build();
  }
}
