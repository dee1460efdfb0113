package io.github.ptce.rules.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Overview;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTML report is one self-contained, well-formed file with every text escaped.
 *
 * <p>Well-formedness is checked with the JDK's XML parser: the renderer writes XHTML-compatible
 * markup (every element closed, attributes quoted, only XML entities), so a parse that succeeds
 * proves that tags are balanced and nothing user-given opened an element.
 */
class HtmlRendererTest {

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document document, String name) {
    NodeList nodes = document.getElementsByTagNameNS("*", name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static List<String> allDocuments() {
    List<String> out = new ArrayList<>();
    for (EligibilityReport report : Fixtures.reports().values()) {
      out.add(ReportRenderer.html().render(report, Locale.ENGLISH));
      out.add(ReportRenderer.html().render(report, Locale.FRENCH));
    }
    for (Overview overview : Fixtures.overviews().values()) {
      out.add(ReportRenderer.html().render(overview, Locale.ENGLISH));
      out.add(ReportRenderer.html().render(overview, Locale.FRENCH));
    }
    return out;
  }

  @Test
  void everyDocumentIsWellFormedSelfContainedAndAccessible() throws Exception {
    for (String html : allDocuments()) {
      assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\""), html.substring(0, 40));
      Document document = parse(html);
      assertEquals("html", document.getDocumentElement().getTagName());
      assertTrue(elements(document, "script").isEmpty(), "no script");
      assertTrue(
          elements(document, "link").isEmpty()
              && elements(document, "img").isEmpty()
              && elements(document, "iframe").isEmpty(),
          "no external resource");
      assertFalse(
          html.contains(" src=") || html.contains("url(") || html.contains("@import"),
          "no external resource");
      for (Element a : elements(document, "a")) {
        String href = a.getAttribute("href");
        assertTrue(href.startsWith("https://") || href.startsWith("http://"), href);
      }
      assertEquals(1, elements(document, "h1").size());
      assertEquals(
          1,
          elements(document, "title").size()
              - elements(document, "svg").size()
              - elements(document, "rect").size(),
          "one document title (the others are the chart's)");
      for (Element th : elements(document, "th")) {
        String scope = th.getAttribute("scope");
        assertTrue(
            scope.equals("col") || scope.equals("row"), "th without scope: " + th.getTextContent());
      }
      assertTrue(html.contains("@media print"));
      assertEquals(1, elements(document, "style").size());
      assertEquals(1, elements(document, "main").size());
    }
  }

  @Test
  void userTextIsEscaped() throws Exception {
    EligibilityReport report = Fixtures.reports().get("hostile");
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      String html = ReportRenderer.html().render(report, locale);
      assertFalse(html.contains("<script"), "a raw <script");
      assertFalse(
          html.contains("<SAS>") || html.contains("<b>") || html.contains("<i>"),
          "raw markup from input");
      assertTrue(
          html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"));
      assertTrue(html.contains("A &amp; B &lt;SAS&gt;"), "member name escaped");
      assertFalse(html.contains("\u001b"), "no escape character");
      assertFalse(
          html.replace("&amp;", "")
              .replace("&lt;", "")
              .replace("&gt;", "")
              .replace("&quot;", "")
              .replace("&#39;", "")
              .contains("&"),
          "every & is part of an entity");
      Document document = parse(html);
      // The name is shown whole, as text: its markup did not become elements.
      String title = elements(document, "h1").get(0).getTextContent();
      assertTrue(title.contains("<script>alert('x')</script> & \"Co\" | *bold*"), title);
      boolean memberRow = false;
      for (Element th : elements(document, "th")) {
        memberRow |= th.getTextContent().equals("A & B <SAS>");
      }
      assertTrue(memberRow, "the member is a row header");
    }
    Overview overview = Fixtures.overviews().get("hostile");
    String html = ReportRenderer.html().render(overview, Locale.ENGLISH);
    assertFalse(html.contains("<script"));
    parse(html);
  }

  @Test
  void languageAttribute() throws Exception {
    EligibilityReport report = Fixtures.reports().get("tetris");
    assertEquals(
        "fr",
        parse(ReportRenderer.html().render(report, Locale.FRANCE))
            .getDocumentElement()
            .getAttribute("lang"));
    assertEquals(
        "en",
        parse(ReportRenderer.html().render(report, Locale.US))
            .getDocumentElement()
            .getAttribute("lang"));
    assertEquals(
        "fr",
        parse(ReportRenderer.html().render(Fixtures.overviews().get("tetris"), Locale.FRENCH))
            .getDocumentElement()
            .getAttribute("lang"));
  }

  @Test
  void outcomesAreWordsNotOnlyColours() throws Exception {
    EligibilityReport report = Fixtures.reports().get("tetris");
    Document english = parse(ReportRenderer.html().render(report, Locale.ENGLISH));
    List<String> badges = new ArrayList<>();
    for (String tag : List.of("span", "strong")) {
      for (Element element : elements(english, tag)) {
        if (element.getAttribute("class").startsWith("badge")) {
          badges.add(element.getTextContent());
        }
      }
    }
    assertTrue(badges.contains("✔ ELIGIBLE"), badges.toString());
    assertTrue(badges.contains("✘ NOT ELIGIBLE"), badges.toString());
    assertTrue(badges.contains("? UNDETERMINED"), badges.toString());
    assertTrue(badges.contains("✔ met") && badges.contains("? unknown"), badges.toString());
    String french = ReportRenderer.html().render(report, Locale.FRENCH);
    assertTrue(french.contains("ÉLIGIBLE</strong>") && french.contains("INDÉTERMINÉ</strong>"));
  }

  @Test
  void chartOfTheLatestResourceMix() throws Exception {
    // 2024: 75 000 € market, 30 000 € non-market, 15 000 € non-monetary; 2025 has no resources
    // declared.
    EligibilityReport report = Fixtures.reports().get("tetris");
    Document english = parse(ReportRenderer.html().render(report, Locale.ENGLISH));
    List<Element> charts = elements(english, "svg");
    assertEquals(1, charts.size());
    Element svg = charts.get(0);
    assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
    assertEquals("img", svg.getAttribute("role"));
    String chart = svg.getTextContent();
    assertTrue(chart.contains("Resource mix 2024"), chart);
    for (String share : List.of("Market 62.50%", "Non-market 25.00%", "Non-monetary 12.50%")) {
      assertTrue(chart.contains(share), share + " in " + chart);
    }
    List<Element> rects = elements(english, "rect");
    assertEquals(
        List.of("62.50", "25.00", "12.50"),
        rects.stream().map(r -> r.getAttribute("width")).toList());
    assertEquals(
        List.of("0", "62.50", "87.50"), rects.stream().map(r -> r.getAttribute("x")).toList());
    // The text alternative outside the chart gives the same percentages.
    String legend = elements(english, "figure").get(0).getTextContent();
    assertTrue(
        legend.contains("62.50%") && legend.contains("25.00%") && legend.contains("12.50%"),
        legend);

    String french =
        elements(parse(ReportRenderer.html().render(report, Locale.FRENCH)), "svg")
            .get(0)
            .getTextContent();
    for (String share :
        List.of(
            "Marchandes 62,50\u00a0%",
            "Non marchandes 25,00\u00a0%", "Non monétaires 12,50\u00a0%")) {
      assertTrue(french.contains(share), share + " in " + french);
    }
  }

  @Test
  void noChartWithoutResources() throws Exception {
    for (Map.Entry<String, EligibilityReport> report :
        Map.of(
                "minimal",
                Fixtures.reports().get("minimal"),
                "nothing",
                Fixtures.reports().get("nothing"))
            .entrySet()) {
      String html = ReportRenderer.html().render(report.getValue(), Locale.ENGLISH);
      assertFalse(
          html.contains("<svg") || html.contains("<figure") || html.contains("Resource mix"),
          report.getKey());
      parse(html);
    }
  }
}
