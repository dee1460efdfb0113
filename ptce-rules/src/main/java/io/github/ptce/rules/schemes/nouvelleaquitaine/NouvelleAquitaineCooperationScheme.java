package io.github.ptce.rules.schemes.nouvelleaquitaine;

import io.github.ptce.core.internal.MessageBundle;
import io.github.ptce.rules.CriterionNode;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Scheme {@code fr.region.nouvelle-aquitaine.territorial-cooperation}: the Région Nouvelle-Aquitaine's schemes to support the leadership of job-creating territorial cooperation processes, named by the RTES note of October 2023 (FACTS.md § 5, FACTS-2.md § 3.4).
 *
 * <p>Found by territory; its rules, what it grants and its dates are not published: the outcome is
 * undetermined, with criteria that say what is missing, and never a guess.
 */
public final class NouvelleAquitaineCooperationScheme implements SchemeProvider {
  static final MessageBundle BUNDLE =
      MessageBundle.load(NouvelleAquitaineCooperationScheme.class, "io/github/ptce/rules/schemes/nouvelleaquitaine/messages");

  static final String ID = "fr.region.nouvelle-aquitaine.territorial-cooperation";
  static final TerritorialScope SCOPE = TerritorialScope.region("75");
  /** No date is published; the window starts at the entry into force of loi n° 2014-856 (2014-08-02), which defines the PTCEs the scheme refers to. */
  static final Validity WINDOW = Validity.from(LocalDate.of(2014, 8, 2));
  /** The RTES note « Points de repèrESS PTCE », October 2023 (the day is not given: the first is shown). */
  static final LocalDate RTES_NOTE = LocalDate.of(2023, 10, 1);

  static Message text(String key) {
    return Message.of(BUNDLE, key, Map.of());
  }

  static LegalBasis basis(String article, String noteKey) {
    return LegalBasis.builder().text("RTES, « Points de repèrESS : collectivités locales et PTCE », octobre 2023")
        .article(article).versionDate(RTES_NOTE).url("https://www.citego.org/bdf_fiche-document-3357_fr.html")
        .status(SourceStatus.SECONDARY).note(text(noteKey)).build();
  }

  static final LegalBasis NOTE = basis("Les régions", "basis.note");
  static final LegalBasis RULES = basis("Les régions", "basis.rules.note");
  static final LegalBasis DATES = basis("Les régions", "basis.dates.note");

  static final Scheme SCHEME = Scheme.builder()
      .id(ID).version("1.0.0")
      .title(text(ID + ".title")).summary(text(ID + ".summary"))
      .issuer(Issuer.REGION).kind(SchemeKind.SUPPORT)
      .scope(SCOPE)
      .validity(WINDOW)
      .criteria(CriterionNode.allOf(
          CriterionNode.of(new TerritoryCriterion(ID + ".territory", NOTE, WINDOW, BUNDLE, SCOPE)),
          CriterionNode.of(UndecidedCriterion.notPublished(ID + ".rules", RULES, WINDOW, BUNDLE)),
          CriterionNode.of(WindowCriterion.notPublished(ID + ".window", DATES, WINDOW, BUNDLE))))
      .legalBasis(NOTE)
      .build();

  /** Creates the provider; called by the {@link java.util.ServiceLoader}. */
  public NouvelleAquitaineCooperationScheme() {}

  @Override
  public List<Scheme> schemes() {
    return List.of(SCHEME);
  }
}
