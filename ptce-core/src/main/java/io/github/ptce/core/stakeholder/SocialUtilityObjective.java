package io.github.ptce.core.stakeholder;

/**
 * The objectives of social utility listed by Art. 2 of loi n° 2014-856, by theme.
 *
 * <p>Themes, not item numbers: the article had three items in 2014, four after loi PACTE
 * (2019-05-24), and apparently five since a later law (FACTS-2.md § 5.2, not confirmed), and the
 * sources disagree on the numbering. The rules decide, for a date, which themes count and on which
 * conditions.
 */
public enum SocialUtilityObjective {
  /**
   * Support to people in a fragile situation (economic, social, personal, health, support needs).
   */
  SUPPORT_FRAGILE_PERSONS,
  /** Fight against exclusion and health, social, economic and cultural inequalities. */
  FIGHT_EXCLUSION_AND_INEQUALITIES,
  /** Education in citizenship, notably popular education. */
  CITIZENSHIP_EDUCATION,
  /** Preserving and developing social ties, maintaining and strengthening territorial cohesion. */
  SOCIAL_TIES_AND_TERRITORIAL_COHESION,
  /**
   * Contribution to sustainable development, the energy transition or international solidarity:
   * counts only when the activity is also linked to one of the other objectives.
   */
  SUSTAINABLE_DEVELOPMENT,
  /**
   * Cultural promotion: named from loi PACTE on, under the same condition as sustainable
   * development.
   */
  CULTURAL_PROMOTION,
  /** An objective the library does not recognise (it may be an item added to Art. 2 after 2019). */
  OTHER
}
