package io.github.ptce.rules.spi;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.SourceStatus;
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.rules.Validity;
import java.time.LocalDate;
import java.util.Map;

/**
 * A support scheme that a public source names, but whose rules, grant and dates are not published:
 * it is in the catalogue so that it is found by territory, and its outcome is undetermined with
 * criteria that say what is missing — never a guess, never hidden.
 *
 * <p>The scheme has three criteria: {@code <id>.territory} ({@link TerritoryCriterion}), {@code
 * <id>.rules} ({@link UndecidedCriterion#notPublished}) and {@code <id>.window} ({@link
 * WindowCriterion#notPublished}). Its package's message files hold {@code <id>.title}, {@code
 * <id>.summary}, the keys of those three criteria, and the notes {@code basis.note}, {@code
 * basis.rules.note} and {@code basis.dates.note}.
 */
public final class NamedOnlyScheme {

  /**
   * A public source naming schemes: its title, who publishes it, its date and address.
   *
   * @param text the title of the source
   * @param publisher who publishes it
   * @param published its date, as precisely as it is known
   * @param date the date its facts apply from (the first day of its month when only the month is
   *     known)
   * @param url where to read it
   */
  public record Source(
      String text, String publisher, PartialDate published, LocalDate date, String url) {}

  /**
   * The RTES note « Points de repèrESS : collectivités locales et PTCE », October 2023 (the day is
   * not given).
   */
  public static final Source RTES_2023 =
      new Source(
          "« Points de repèrESS : collectivités locales et PTCE »",
          "RTES",
          PartialDate.ofYearMonth(2023, 10),
          LocalDate.of(2023, 10, 1),
          "https://www.citego.org/bdf_fiche-document-3357_fr.html");

  private NamedOnlyScheme() {}

  /**
   * Builds the scheme.
   *
   * @param id the scheme id
   * @param issuer who runs it
   * @param scope its territory
   * @param window the period in which it may apply, from dated facts only
   * @param source the public source that names it
   * @param bundle the messages of the scheme's package
   * @return the scheme, version 1.0.0
   */
  public static Scheme of(
      String id,
      Issuer issuer,
      TerritorialScope scope,
      Validity window,
      Source source,
      MessageBundle bundle) {
    LegalBasis named = basis(source, bundle, "basis.note");
    return Scheme.builder()
        .id(id)
        .version("1.0.0")
        .title(text(bundle, id + ".title"))
        .summary(text(bundle, id + ".summary"))
        .issuer(issuer)
        .kind(SchemeKind.SUPPORT)
        .scope(scope)
        .validity(window)
        .criteria(
            CriterionNode.allOf(
                CriterionNode.of(
                    new TerritoryCriterion(id + ".territory", named, window, bundle, scope)),
                CriterionNode.of(
                    UndecidedCriterion.notPublished(
                        id + ".rules", basis(source, bundle, "basis.rules.note"), window, bundle)),
                CriterionNode.of(
                    WindowCriterion.notPublished(
                        id + ".window",
                        basis(source, bundle, "basis.dates.note"),
                        window,
                        bundle))))
        .legalBasis(named)
        .build();
  }

  private static Message text(MessageBundle bundle, String key) {
    return Message.of(bundle, key, Map.of());
  }

  /**
   * The source names the scheme without publishing it: a secondary source, whose notes say what it
   * tells.
   */
  private static LegalBasis basis(Source source, MessageBundle bundle, String noteKey) {
    return LegalBasis.builder()
        .text(source.text())
        .versionDate(source.date())
        .url(source.url())
        .publisher(source.publisher())
        .published(source.published())
        .primary(false)
        .status(SourceStatus.SECONDARY)
        .note(text(bundle, noteKey))
        .build();
  }
}
