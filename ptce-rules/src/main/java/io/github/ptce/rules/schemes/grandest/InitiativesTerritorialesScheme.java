package io.github.ptce.rules.schemes.grandest;

import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.Grant;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.SourceStatus;
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.CarrierCriterion;
import io.github.ptce.rules.spi.SchemeProvider;
import io.github.ptce.rules.spi.SseDefinition;
import io.github.ptce.rules.spi.TerritoryCriterion;
import io.github.ptce.rules.spi.UndecidedCriterion;
import io.github.ptce.rules.spi.WindowCriterion;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Scheme {@code fr.region.grand-est.initiatives-territoriales}: the Région Grand Est's « GE
 * Initiatives territoriales » (AMI Initiatives territoriales), created by délibération n° 16SP-2856
 * of 18 November 2016 (FACTS.md § 5, FACTS-2.md § 3.2).
 *
 * <p>Decided: the territory (Grand Est) and the carrier (a legal person of public or private law).
 * Left to a declaration: a collective project in its structuring phase, or an already structured
 * one creating a new activity or entity. Undetermined: whether it takes applications at the date.
 * Its rate and cap are not published; the selection is made by a jury after an oral presentation.
 */
public final class InitiativesTerritorialesScheme implements SchemeProvider {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "messages");

  static final String ID = "fr.region.grand-est.initiatives-territoriales";
  static final TerritorialScope GRAND_EST = TerritorialScope.region("44");

  /** Délibération n° 16SP-2856 of the Region, 18 November 2016 (FACTS-2.md § 3.2, CONFIRMED). */
  static final LocalDate DELIBERATION = LocalDate.of(2016, 11, 18);

  static final Validity WINDOW = Validity.from(DELIBERATION);

  static Message text(String key) {
    return Message.of(BUNDLE, key, Map.of());
  }

  static final String TEXT =
      "Région Grand Est, AMI « Initiatives territoriales » (délibération n° 16SP-2856 du "
          + "18 novembre 2016)";

  /** The Region's own page on the aid: primary, its date not recorded. */
  private static LegalBasis page(String noteKey) {
    return LegalBasis.builder()
        .text(TEXT)
        .versionDate(DELIBERATION)
        .url(PAGE)
        .publisher("Région Grand Est")
        .primary(true)
        .status(SourceStatus.CONFIRMED)
        .note(text(noteKey))
        .build();
  }

  /**
   * The règlement of the AMI, read in a copy (FACTS-2.md § 3.2): the text itself, of the
   * délibération's date.
   */
  private static LegalBasis rules(@Nullable String article) {
    LegalBasis.Builder builder =
        LegalBasis.builder()
            .text(TEXT)
            .versionDate(DELIBERATION)
            .url(RULES)
            .publisher("doczz.fr")
            .published(PartialDate.of(DELIBERATION))
            .primary(true)
            .status(SourceStatus.CONFIRMED)
            .note(text("basis.rules.note"));
    if (article != null) {
      builder.article(article);
    }
    return builder.build();
  }

  static final String PAGE =
      "https://www.grandest.fr/vos-aides-regionales/ge-initiatives-territoriales/";
  static final String RULES = "https://doczz.fr/doc/3492199/ami-initiatives-territoriales";
  static final LegalBasis AID = page("basis.aid.note");
  static final LegalBasis TERRITORY = rules(null);
  static final LegalBasis BENEFICIARIES = rules(null);

  /** The règlement's « volet 1 » (FACTS.md § 5). */
  static final LegalBasis PROJECTS = rules("Volet 1");

  static final LegalBasis DATES = page("basis.dates.note");

  /** A legal person of public or private law carries the project (FACTS.md § 5). */
  static final class Carrier extends CarrierCriterion {
    Carrier() {
      super(ID + ".carrier", CriterionKind.AUTOMATED, BENEFICIARIES, WINDOW, BUNDLE);
    }

    @Override
    protected CriterionResult evaluateCarrier(Evaluation evaluation, Membership carrier) {
      Stakeholder s = carrier.stakeholder();
      if (s.kind() == StakeholderKind.NATURAL_PERSON) {
        return result(Outcome.NOT_MET, "naturalPerson", "name", s.name())
            .member(s.id())
            .remediation(message("remedy.notLegalPerson"))
            .build();
      }
      SseDefinition.Finding legalPerson = SseDefinition.legalPerson(s);
      if (legalPerson.outcome() == Outcome.NOT_MET) {
        return result(
                Outcome.NOT_MET,
                "noLegalPersonality",
                "name",
                s.name(),
                "form",
                SseDefinition.describeForm(s))
            .member(s.id())
            .remediation(message("remedy.notLegalPerson"))
            .build();
      }
      if (legalPerson.outcome() == Outcome.UNKNOWN) {
        return result(Outcome.UNKNOWN, "unknownLegalPerson", "name", s.name())
            .member(s.id())
            .missing(
                fact(
                    evaluation.pathOf(carrier) + ".stakeholder.legalCategory",
                    "fact.legalCategory",
                    "name",
                    s.name()))
            .remediation(message("remedy.legalCategory", "name", s.name()))
            .build();
      }
      return result(Outcome.MET, "legalPerson", "name", s.name(), "kind", s.kind())
          .member(s.id())
          .decidedBy(legalPerson.decidedBy())
          .build();
    }
  }

  static final Scheme SCHEME =
      Scheme.builder()
          .id(ID)
          .version("1.0.0")
          .title(text(ID + ".title"))
          .summary(text(ID + ".summary"))
          .issuer(Issuer.REGION)
          .kind(SchemeKind.SUPPORT)
          .scope(GRAND_EST)
          .validity(WINDOW)
          .criteria(
              CriterionNode.allOf(
                  CriterionNode.of(
                      new TerritoryCriterion(
                          ID + ".territory", TERRITORY, WINDOW, BUNDLE, GRAND_EST)),
                  CriterionNode.of(new Carrier()),
                  CriterionNode.of(
                      UndecidedCriterion.declaration(
                          ID + ".collective-project", PROJECTS, WINDOW, BUNDLE)),
                  CriterionNode.of(
                      WindowCriterion.notPublished(ID + ".window", DATES, WINDOW, BUNDLE))))
          .grant(Grant.builder().financial(true).description(text("grant")).build())
          .legalBasis(AID)
          .build();

  /** Creates the provider; called by the {@link java.util.ServiceLoader}. */
  public InitiativesTerritorialesScheme() {}

  @Override
  public List<Scheme> schemes() {
    return List.of(SCHEME);
  }
}
