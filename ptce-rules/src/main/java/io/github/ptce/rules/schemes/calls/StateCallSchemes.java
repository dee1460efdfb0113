package io.github.ptce.rules.schemes.calls;

import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.text.MessageBundle;
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
 * The two calls for projects of the State before the 2021 relaunch (FACTS.md § 1.3), closed, kept
 * so that a cluster can be evaluated at a date inside their window (a history, an audit):
 *
 * <ul>
 *   <li>{@code fr.state.ptce-call.2013}: launched on 2013-07-15 with €3M from the State and the
 *       Caisse des dépôts; 23 laureates announced on 2014-01-10, grants from €72,000 to €290,000
 *       over three years. Its eligibility criteria are not in the sources (the décret of 2015 came
 *       later): undetermined.
 *   <li>{@code fr.state.ptce-call.2015}: launched on 2015-04-21 with €2.7M, four days after décret
 *       n° 2015-431 whose Art. 3 sets who may answer a State call: the call lists the decree's
 *       criteria (the same instances, shared with {@code fr.decree.2015-431.art3}); 14 laureates
 *       announced on 2016-01-14.
 * </ul>
 *
 * Their closing days are not published: each window ends the day before its laureates were
 * announced, and a criterion leaves "open at the date" undetermined.
 */
public final class StateCallSchemes implements SchemeProvider {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "messages");

  static final String CALL_2013 = "fr.state.ptce-call.2013";
  static final String CALL_2015 = "fr.state.ptce-call.2015";

  static final LocalDate LAUNCH_2013 = LocalDate.of(2013, 7, 15);
  static final LocalDate LAUREATES_2013 = LocalDate.of(2014, 1, 10);
  static final LocalDate LAUNCH_2015 = LocalDate.of(2015, 4, 21);
  static final LocalDate LAUREATES_2015 = LocalDate.of(2016, 1, 14);

  static final Validity WINDOW_2013 = Validity.between(LAUNCH_2013, LAUREATES_2013.minusDays(1));
  static final Validity WINDOW_2015 = Validity.between(LAUNCH_2015, LAUREATES_2015.minusDays(1));

  /** Creates the provider; called by the {@link java.util.ServiceLoader}. */
  public StateCallSchemes() {}

  @Override
  public List<Scheme> schemes() {
    return List.of(Schemes.CALL_2013_SCHEME, Schemes.CALL_2015_SCHEME);
  }

  static Message text(String key) {
    return Message.of(BUNDLE, key, Map.of());
  }

  /**
   * A call as a page reports it; the article is the part of the page the rule rests on, when it
   * names one.
   */
  private static LegalBasis basis(
      String text,
      @Nullable String article,
      LocalDate version,
      String url,
      String publisher,
      boolean primary,
      String noteKey) {
    LegalBasis.Builder builder =
        LegalBasis.builder()
            .text(text)
            .versionDate(version)
            .url(url)
            .publisher(publisher)
            .primary(primary)
            .status(SourceStatus.CONFIRMED)
            .note(text(noteKey));
    if (article != null) {
      builder.article(article);
    }
    return builder.build();
  }

  static final String CALL_2013_TEXT =
      "Premier appel à projets « Pôles territoriaux de coopération économique » "
          + "(État et Caisse des dépôts, 2013)";
  static final String CALL_2013_URL =
      "https://journal-des-communes.fr/poles-territoriaux-de-cooperation-economique-ptce-le-decret-est-paru";

  /** A press article, confirmed by defi-metiers.fr and cresspaca.org (FACTS.md § 1.3). */
  static final LegalBasis BASIS_2013 =
      basis(
          CALL_2013_TEXT,
          null,
          LAUNCH_2013,
          CALL_2013_URL,
          "Journal des communes",
          false,
          "basis.2013.note");

  static final LegalBasis BASIS_2013_RULES =
      basis(
          CALL_2013_TEXT,
          null,
          LAUNCH_2013,
          CALL_2013_URL,
          "Journal des communes",
          false,
          "basis.2013.rules.note");

  static final String CALL_2015_TEXT =
      "Deuxième appel à projets « Pôles territoriaux de coopération économique » " + "(2015)";

  /** A news item of Défi métiers, confirmed by chorum.fr and maire-info.com (FACTS.md § 1.3). */
  static final LegalBasis BASIS_2015 =
      basis(
          CALL_2015_TEXT,
          null,
          LAUNCH_2015,
          "https://www.defi-metiers.fr/breves/poles-territoriaux-de-cooperation-economique-le-2e-appel-projets-est-lance",
          "Défi métiers",
          false,
          "basis.2015.note");

  /** The State's FAQ of the call, of which only the questions could be read (FACTS.md § 1.3). */
  static final LegalBasis BASIS_2015_FAQ =
      basis(
          CALL_2015_TEXT + ", foire aux questions",
          "Question 13",
          LAUNCH_2015,
          "https://www.economie.gouv.fr/foire-aux-questions-appel-a-projets-poles-territoriaux-cooperation-economique",
          "economie.gouv.fr",
          true,
          "basis.2015.faq.note");

  /** The schemes, built once the sources above are. */
  static final class Schemes {
    private Schemes() {}

    static final Scheme CALL_2013_SCHEME =
        Scheme.builder()
            .id(CALL_2013)
            .version("1.0.0")
            .call(CALL_2013)
            .title(text(CALL_2013 + ".title"))
            .summary(text(CALL_2013 + ".summary"))
            .issuer(Issuer.STATE)
            .kind(SchemeKind.SUPPORT)
            .validity(WINDOW_2013)
            .criteria(
                CriterionNode.allOf(
                    CriterionNode.of(
                        WindowCriterion.notPublished(
                            CALL_2013 + ".deadline", BASIS_2013, WINDOW_2013, BUNDLE)),
                    CriterionNode.of(
                        UndecidedCriterion.notPublished(
                            CALL_2013 + ".eligibility", BASIS_2013_RULES, WINDOW_2013, BUNDLE))))
            .grant(
                Grant.builder()
                    .envelope(Amount.ofEuros(3_000_000))
                    .minimumAmount(Amount.ofEuros(72_000))
                    .maximumAmount(Amount.ofEuros(290_000))
                    .durationMonths(36)
                    .financial(true)
                    .description(text("grant.2013"))
                    .build())
            .legalBasis(BASIS_2013)
            .build();

    static final Scheme CALL_2015_SCHEME =
        Scheme.builder()
            .id(CALL_2015)
            .version("1.0.0")
            .call(CALL_2015)
            .title(text(CALL_2015 + ".title"))
            .summary(text(CALL_2015 + ".summary"))
            .issuer(Issuer.STATE)
            .kind(SchemeKind.SUPPORT)
            .validity(WINDOW_2015)
            .criteria(
                CriterionNode.allOf(
                    CriterionNode.of(
                        WindowCriterion.notPublished(
                            CALL_2015 + ".deadline", BASIS_2015, WINDOW_2015, BUNDLE)),
                    Decree2015Scheme.SCHEME.criteria(),
                    CriterionNode.informative(
                        UndecidedCriterion.notPublished(
                            CALL_2015 + ".category", BASIS_2015_FAQ, WINDOW_2015, BUNDLE))))
            .grant(
                Grant.builder()
                    .envelope(Amount.ofEuros(2_700_000))
                    .durationMonths(36)
                    .financial(true)
                    .description(text("grant.2015"))
                    .build())
            .legalBasis(BASIS_2015)
            .build();
  }
}
