package org.example.scheme.fund;

import io.github.ptce.core.text.MessageBundle;
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
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.BaseCriterion;
import io.github.ptce.rules.spi.SchemeProvider;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A local fund's (fictitious) scheme: a cluster with at least two members. */
public final class LocalFundProvider implements SchemeProvider {
  static final MessageBundle MESSAGES = MessageBundle.load(MethodHandles.lookup(), "messages");
  static final String ID = "org.example.local.fund";
  static final Validity WINDOW = Validity.between(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
  static final LegalBasis RULES = LegalBasis.builder()
      .text("Fonds local exemple, règlement (fictif)").article("Art. 1")
      .versionDate(WINDOW.from()).url("https://example.org/fonds-local/reglement")
      .publisher("Fonds local exemple").primary(true)
      .status(SourceStatus.CONFIRMED).note(text("basis.note")).build();

  /** Creates the provider; called by the ServiceLoader. */
  public LocalFundProvider() {}

  static Message text(String key) {
    return Message.of(MESSAGES, key, Map.of());
  }

  @Override
  public List<Scheme> schemes() {
    return List.of(Scheme.builder()
        .id(ID).version("1.0.0")
        .title(text(ID + ".title")).summary(text(ID + ".summary"))
        .issuer(Issuer.of(Issuer.Kind.FOUNDATION, text("issuer")))
        .kind(SchemeKind.SUPPORT)
        .scope(TerritorialScope.NATIONAL)
        .validity(WINDOW)
        .criteria(CriterionNode.of(new TwoMembers()))
        .legalBasis(RULES)
        .build());
  }

  /** At least two members. */
  static final class TwoMembers extends BaseCriterion {
    TwoMembers() {
      super(ID + ".members", CriterionKind.AUTOMATED, RULES, WINDOW, MESSAGES);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      int count = evaluation.cluster().members().size();
      return count >= 2
          ? result(Outcome.MET, "met", "count", count).build()
          : result(Outcome.UNKNOWN, "unknown", "count", count).missing(fact("$.members", "fact")).build();
    }
  }
}
