package io.github.ptce.core.internal;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The JSON output styles of ptce, shared by the cluster writer and the report writers. The house
 * style: two-space indentation, {@code "name": value}, one array item per line, and {@code \n} line
 * ends whatever the platform, so that the same value always gives the same bytes. The compact style
 * writes the same tokens with no white space at all, for machines (a batch of reports as JSON
 * Lines).
 *
 * <p>Generators come from a bare {@link JsonFactory}, not from an object mapper: writing needs
 * none, and a mapper costs a command-line start a few hundred classes and tens of milliseconds.
 */
public final class JsonOutput {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final DefaultPrettyPrinter STYLE =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  /**
   * Gives each generator its own printer: a pretty printer keeps the nesting level of the document
   * it writes.
   */
  private static final ObjectWriteContext PRETTY =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return STYLE.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  private JsonOutput() {}

  /**
   * Returns a generator that writes the house style to a writer; closing the generator flushes it
   * but leaves the writer open.
   *
   * @param out where to write
   * @return a pretty-printing generator
   */
  public static JsonGenerator pretty(Writer out) {
    return FACTORY.createGenerator(PRETTY, out);
  }

  /**
   * Returns a generator that writes the same tokens as {@link #pretty} with no white space between
   * them; closing the generator flushes it but leaves the writer open.
   *
   * @param out where to write
   * @return a compact generator
   */
  public static JsonGenerator compact(Writer out) {
    return FACTORY.createGenerator(ObjectWriteContext.empty(), out);
  }
}
