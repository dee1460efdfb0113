package io.github.ptce.rules.render;

import io.github.ptce.core.resources.Amount;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Overview;
import io.github.ptce.rules.render.Doc.Badge;
import io.github.ptce.rules.render.Doc.Block;
import io.github.ptce.rules.render.Doc.Code;
import io.github.ptce.rules.render.Doc.Em;
import io.github.ptce.rules.render.Doc.Field;
import io.github.ptce.rules.render.Doc.Fields;
import io.github.ptce.rules.render.Doc.Inline;
import io.github.ptce.rules.render.Doc.Item;
import io.github.ptce.rules.render.Doc.Items;
import io.github.ptce.rules.render.Doc.Line;
import io.github.ptce.rules.render.Doc.Link;
import io.github.ptce.rules.render.Doc.Mix;
import io.github.ptce.rules.render.Doc.Name;
import io.github.ptce.rules.render.Doc.Para;
import io.github.ptce.rules.render.Doc.Plain;
import io.github.ptce.rules.render.Doc.Section;
import io.github.ptce.rules.render.Doc.Strong;
import io.github.ptce.rules.render.Doc.Table;
import io.github.ptce.rules.render.Doc.Tone;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One self-contained HTML file: inline CSS, no script, no external resource; {@code lang} set;
 * headings by section depth; tables with {@code <th scope>}; outcomes as a symbol and a word, the
 * colour only adding to them; a print style; and, when the cluster declares resources, an inline
 * SVG chart of its latest resource mix with a title, a description and a legend that give the three
 * percentages as text.
 *
 * <p>The markup is also well-formed XML (every element closed, attributes quoted, only the five XML
 * entities and numeric references), so that it can be checked or transformed with an XML parser.
 * Every piece of text from a message or from the user is escaped and cleaned of control characters.
 */
final class HtmlRenderer implements ReportRenderer {
  static final HtmlRenderer INSTANCE = new HtmlRenderer();

  private static final String[] MIX_COLOURS = {"#2f6db5", "#d9962b", "#3f8f55"};

  private static final String STYLE =
      """
      :root { color-scheme: light; }
      body { margin: 0; color: #1b1b1b; background: #fff; line-height: 1.45;
        font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
      main { max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
      h1 { font-size: 1.6rem; margin: 0 0 1rem; }
      h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #c8c8c8; }
      h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
      h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .3rem; }
      p { margin: .3rem 0; }
      code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em;
        background: #f2f2f2; padding: 0 .2em; border-radius: 3px; overflow-wrap: anywhere; }
      dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
      dl.fields div { display: contents; }
      dt { font-weight: 600; }
      dd { margin: 0; }
      .badge { display: inline-block; padding: 0 .4em; border: 1px solid currentColor; border-radius: .3em;
        font-weight: 600; white-space: nowrap; }
      .t-pos { color: #0b6b2e; background: #e7f4ea; }
      .t-neg { color: #a3161a; background: #fbe9e9; }
      .t-unk { color: #7a4c00; background: #fff3d6; }
      .t-neu { color: #474747; background: #eee; }
      ul.tree { list-style: none; padding-left: 1.1rem; border-left: 1px solid #d6d6d6; }
      ul.tree > li { margin: .45rem 0; }
      .detail { margin: .1rem 0 .1rem 1.6rem; color: #333; }
      table { border-collapse: collapse; width: 100%; margin: .6rem 0; }
      th, td { border: 1px solid #c8c8c8; padding: .3rem .5rem; text-align: left; vertical-align: top; }
      thead th { background: #f2f2f2; }
      figure { margin: 1rem 0; }
      figcaption { font-weight: 600; margin-bottom: .3rem; }
      figure svg { display: block; width: 100%; max-width: 40rem; height: 2rem; border: 1px solid #555; }
      ul.legend { list-style: none; padding: 0; margin: .4rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1.5rem; }
      .swatch { display: inline-block; width: .9em; height: .9em; margin-right: .35em; vertical-align: -.1em;
        border: 1px solid #333; }
      @media print {
        body { font-size: 10.5pt; color: #000; }
        main { max-width: none; padding: 0; }
        h2, h3 { break-after: avoid; }
        li, tr, figure { break-inside: avoid; }
        .badge { background: none; color: #000; }
        code { background: none; }
        a { color: #000; }
        a.cite::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
        figure svg, .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      }
      """;

