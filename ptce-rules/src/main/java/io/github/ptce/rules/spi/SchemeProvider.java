package io.github.ptce.rules.spi;

import io.github.ptce.rules.Scheme;
import java.util.List;

/**
 * Contributes schemes to the catalogue. Implementations are found with {@link
 * java.util.ServiceLoader}: list the class in {@code
 * META-INF/services/io.github.ptce.rules.spi.SchemeProvider}.
 *
 * <p>A contributed scheme is one package: the provider and its criteria, the messages ({@code
 * messages.properties} and {@code messages_fr.properties}), and its case files under {@code
 * src/test/resources/cases/<scheme id>/}. See CONTRIBUTING.md.
 *
 * <p>Implementations have a public no-argument constructor and are immutable and thread-safe.
 */
public interface SchemeProvider {

  /**
   * Returns the schemes of this provider.
   *
   * @return the schemes, each with an id unique in the catalogue
   */
  List<Scheme> schemes();
}
