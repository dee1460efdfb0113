package io.github.ptce.rules.schemes.nouvelleaquitaine;

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
 * Scheme {@code fr.region.nouvelle-aquitaine.territorial-cooperation}: the Région
 * Nouvelle-Aquitaine's schemes to support the leadership of job-creating territorial cooperation
 * processes, named by the RTES note of October 2023 (FACTS.md § 5, FACTS-2.md § 3.4).
 *
 * <p>Found by territory; its rules, what it grants and its dates are not published: the outcome is
 * undetermined, with criteria that say what is missing, and never a guess.
 */
public final class NouvelleAquitaineCooperationScheme implements SchemeProvider {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "messages");

  static final String ID = "fr.region.nouvelle-aquitaine.territorial-cooperation";
  static final TerritorialScope SCOPE = TerritorialScope.region("75");

  /**
   * No date is published. The scheme refers to the PTCEs of loi n° 2014-856 (in force 2014-08-02),
   * and the Région Nouvelle-Aquitaine that runs it exists from 2016-01-01 (loi n° 2015-29 du 16
   * janvier 2015 relative à la délimitation des régions, Art. 1 III): the window starts at the
   * later of the two.
   */
  static final Validity WINDOW = Validity.from(LocalDate.of(2016, 1, 1));

  static final Scheme SCHEME =
      NamedOnlyScheme.of(ID, Issuer.REGION, SCOPE, WINDOW, NamedOnlyScheme.RTES_2023, BUNDLE);

  /** Creates the provider; called by the {@link java.util.ServiceLoader}. */
  public NouvelleAquitaineCooperationScheme() {}

  @Override
  public List<Scheme> schemes() {
    return List.of(SCHEME);
  }
}
