package io.github.ptce.rules.render;

import io.github.ptce.core.internal.Texts;
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
import io.github.ptce.rules.render.Doc.Style;
import io.github.ptce.rules.render.Doc.Table;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * GitHub-flavoured Markdown: headings, lists with hard line breaks ({@code \} at the end of a
 * line), pipe tables. Text from messages and from the user is escaped so that it is shown as
 * written and never becomes emphasis, a link, raw HTML or a table cell; names are shortened with
 * {@link Texts#quoteInput}.
 */
final class MarkdownRenderer implements ReportRenderer {
  static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

  private MarkdownRenderer() {}

  @Override
  public String format() {
    return "md";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=utf-8; variant=GFM";
  }

  @Override
  public String fileExtension() {
    return "md";
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
    private final StringBuilder out = new StringBuilder(FLUSH_AT + 1024);
    private final Writer sink;
    private final Words words;

    Writing(Writer sink, Words words) {
      this.sink = sink;
      this.words = words;
    }

    void document(Section root) {
      section(root, 1);
      // One final line end, not two.
      out.setLength(out.length() - 1);
      Safe.finish(out, sink);
    }

    private void section(Section section, int depth) {
      for (int i = 0; i < Math.min(depth, 6); i++) {
        out.append('#');
      }
      out.append(' ');
      line(section.heading());
      out.append("\n\n");
      for (Block block : section.body()) {
        block(block, depth + 1);
      }
    }

    private void block(Block block, int depth) {
      if (block instanceof Section section) {
        section(section, depth);
      } else if (block instanceof Para para) {
        int start = out.length();
        line(para.line());
        Safe.markdownLineStart(out, start);
        out.append("\n\n");
      } else if (block instanceof Fields fields) {
        for (Field field : fields.fields()) {
          out.append("- **");
          Safe.markdown(out, field.label());
          out.append("**");
          Safe.markdown(out, words.colon());
          line(field.value());
          out.append('\n');
        }
        out.append('\n');
      } else if (block instanceof Items items) {
        items(items, "");
        out.append('\n');
      } else if (block instanceof Table table) {
        table(table);
      } else if (block instanceof Mix mix) {
        mix(mix);
      }
      if (out.length() > FLUSH_AT) {
        // Keep the last line ends: the document ends with one, not two.
        Safe.drain(out, sink, 2);
      }
    }

    private void items(Items items, String indent) {
      int number = 1;
      for (Item item : items.items()) {
        String mark = items.style() == Style.ORDERED ? (number++) + ". " : "- ";
        String inner = indent + " ".repeat(mark.length());
        out.append(indent).append(mark);
        int start = out.length();
        line(item.head());
        Safe.markdownLineStart(out, start);
        for (Line detail : item.details()) {
          out.append("\\\n").append(inner);
          start = out.length();
          line(detail);
          Safe.markdownLineStart(out, start);
        }
        out.append('\n');
        for (Block child : item.children()) {
          if (child instanceof Items nested) {
            items(nested, inner);
          }
        }
      }
    }

    private void table(Table table) {
      out.append('|');
      for (String header : table.headers()) {
        out.append(' ');
        Safe.markdown(out, header);
        out.append(" |");
      }
      out.append("\n|");
      for (int c = 0; c < table.headers().size(); c++) {
        out.append(" --- |");
      }
      out.append('\n');
      for (List<Line> row : table.rows()) {
        out.append('|');
        for (Line cell : row) {
          out.append(' ');
          line(cell);
          out.append(" |");
        }
        out.append('\n');
      }
      out.append('\n');
    }

    private void mix(Mix mix) {
      out.append("**");
      Safe.markdown(out, words.get("mix.title", "year", Integer.toString(mix.mix().year())));
      out.append("**\n\n");
      share(
          words.get("mix.market"),
          words.percent(mix.shares().market()),
          words.amount(mix.mix().market()));
      share(
          words.get("mix.nonMarket"),
          words.percent(mix.shares().nonMarket()),
          words.amount(mix.mix().nonMarket()));
      share(
          words.get("mix.nonMonetary"),
          words.percent(mix.shares().nonMonetary()),
          words.amount(mix.mix().nonMonetary()));
      out.append("- ");
      Safe.markdown(out, words.get("mix.total", "amount", words.amount(mix.mix().total())));
      out.append("\n\n");
    }

    private void share(String label, String percent, String amount) {
      out.append("- ");
      Safe.markdown(out, label);
      Safe.markdown(out, words.colon());
      out.append("**");
      Safe.markdown(out, percent);
      out.append("** (");
      Safe.markdown(out, amount);
      out.append(")\n");
    }

    private void line(Line line) {
      for (Inline part : line.parts) {
        if (part instanceof Plain p) {
          Safe.markdown(out, p.text());
        } else if (part instanceof Name n) {
          Safe.markdown(out, Texts.quoteInput(n.text()));
        } else if (part instanceof Code c) {
          out.append('`').append(Safe.line(c.text()).replace('`', '\'')).append('`');
        } else if (part instanceof Strong s) {
          out.append("**");
          Safe.markdown(out, s.text().strip());
          out.append("**");
        } else if (part instanceof Em e) {
          out.append('*');
          Safe.markdown(out, e.text().strip());
          out.append('*');
        } else if (part instanceof Link l) {
          if (!l.url().startsWith("https://") && !l.url().startsWith("http://")) {
            // Only web addresses become links.
            Safe.markdown(out, l.text());
            continue;
          }
          out.append('[');
          Safe.markdown(out, l.text());
          out.append("](");
          url(l.url());
          out.append(')');
        } else if (part instanceof Badge b) {
          if (b.strong()) {
            out.append("**");
          }
          out.append(b.symbol()).append(' ');
          Safe.markdown(out, b.word());
          if (b.strong()) {
            out.append("**");
          }
        }
      }
    }

    /** Writes a link destination with the characters that would end it percent-encoded. */
    private void url(String url) {
      String safe = Safe.line(url);
      for (int i = 0; i < safe.length(); i++) {
        char c = safe.charAt(i);
        switch (c) {
          case ' ' -> out.append("%20");
          case '(' -> out.append("%28");
          case ')' -> out.append("%29");
          case '<' -> out.append("%3C");
          case '>' -> out.append("%3E");
          default -> out.append(c);
        }
      }
    }
  }
}
