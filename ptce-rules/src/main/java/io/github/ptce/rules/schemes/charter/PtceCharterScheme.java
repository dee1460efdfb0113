package io.github.ptce.rules.schemes.charter;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.SourceStatus;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.BaseCriterion;
import io.github.ptce.rules.spi.Dates;
import io.github.ptce.rules.spi.SchemeProvider;
import io.github.ptce.rules.spi.UndecidedCriterion;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scheme {@code fr.network.ptce-charter}: the national charter of the PTCEs, launched on 19
 * September 2014 when 39 poles signed it, drafted by the network led by the Labo de l'ESS with
 * RTES, Coorace, CNCRES and MES, and updated in 2021 (June according to associatheque, July
 * according to the RTES note: the month is NOT CONFIRMED) (FACTS.md § 3, FACTS-2.md § 2).
 *
 * <p>Its content (principles, commitments, who signs) is NOT CONFIRMED: the criterion that would
 * decide stays undetermined with that reason. Whether the cluster has signed is shown for
 * information. No source makes signing a condition of any scheme, and the catalogue makes it none.
 */
public final class PtceCharterScheme implements SchemeProvider {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "messages");

  static final String ID = "fr.network.ptce-charter";

  /** Launched at the 2nd national PTCE meeting, 19 September 2014 (FACTS.md § 3, CONFIRMED). */
  static final LocalDate LAUNCHED = LocalDate.of(2014, 9, 19);

  static final Validity WINDOW = Validity.from(LAUNCHED);

  static Message text(String key) {
    return Message.of(BUNDLE, key, Map.of());
  }

  /**
   * The charter as an RTES page reports it (FACTS-2.md § 2; confirmed by a second RTES page and
   * associatheque): the national text itself was not found, so no part of it is cited.
   */
  static LegalBasis basis(String noteKey) {
    return LegalBasis.builder()
        .text(
            "Charte des pôles territoriaux de coopération économique (2014, mise à jour "
                + "en 2021)")
        .versionDate(LAUNCHED)
        .url("https://www.rtes.fr/node/4953")
        .publisher("RTES")
        .primary(false)
        .status(SourceStatus.CONFIRMED)
        .note(text(noteKey))
        .build();
  }

  static final LegalBasis CHARTER = basis("basis.charter.note");
  static final LegalBasis CONTENT = basis("basis.content.note");

  /** Whether and when the cluster signed the charter, as declared. */
  static final class Signed extends BaseCriterion {
    Signed() {
      super(ID + ".signed", CriterionKind.DECLARED, CHARTER, WINDOW, BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Optional<PartialDate> signed = evaluation.cluster().charterSignedOn();
      if (signed.isEmpty()) {
        return result(Outcome.UNKNOWN, "notDeclared")
            .missing(fact("$.charterSignedOn", "fact.signed"))
            .remediation(message("remedy.notDeclared"))
            .build();
      }
      return switch (Dates.onOrBefore(signed.get(), evaluation.asOf())) {
        case NOT_MET -> result(Outcome.NOT_MET, "signedLater", "date", signed.get()).build();
        case MET -> result(Outcome.MET, "signed", "date", signed.get()).build();
        default ->
            result(Outcome.UNKNOWN, "signedAround", "date", signed.get())
                .missing(fact("$.charterSignedOn", "fact.signedDay"))
                .build();
      };
    }
  }

  static final Scheme SCHEME =
      Scheme.builder()
          .id(ID)
          .version("1.0.0")
          .title(text(ID + ".title"))
          .summary(text(ID + ".summary"))
          .issuer(Issuer.NETWORK)
          .kind(SchemeKind.CHARTER)
          .validity(WINDOW)
          .criteria(
              CriterionNode.allOf(
                  CriterionNode.of(
                      UndecidedCriterion.notPublished(
                          ID + ".commitments", CONTENT, WINDOW, BUNDLE)),
                  CriterionNode.informative(new Signed())))
          .legalBasis(CHARTER)
          .build();

  /** Creates the provider; called by the {@link java.util.ServiceLoader}. */
  public PtceCharterScheme() {}

  @Override
  public List<Scheme> schemes() {
    return List.of(SCHEME);
  }
}
