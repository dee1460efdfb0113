package io.github.ptce.examples.cli;

import io.github.ptce.examples.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The usage help of {@code ptce} and of its subcommands, in English ({@code help.properties}) and
 * French ({@code help_fr.properties}, with the English file as parent): picocli resource bundles,
 * with picocli's keys ({@code ptce.check.usage.description}, {@code ptce.check.format}…). {@link
 * Cli} gives picocli the bundle of the language it chose from {@code --lang} or the system's locale
 * ({@code CommandLine.setResourceBundle}) before it parses, so that {@code --help} speaks the
 * language of every other message of the tool.
 *
 * <p>Not {@code ResourceBundle.getBundle}: for English it would fall back on the JVM's default
 * locale (a French default locale would answer {@code --lang en} in French), and it refuses a
 * {@code Control} in a named module.
 *
 * <p>In French, the space before {@code : ; ? ! »} and after {@code «} is given as a no-break
 * space: picocli wraps lines where {@link java.text.BreakIterator} allows, and it would otherwise
 * begin a line with a colon ("par défaut" at the end of one line, ": text" on the next). The file
 * keeps ordinary spaces, as {@code messages_fr.properties} does.
 */
final class UsageHelp {
  /** The resource path of the English file, without {@code .properties}. */
  static final String BASE = "io/github/ptce/examples/cli/help";

  /**
   * A space before a closing guillemet, or before {@code : ; ? !} followed by a space, a line break
   * ({@code %n}) or the end (not {@code ?asOf=}).
   */
  private static final Pattern SPACE_BEFORE = Pattern.compile(" (?=»|[:;?!](?:\\s|%n|$))");

  /** An opening guillemet and the space after it. */
  private static final Pattern SPACE_AFTER = Pattern.compile("« ");

  private UsageHelp() {}

  /**
   * Returns the usage help in a language.
   *
   * @param language French for a French locale, English for any other
   * @return the bundle to give picocli
   */
  static ResourceBundle of(Locale language) {
    return Locale.FRENCH.equals(Languages.follow(language)) ? French.BUNDLE : English.BUNDLE;
  }

  /**
   * Returns a French text with a no-break space where French typography puts one before or after a
   * sign.
   *
   * @param text a French text
   * @return the text with those spaces no-break
   */
  static String frenchSpaces(String text) {
    String glued = SPACE_BEFORE.matcher(text).replaceAll("\u00a0");
    return SPACE_AFTER.matcher(glued).replaceAll("«\u00a0");
  }

  private static ResourceBundle read(String resource, ResourceBundle parent, boolean french) {
    // Read through the class, not its class loader: in a named module a class loader finds nothing
    // in a package
    // that is not opened, while a class reads the resources of its own module.
    try (InputStream in = UsageHelp.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing help file " + resource);
      }
      return new Texts(new InputStreamReader(in, StandardCharsets.UTF_8), parent, french);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read help file " + resource, e);
    }
  }

  /** A properties file read as UTF-8, with the bundle it falls back on for a missing key. */
  private static final class Texts extends PropertyResourceBundle {
    private final boolean french;

    Texts(Reader reader, ResourceBundle parent, boolean french) throws IOException {
      super(reader);
      this.french = french;
      if (parent != null) {
        setParent(parent);
      }
    }

    @Override
    public Object handleGetObject(String key) {
      Object value = super.handleGetObject(key);
      return french && value instanceof String text ? frenchSpaces(text) : value;
    }
  }

  /** Read on first use only. */
  private static final class English {
    static final ResourceBundle BUNDLE = read(BASE + ".properties", null, false);
  }

  /** Read on first use only: an English run never reads it. */
  private static final class French {
    static final ResourceBundle BUNDLE = read(BASE + "_fr.properties", English.BUNDLE, true);
  }
}