  private HtmlRenderer() {}

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=utf-8";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public void render(EligibilityReport report, Locale locale, Writer out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    Words words = Words.of(locale);
    new Writing(out, words).document(new Outline(words).report(report));
  }

  @Override
  public void render(Overview overview, Locale locale, Writer out) {
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(out, "out");
    Words words = Words.of(locale);
    new Writing(out, words).document(new Outline(words).overview(overview));
  }

  /** One rendering. Confined to one thread. */
  private static final class Writing {
    private static final int FLUSH_AT = 8192;
    private final StringBuilder out = new StringBuilder(FLUSH_AT + 2048);
    private final Writer sink;
    private final Words words;

    Writing(Writer sink, Words words) {
      this.sink = sink;
      this.words = words;
    }

    void document(Section root) {
      out.append("<!DOCTYPE html>\n<html lang=\"")
          .append(words.language())
          .append("\">\n<head>\n")
          .append("<meta charset=\"utf-8\"/>\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
          .append("<title>");
      text(root.heading());
      out.append("</title>\n<style>\n")
          .append(STYLE)
          .append("</style>\n</head>\n<body>\n<main>\n<h1>");
      line(root.heading());
      out.append("</h1>\n");
      for (Block block : root.body()) {
        block(block, 2);
      }
      out.append("</main>\n</body>\n</html>\n");
      Safe.finish(out, sink);
    }

    private void block(Block block, int depth) {
      if (block instanceof Section section) {
        int level = Math.min(depth, 6);
        out.append("<section>\n<h").append(level).append('>');
        line(section.heading());
        out.append("</h").append(level).append(">\n");
        for (Block child : section.body()) {
          block(child, depth + 1);
        }
        out.append("</section>\n");
      } else if (block instanceof Para para) {
        out.append("<p>");
        line(para.line());
        out.append("</p>\n");
      } else if (block instanceof Fields fields) {
        out.append("<dl class=\"fields\">\n");
        for (Field field : fields.fields()) {
          out.append("<div><dt>");
          Safe.html(out, field.label());
          out.append("</dt><dd>");
          line(field.value());
          out.append("</dd></div>\n");
        }
        out.append("</dl>\n");
      } else if (block instanceof Items items) {
        items(items, depth);
      } else if (block instanceof Table table) {
        table(table);
      } else if (block instanceof Mix mix) {
        mix(mix);
      }
      if (out.length() > FLUSH_AT) {
        Safe.drain(out, sink);
      }
    }

    private void items(Items items, int depth) {
      String tag =
          switch (items.style()) {
            case ORDERED -> "ol";
            case BULLET -> "ul";
            case TREE -> "ul class=\"tree\"";
          };
      String close = items.style() == Doc.Style.ORDERED ? "ol" : "ul";
      out.append('<').append(tag).append(">\n");
      for (Item item : items.items()) {
        out.append("<li><p>");
        line(item.head());
        out.append("</p>");
        for (Line detail : item.details()) {
          out.append("<p class=\"detail\">");
          line(detail);
          out.append("</p>");
        }
        for (Block child : item.children()) {
          out.append('\n');
          block(child, depth);
        }
        out.append("</li>\n");
      }
      out.append("</").append(close).append(">\n");
    }

    private void table(Table table) {
      out.append("<table>\n<thead><tr>");
      for (String header : table.headers()) {
        out.append("<th scope=\"col\">");
        Safe.html(out, header);
        out.append("</th>");
      }
      out.append("</tr></thead>\n<tbody>\n");
      for (List<Line> row : table.rows()) {
        out.append("<tr>");
        for (int c = 0; c < row.size(); c++) {
          out.append(c == 0 ? "<th scope=\"row\">" : "<td>");
          line(row.get(c));
          out.append(c == 0 ? "</th>" : "</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }

    /**
     * A stacked bar of the three shares, with a title and description, then a legend that says the
     * same.
     */
    private void mix(Mix mix) {
      String title = words.get("mix.title", "year", Integer.toString(mix.mix().year()));
      String[] labels = {
        words.get("mix.market"), words.get("mix.nonMarket"), words.get("mix.nonMonetary")
      };
      BigDecimal[] shares = {
        mix.shares().market(), mix.shares().nonMarket(), mix.shares().nonMonetary()
      };
      Amount[] amounts = {mix.mix().market(), mix.mix().nonMarket(), mix.mix().nonMonetary()};
      StringBuilder description = new StringBuilder(96);
      for (int i = 0; i < 3; i++) {
        if (i > 0) {
          description.append(", ");
        }
        description.append(labels[i]).append(' ').append(words.percent(shares[i]));
      }
      out.append("<section>\n<h2>");
      Safe.html(out, title);
      out.append("</h2>\n<figure>\n<figcaption>");
      Safe.html(out, title);
      out.append(" — ");
      Safe.html(out, words.get("mix.total", "amount", words.amount(mix.mix().total())));
      out.append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
          .append(
              " aria-labelledby=\"mix-title mix-desc\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\">\n")
          .append("<title id=\"mix-title\">");
      Safe.html(out, title);
      out.append("</title>\n<desc id=\"mix-desc\">");
      Safe.html(out, description.toString());
      out.append("</desc>\n");
      BigDecimal x = BigDecimal.ZERO;
      for (int i = 0; i < 3; i++) {
        if (shares[i].signum() > 0) {
          out.append("<rect x=\"")
              .append(x.toPlainString())
              .append("\" y=\"0\" width=\"")
              .append(shares[i].toPlainString())
              .append("\" height=\"10\" fill=\"")
              .append(MIX_COLOURS[i])
              .append("\"><title>");
          Safe.html(out, labels[i] + " " + words.percent(shares[i]));
          out.append("</title></rect>\n");
          x = x.add(shares[i]);
        }
      }
      out.append("</svg>\n<ul class=\"legend\">\n");
      for (int i = 0; i < 3; i++) {
        out.append("<li><span class=\"swatch\" style=\"background: ")
            .append(MIX_COLOURS[i])
            .append("\"></span>");
        Safe.html(out, labels[i] + words.colon());
        out.append("<strong>");
        Safe.html(out, words.percent(shares[i]));
        out.append("</strong> (");
        Safe.html(out, words.amount(amounts[i]));
        out.append(")</li>\n");
      }
      out.append("</ul>\n</figure>\n</section>\n");
    }

    /** The line as markup. */
    private void line(Line line) {
      for (Inline part : line.parts) {
        if (part instanceof Plain p) {
          Safe.html(out, p.text());
        } else if (part instanceof Name n) {
          Safe.html(out, n.text());
        } else if (part instanceof Code c) {
          out.append("<code>");
          Safe.html(out, c.text());
          out.append("</code>");
        } else if (part instanceof Strong s) {
          out.append("<strong>");
          Safe.html(out, s.text());
          out.append("</strong>");
        } else if (part instanceof Em e) {
          out.append("<em>");
          Safe.html(out, e.text());
          out.append("</em>");
        } else if (part instanceof Link l) {
          link(l);
        } else if (part instanceof Badge b) {
          String tag = b.strong() ? "strong" : "span";
          out.append('<')
              .append(tag)
              .append(" class=\"badge ")
              .append(toneClass(b.tone()))
              .append("\"><span aria-hidden=\"true\">")
              .append(b.symbol())
              .append("</span> ");
          Safe.html(out, b.word());
          out.append("</").append(tag).append('>');
        }
      }
    }

    /** The line as plain text, escaped (for the document title). */
    private void text(Line line) {
      for (Inline part : line.parts) {
        if (part instanceof Plain p) {
          Safe.html(out, p.text());
        } else if (part instanceof Name n) {
          Safe.html(out, n.text());
        } else if (part instanceof Code c) {
          Safe.html(out, c.text());
        } else if (part instanceof Strong s) {
          Safe.html(out, s.text());
        } else if (part instanceof Em e) {
          Safe.html(out, e.text());
        } else if (part instanceof Link l) {
          Safe.html(out, l.text());
        } else if (part instanceof Badge b) {
          Safe.html(out, b.symbol() + " " + b.word());
        }
      }
    }

    /** A link, only to an http(s) address; any other address is shown as text. */
    private void link(Link link) {
      String url = link.url();
      if (!url.startsWith("https://") && !url.startsWith("http://")) {
        Safe.html(out, link.text());
        return;
      }
      out.append("<a href=\"");
      Safe.html(out, url);
      out.append(link.text().equals(url) ? "\">" : "\" class=\"cite\">");
      Safe.html(out, link.text());
      out.append("</a>");
    }

    private static String toneClass(Tone tone) {
      return switch (tone) {
        case POSITIVE -> "t-pos";
        case NEGATIVE -> "t-neg";
        case UNKNOWN -> "t-unk";
        case NEUTRAL -> "t-neu";
      };
    }
  }
}
