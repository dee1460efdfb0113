package org.example.ptce.fund;

import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.spi.SchemeProvider;
import java.util.List;

/**
 * Contributes the cooperation grant of the Example Foundation (fictitious) to the catalogue. Listed
 * in {@code META-INF/services/io.github.ptce.rules.spi.SchemeProvider}: with this jar on the class
 * path, {@code EligibilityEngine.standard()} evaluates it beside ptce's own schemes.
 */
public final class ExampleFundProvider implements SchemeProvider {

  /** Creates the provider; called by the {@link java.util.ServiceLoader}. */
  public ExampleFundProvider() {}

  @Override
  public List<Scheme> schemes() {
    return List.of(CooperationGrant.SCHEME);
  }
}
