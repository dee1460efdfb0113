package io.github.ptce.rules.schemes.oise;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.NamedOnlyScheme;
import io.github.ptce.rules.spi.SchemeProvider;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.List;

/**
 * Scheme {@code fr.departement.oise.ptce-support}: the Conseil départemental de l'Oise's support to
 * PTCEs, named by the RTES note of October 2023 (FACTS.md § 5, FACTS-2.md § 3.6).
 *
 * <p>Found by territory; its rules, what it grants and its dates are not published: the outcome is
 * undetermined, with criteria that say what is missing, and never a guess.
 */
public final class OisePtceSupportScheme implements SchemeProvider {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "messages");

  static final String ID = "fr.departement.oise.ptce-support";
  static final TerritorialScope SCOPE = TerritorialScope.departement("60");

  /**
   * No date of the support is published; the window starts with the departmental solidarity-economy
   * plan adopted on 24 November 2010, the earliest dated act of the policy it belongs to
   * (FACTS-2.md § 3.6, SECONDARY).
   */
  static final Validity WINDOW = Validity.from(LocalDate.of(2010, 11, 24));

  static final Scheme SCHEME =
      NamedOnlyScheme.of(ID, Issuer.DEPARTEMENT, SCOPE, WINDOW, NamedOnlyScheme.RTES_2023, BUNDLE);

  /** Creates the provider; called by the {@link java.util.ServiceLoader}. */
  public OisePtceSupportScheme() {}

  @Override
  public List<Scheme> schemes() {
    return List.of(SCHEME);
  }
}
