package io.github.ptce.rules.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Overview;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The same report gives the same bytes: across two evaluations, and whatever the JVM's default
 * locale and time zone.
 */
class DeterminismTest {
  private static final List<Locale> DEFAULT_LOCALES =
      List.of(
          Locale.forLanguageTag("fr-FR"),
          Locale.forLanguageTag("en-US"),
          Locale.forLanguageTag("tr-TR"),
          Locale.forLanguageTag("ar-EG"),
          Locale.forLanguageTag("hi-IN"));
  private static final List<String> TIME_ZONES =
      List.of("UTC", "Pacific/Kiritimati", "America/St_Johns", "Asia/Kathmandu");

  /** Every document of every fixture, in both languages, keyed by a name. */
  private static Map<String, byte[]> documents() {
    Map<String, byte[]> documents = new LinkedHashMap<>();
    for (Map.Entry<String, EligibilityReport> report : Fixtures.reports().entrySet()) {
      for (ReportRenderer renderer : ReportRenderer.all()) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRANCE)) {
          documents.put(
              report.getKey() + "." + locale + "." + renderer.format(),
              renderer.render(report.getValue(), locale).getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    for (Map.Entry<String, Overview> overview : Fixtures.overviews().entrySet()) {
      for (ReportRenderer renderer : ReportRenderer.all()) {
        documents.put(
            "overview." + overview.getKey() + "." + renderer.format(),
            renderer.render(overview.getValue(), Locale.FRENCH).getBytes(StandardCharsets.UTF_8));
      }
    }
    StringWriter catalog = new StringWriter();
    CatalogJson.write(Fixtures.catalog(), Locale.ENGLISH, catalog);
    documents.put("catalog", catalog.toString().getBytes(StandardCharsets.UTF_8));
    return documents;
  }

  @Test
  void sameBytesAcrossRunsDefaultLocalesAndTimeZones() {
    Locale defaultLocale = Locale.getDefault();
    TimeZone defaultZone = TimeZone.getDefault();
    Map<String, byte[]> baseline = documents();
    assertTrue(baseline.size() > 80, "documents: " + baseline.size());
    try {
      assertSame(baseline, documents(), "a second run");
      for (int i = 0; i < DEFAULT_LOCALES.size(); i++) {
        Locale.setDefault(DEFAULT_LOCALES.get(i));
        TimeZone.setDefault(TimeZone.getTimeZone(TIME_ZONES.get(i % TIME_ZONES.size())));
        assertSame(
            baseline,
            documents(),
            "default locale "
                + Locale.getDefault()
                + ", time zone "
                + TimeZone.getDefault().getID());
      }
    } finally {
      Locale.setDefault(defaultLocale);
      TimeZone.setDefault(defaultZone);
    }
  }

  private static void assertSame(
      Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
    assertEquals(expected.keySet(), actual.keySet());
    for (Map.Entry<String, byte[]> document : expected.entrySet()) {
      assertArrayEquals(
          document.getValue(), actual.get(document.getKey()), document.getKey() + " with " + when);
    }
  }

  @Test
  void lineEndsAreNewlinesAndDocumentsEndWithOne() {
    for (Map.Entry<String, byte[]> document : documents().entrySet()) {
      String text = new String(document.getValue(), StandardCharsets.UTF_8);
      assertFalse(text.contains("\r"), document.getKey());
      assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), document.getKey());
    }
  }

  @Test
  void theLanguageComesFromTheLocaleAskedForOnly() {
    EligibilityReport report = Fixtures.reports().get("tetris");
    for (ReportRenderer renderer : ReportRenderer.all()) {
      String french = renderer.render(report, Locale.FRENCH);
      assertEquals(french, renderer.render(report, Locale.CANADA_FRENCH), renderer.format());
      assertEquals(
          french, renderer.render(report, Locale.forLanguageTag("fr-BE")), renderer.format());
      String english = renderer.render(report, Locale.ENGLISH);
      assertEquals(english, renderer.render(report, Locale.GERMANY), renderer.format());
      assertEquals(english, renderer.render(report, Locale.ROOT), renderer.format());
      assertFalse(english.equals(french), renderer.format());
    }
  }
}
