package io.github.ptce.rules.schemes.law;

import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.spi.SchemeProvider;
import java.util.List;

/**
 * The legal definitions of loi n° 2014-856: {@code fr.law.2014-856.art1} (is a member an SSE
 * enterprise?) and {@code fr.law.2014-856.art9} (is the cluster a PTCE?).
 */
public final class LawSchemes implements SchemeProvider {

  /** Creates the provider; called by the {@link java.util.ServiceLoader}. */
  public LawSchemes() {}

  @Override
  public List<Scheme> schemes() {
    return List.of(Art1Scheme.SCHEME, Art9Scheme.SCHEME);
  }
}
