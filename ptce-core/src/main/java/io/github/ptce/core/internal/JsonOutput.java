package io.github.ptce.core.internal;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON output style of ptce, shared by the cluster writer and the report writer: two-space
 * indentation, {@code "name": value}, one array item per line, and {@code \n} line ends whatever the
 * platform, so that the same value always gives the same bytes.
 */
public final class JsonOutput {
  private static final ObjectWriter PRETTY = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build().writer().with(
      new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonOutput() {}

  /**
   * Returns a generator that writes the house style to a writer; closing the generator flushes it but
   * leaves the writer open.
   *
   * @param out where to write
   * @return a pretty-printing generator
   */
  public static JsonGenerator pretty(Writer out) {
    return PRETTY.createGenerator(out);
  }
}
