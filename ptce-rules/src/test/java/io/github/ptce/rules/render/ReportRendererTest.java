package io.github.ptce.rules.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Overview;
import io.github.ptce.rules.Scheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The renderers' API: factories, formats, writers, failures, threads, and the overview in every
 * format.
 */
class ReportRendererTest {

  @Test
  void factoriesAndFormats() {
    assertEquals(
        List.of("text", "md", "html", "json"),
        ReportRenderer.all().stream().map(ReportRenderer::format).toList());
    assertEquals(
        List.of("txt", "md", "html", "json"),
        ReportRenderer.all().stream().map(ReportRenderer::fileExtension).toList());
    assertEquals(
        List.of(
            "text/plain; charset=utf-8",
            "text/markdown; charset=utf-8; variant=GFM",
            "text/html; charset=utf-8",
            "application/json"),
        ReportRenderer.all().stream().map(ReportRenderer::mediaType).toList());
    for (ReportRenderer renderer : ReportRenderer.all()) {
      assertSame(renderer, ReportRenderer.forFormat(renderer.format()));
    }
    assertSame(ReportRenderer.text(), ReportRenderer.forFormat("text"));
    assertSame(ReportRenderer.markdown(), ReportRenderer.forFormat("md"));
    assertSame(ReportRenderer.html(), ReportRenderer.forFormat("html"));
    assertSame(ReportRenderer.json(), ReportRenderer.forFormat("json"));
  }

  @Test
  void unknownFormatNamesTheAllowedOnes() {
    for (String format : List.of("pdf", "JSON", "markdown", "", " text")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ReportRenderer.forFormat(format));
      assertTrue(e.getMessage().contains("text, md, html, json"), e.getMessage());
      assertTrue(e.getMessage().contains("\"" + format + "\""), e.getMessage());
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReportRenderer.forFormat("x".repeat(10_000) + "\u001b[2J"));
    assertTrue(e.getMessage().length() < 200, "the value is shortened in the message");
    assertThrows(NullPointerException.class, () -> ReportRenderer.forFormat(null));
  }

  @Test
  void argumentsAreChecked() {
    EligibilityReport report = Fixtures.reports().get("minimal");
    for (ReportRenderer renderer : ReportRenderer.all()) {
      assertThrows(
          NullPointerException.class,
          () -> renderer.render((EligibilityReport) null, Locale.ENGLISH));
      assertThrows(NullPointerException.class, () -> renderer.render(report, null));
      assertThrows(NullPointerException.class, () -> renderer.render(report, Locale.ENGLISH, null));
      assertThrows(
          NullPointerException.class, () -> renderer.render((Overview) null, Locale.ENGLISH));
    }
  }

  /** A writer that counts flushes and closes, and can fail. */
  private static final class Probe extends Writer {
    final StringBuilder text = new StringBuilder();
    final boolean fail;
    int flushes;
    boolean closed;

    Probe(boolean fail) {
      this.fail = fail;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      if (fail) {
        throw new IOException("disk full");
      }
      text.append(buffer, offset, length);
    }

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void writersAreFlushedNotClosedAndFailuresAreReported() {
    EligibilityReport report = Fixtures.reports().get("large");
    Overview overview = Fixtures.overviews().get("large");
    for (ReportRenderer renderer : ReportRenderer.all()) {
      Probe probe = new Probe(false);
      renderer.render(report, Locale.FRENCH, probe);
      assertEquals(
          renderer.render(report, Locale.FRENCH), probe.text.toString(), renderer.format());
      assertTrue(probe.flushes > 0, renderer.format());
      assertFalse(probe.closed, renderer.format());
      UncheckedIOException e =
          assertThrows(
              UncheckedIOException.class,
              () -> renderer.render(report, Locale.ENGLISH, new Probe(true)),
              renderer.format());
      assertEquals("disk full", e.getCause().getMessage());
      assertThrows(
          UncheckedIOException.class,
          () -> renderer.render(overview, Locale.ENGLISH, new Probe(true)));
    }
    Probe catalog = new Probe(false);
    CatalogJson.write(Fixtures.catalog(), Locale.ENGLISH, catalog);
    assertFalse(catalog.closed);
    assertTrue(catalog.flushes > 0);
    assertThrows(
        UncheckedIOException.class,
        () -> CatalogJson.write(Fixtures.catalog(), Locale.ENGLISH, new Probe(true)));
  }

  @Test
  void renderersAreSafeToShareBetweenThreads() throws Exception {
    List<EligibilityReport> reports = List.copyOf(Fixtures.reports().values());
    List<String> expected =
        reports.stream()
            .map(
                r ->
                    ReportRenderer.html().render(r, Locale.FRENCH)
                        + ReportRenderer.text().render(r, Locale.ENGLISH))
            .toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int n = i % reports.size();
        results.add(
            pool.submit(
                () ->
                    expected
                        .get(n)
                        .equals(
                            ReportRenderer.html().render(reports.get(n), Locale.FRENCH)
                                + ReportRenderer.text().render(reports.get(n), Locale.ENGLISH))));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void overviewInEveryFormat() {
    Overview overview = Fixtures.overviews().get("tetris");
    // The standard catalogue's national schemes are there too; the test schemes are the ones to
    // check.
    assertEquals(
        List.of("test.region93.support"),
        overview.applicable().stream()
            .map(r -> r.scheme().id())
            .filter(id -> id.startsWith("test."))
            .toList());
    assertEquals(
        List.of("test.closed.call"),
        overview.closed().stream().map(Scheme::id).filter(id -> id.startsWith("test.")).toList());
    assertEquals(
        List.of("test.upcoming.charter"),
        overview.upcoming().stream().map(Scheme::id).filter(id -> id.startsWith("test.")).toList());
    assertEquals(
        List.of("test.region32.support"),
        overview.elsewhere().stream()
            .map(Scheme::id)
            .filter(id -> id.startsWith("test."))
            .toList());
    for (ReportRenderer renderer : ReportRenderer.all()) {
      String english = renderer.render(overview, Locale.ENGLISH);
      String french = renderer.render(overview, Locale.FRENCH);
      for (String id :
          List.of(
              "fr.law.2014-856.art9",
              "fr.decree.2015-431.art3",
              "test.region93.support",
              "test.closed.call",
              "test.upcoming.charter",
              "test.region32.support")) {
        assertTrue(english.contains(id) && french.contains(id), renderer.format() + " " + id);
      }
      assertTrue(english.contains("$.charterSignedOn"), renderer.format());
      assertTrue(
          english.contains("2016-12-31") && english.contains("2027-01-01"), renderer.format());
      if (renderer != ReportRenderer.json()) {
        assertTrue(
            english.contains("Schemes open for this territory") && english.contains("Upcoming"),
            renderer.format());
        assertTrue(
            french.contains("Dispositifs ouverts pour ce territoire") && french.contains("À venir"),
            renderer.format());
        assertTrue(english.contains("régions 32"), renderer.format());
        assertTrue(
            english.contains("€30,000") && french.contains("30\u00a0000\u00a0€"),
            renderer.format());
        assertTrue(english.contains("Give the date the charter was signed."), renderer.format());
        assertTrue(french.contains("INDÉTERMINÉ"), renderer.format());
      }
    }
    String empty =
        ReportRenderer.text().render(Fixtures.overviews().get("minimal"), Locale.ENGLISH);
    assertTrue(empty.contains("Schemes open for this territory"), empty);
  }
}
