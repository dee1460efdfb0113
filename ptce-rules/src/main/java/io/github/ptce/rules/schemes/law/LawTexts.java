package io.github.ptce.rules.schemes.law;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.SourceStatus;
import io.github.ptce.rules.spi.SseDefinition;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.Map;

/**
 * The texts of loi n° 2014-856 and of the ESUS agreement that the law schemes encode, with their
 * versions (see {@code domain/legal-texts.md} and FACTS.md §§ 1–2, FACTS-2.md § 5).
 */
final class LawTexts {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "messages");

  /** The law: Loi n° 2014-856 du 31 juillet 2014, in force 2014-08-02. */
  static final String LAW =
      "Loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire";

  static final String LAW_URL = "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000029313296";
  static final LocalDate IN_FORCE = SseDefinition.LAW_IN_FORCE;

  /** The date of the law, as its title gives it. */
  static final PartialDate SIGNED = PartialDate.of(LocalDate.of(2014, 7, 31));

  /**
   * The date of loi n° 2024-537, which wrote the version of L3332-17-1 in force from 2025
   * (legal-texts.md).
   */
  static final PartialDate LAW_2024_537 = PartialDate.of(LocalDate.of(2024, 6, 13));

  static final String LEGIFRANCE = "Légifrance";

  /** Loi PACTE n° 2019-486 rewrote Art. 2 from this date (FACTS.md § 2.4). */
  static final LocalDate PACTE = SseDefinition.PACTE;

  /** Loi n° 2024-537 rewrote L3332-17-1 from this date (FACTS-2.md § 5.2). */
  static final LocalDate ESUS_2025 = LocalDate.of(2025, 1, 1);

  private LawTexts() {}

  static Message note(String key) {
    return Message.of(BUNDLE, key, Map.of());
  }

  static LegalBasis.Builder law(String article, String paragraph, LocalDate version) {
    return LegalBasis.builder()
        .text(LAW)
        .article(article)
        .paragraph(paragraph)
        .versionDate(version)
        .url(LAW_URL)
        .publisher(LEGIFRANCE)
        .published(SIGNED)
        .primary(true)
        .status(SourceStatus.CONFIRMED);
  }

  static final LegalBasis ART1 =
      law("Art. 1", "I à III", IN_FORCE)
          .excerpt(
              "L'économie sociale et solidaire est un mode d'entreprendre et de développement économique adapté "
                  + "à tous les domaines de l'activité humaine auquel adhèrent des personnes morales de droit privé qui "
                  + "remplissent les conditions cumulatives suivantes")
          .build();

  static final LegalBasis ART1_I =
      law("Art. 1", "I", IN_FORCE)
          .excerpt(
              "auquel adhèrent des personnes morales de droit privé qui remplissent les conditions cumulatives "
                  + "suivantes")
          .build();

  static final LegalBasis ART1_II_1 =
      law("Art. 1", "II, 1°", IN_FORCE)
          .excerpt(
              "Par les personnes morales de droit privé constituées sous la forme de coopératives, de mutuelles "
                  + "ou d'unions relevant du code de la mutualité ou de sociétés d'assurance mutuelles relevant du code "
                  + "des assurances, de fondations ou d'associations régies par la loi du 1er juillet 1901 relative au "
                  + "contrat d'association ou, le cas échéant, par le code civil local applicable aux départements du "
                  + "Bas-Rhin, du Haut-Rhin et de la Moselle")
          .note(note("basis.art1.ii1.note"))
          .build();

  static final LegalBasis ART1_II_2 =
      law("Art. 1", "II, 2° et III", IN_FORCE)
          .excerpt(
              "Par les sociétés commerciales qui, aux termes de leurs statuts, remplissent les conditions "
                  + "suivantes")
          .build();

  static final LegalBasis ART2_2014 =
      law("Art. 2", "1° à 3°", IN_FORCE)
          .excerpt(
              "3° concours au développement durable […], à la transition énergétique ou à la solidarité "
                  + "internationale, sous réserve que l'activité soit liée à l'un des objectifs des 1° et 2°")
          .build();

  static final LegalBasis ART2_PACTE =
      law("Art. 2", "1° à 4°", PACTE).note(note("basis.art2.pacte.note")).build();

  // The Légifrance id of the versions before 2025 is not in ptce's sources (FACTS-2 § 5.2 gives
  // only the
  // current one): the link goes to the law whose Art. 11 wrote the article.
  static final LegalBasis ESUS_UNTIL_2024 =
      LegalBasis.builder()
          .text("Code du travail")
          .article("Art. L3332-17-1")
          .versionDate(IN_FORCE)
          .url(LAW_URL)
          .publisher(LEGIFRANCE)
          .published(SIGNED)
          .primary(true)
          .status(SourceStatus.CONFIRMED)
          .note(note("basis.esus.2014.note"))
          .build();

  static final LegalBasis ESUS_FROM_2025 =
      LegalBasis.builder()
          .text("Code du travail")
          .article("Art. L3332-17-1")
          .versionDate(ESUS_2025)
          .url("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049720096")
          .publisher(LEGIFRANCE)
          .published(LAW_2024_537)
          .primary(true)
          .status(SourceStatus.CONFIRMED)
          .note(note("basis.esus.2025.note"))
          .build();

  private static LegalBasis art9(String excerpt) {
    return law("Art. 9", "I", IN_FORCE).excerpt(excerpt).build();
  }

  static final LegalBasis ART9 =
      art9(
          "Les pôles territoriaux de coopération économique sont constitués par le "
              + "regroupement sur un même territoire d'entreprises de l'économie sociale et solidaire, au sens de l'article "
              + "1er de la présente loi, qui s'associent à des entreprises, en lien avec des collectivités territoriales et "
              + "leurs groupements, des centres de recherche, des établissements d'enseignement supérieur et de recherche, "
              + "des organismes de formation ou toute autre personne physique ou morale pour mettre en œuvre une stratégie "
              + "commune et continue de mutualisation, de coopération ou de partenariat au service de projets économiques "
              + "et sociaux innovants, socialement ou technologiquement, et porteurs d'un développement local durable.");
  static final LegalBasis ART9_TERRITORY = art9("le regroupement sur un même territoire");
  static final LegalBasis ART9_SSE =
      art9(
          "d'entreprises de l'économie sociale et solidaire, au sens de l'article "
              + "1er de la présente loi");
  static final LegalBasis ART9_ENTERPRISES = art9("qui s'associent à des entreprises");
  static final LegalBasis ART9_PARTNERS =
      art9(
          "en lien avec des collectivités territoriales et leurs groupements, "
              + "des centres de recherche, des établissements d'enseignement supérieur et de recherche, des organismes de "
              + "formation ou toute autre personne physique ou morale");
  static final LegalBasis ART9_STRATEGY =
      art9(
          "pour mettre en œuvre une stratégie commune et continue de "
              + "mutualisation, de coopération ou de partenariat");
  static final LegalBasis ART9_INNOVATION =
      art9(
          "au service de projets économiques et sociaux innovants, "
              + "socialement ou technologiquement");
  static final LegalBasis ART9_DEVELOPMENT = art9("et porteurs d'un développement local durable");
}
