package io.github.ptce.rules.schemes.hautsdefrance;

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
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.SchemeProvider;
import io.github.ptce.rules.spi.TerritoryCriterion;
import io.github.ptce.rules.spi.UndecidedCriterion;
import io.github.ptce.rules.spi.WindowCriterion;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Scheme {@code fr.region.hauts-de-france.cote}: the « Aide aux coopérations territoriales
 * économiques » (COTE) of the Région Hauts-de-France, €60,000 fixed for a 24-month action plan
 * (FACTS.md § 5, CONFIRMED on the Region's page). The RTES note of October 2023 names the Region's
 * scheme « ACTE »; no scheme of that name was found, and the Region's « ACTes » is an investment
 * fund for local authorities, not a PTCE aid (FACTS-2.md § 3.5): the catalogue has COTE only.
 *
 * <p>Decided: the territory, and the carrier among the eligible structures (SSE employer
 * associations, SCOP, SCIC, entreprises adaptées, ESAT, employer groups and GEIQ, commercial
 * companies holding the ESUS agreement) and not among the excluded ones (companies with the ESS
 * mention and no agreement, EPCI, local authorities). Left to a declaration: the type of project.
 * Undetermined: the exclusions of the state-aid framework, which the sources do not name, and
 * whether the aid takes applications at the date, which no published date tells.
 */
public final class CoteScheme implements SchemeProvider {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "messages");

  static final String ID = "fr.region.hauts-de-france.cote";
  static final TerritorialScope HAUTS_DE_FRANCE = TerritorialScope.region("32");

  /**
   * No date of the aid is published. Its carriers are defined by loi n° 2014-856 (SSE enterprises,
   * the ESUS agreement created by its Art. 11), in force on 2014-08-02; and the Région
   * Hauts-de-France that runs it exists from 2016-01-01 (loi n° 2015-29 du 16 janvier 2015 relative
   * à la délimitation des régions, Art. 1 III; {@link
   * io.github.ptce.core.territory.Region#since()}). The aid cannot apply before the later of the
   * two, and the window starts there.
   */
  static final LocalDate REGION_EXISTS = LocalDate.of(2016, 1, 1);

  static final Validity WINDOW = Validity.from(REGION_EXISTS);
  static final String URL =
      "https://entreprises.hautsdefrance.fr/Aide-aux-cooperations-territoriales-economiques-COTE";
  static final String TEXT =
      "Région Hauts-de-France, Aide aux coopérations territoriales économiques (COTE)";

  static Message text(String key) {
    return Message.of(BUNDLE, key, Map.of());
  }

  /**
   * The Region's page on COTE (FACTS.md § 5, CONFIRMED), undated: no part of it is named, the notes
   * say what each criterion reads in it.
   */
  static LegalBasis basis(String noteKey) {
    return LegalBasis.builder()
        .text(TEXT)
        .versionDate(REGION_EXISTS)
        .url(URL)
        .publisher("Région Hauts-de-France")
        .primary(true)
        .status(SourceStatus.CONFIRMED)
        .note(text(noteKey))
        .build();
  }

  static final LegalBasis AID = basis("basis.aid.note");
  static final LegalBasis LOCATION = basis("basis.undated.note");
  static final LegalBasis BENEFICIARIES = basis("basis.beneficiaries.note");
  static final LegalBasis PROJECTS = basis("basis.undated.note");
  static final LegalBasis STATE_AID = basis("basis.stateAid.note");
  static final LegalBasis DATES = basis("basis.dates.note");

  static final Scheme SCHEME =
      Scheme.builder()
          .id(ID)
          .version("1.0.0")
          .title(text(ID + ".title"))
          .summary(text(ID + ".summary"))
          .issuer(Issuer.REGION)
          .kind(SchemeKind.SUPPORT)
          .scope(HAUTS_DE_FRANCE)
          .validity(WINDOW)
          .criteria(
              CriterionNode.allOf(
                  CriterionNode.of(
                      new TerritoryCriterion(
                          ID + ".territory", LOCATION, WINDOW, BUNDLE, HAUTS_DE_FRANCE)),
                  CriterionNode.of(new CoteCarrier(ID + ".carrier", BENEFICIARIES, WINDOW)),
                  CriterionNode.of(
                      UndecidedCriterion.declaration(
                          ID + ".project-type", PROJECTS, WINDOW, BUNDLE)),
                  CriterionNode.of(
                      UndecidedCriterion.notPublished(
                          ID + ".state-aid", STATE_AID, WINDOW, BUNDLE)),
                  CriterionNode.of(
                      WindowCriterion.notPublished(ID + ".window", DATES, WINDOW, BUNDLE))))
          .grant(
              Grant.builder()
                  .amount(Amount.ofEuros(60_000))
                  .durationMonths(24)
                  .financial(true)
                  .description(text("grant"))
                  .build())
          .legalBasis(AID)
          .build();

  /** Creates the provider; called by the {@link java.util.ServiceLoader}. */
  public CoteScheme() {}

  @Override
  public List<Scheme> schemes() {
    return List.of(SCHEME);
  }
}
