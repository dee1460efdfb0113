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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Plain text for terminals: UTF-8, at most {@value #WIDTH} columns (counted in code points), no
 * escape sequences, {@code \n} line ends. Names the user gave are shortened and cleaned with {@link
 * Texts#quoteInput}; every other text has its control characters replaced.
 */
final class TextRenderer implements ReportRenderer {
  static final TextRenderer INSTANCE = new TextRenderer();

  /** The widest line written. */
  static final int WIDTH = 100;

  private TextRenderer() {}

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String mediaType() {
    return "text/plain; charset=utf-8";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public void render(EligibilityReport report, Locale locale, Writer out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    new Writing(out, Words.of(locale)).document(new Outline(Words.of(locale)).report(report));
  }

  @Override
  public void render(Overview overview, Locale locale, Writer out) {
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(out, "out");
    new Writing(out, Words.of(locale)).document(new Outline(Words.of(locale)).overview(overview));
  }

  /** One rendering: a buffer written out block by block. Confined to one thread. */
  private static final class Writing {
    private static final int FLUSH_AT = 8192;
    private final StringBuilder out = new StringBuilder(FLUSH_AT + 1024);
    private final Writer sink;
    private boolean blank = true;
    private final Words words;

    Writing(Writer sink, Words words) {
      this.sink = sink;
      this.words = words;
    }

    void document(Section root) {
      String title = plain(root.heading());
      for (String line : lines(title, WIDTH, WIDTH)) {
        out.append(line).append('\n');
      }
      repeat('═', Math.min(WIDTH, Safe.width(title)));
      out.append("\n\n");
      blank = true;
      for (Block block : root.body()) {
        block(block, 2, 0);
      }
      Safe.finish(out, sink);
    }

    private void block(Block block, int depth, int indent) {
      if (block instanceof Section section) {
        section(section, depth, indent);
      } else if (block instanceof Para para) {
        wrap(plain(para.line()), indent, "", indent);
      } else if (block instanceof Fields fields) {
        fields(fields, indent);
      } else if (block instanceof Items items) {
        items(items, indent);
      } else if (block instanceof Table table) {
        table(table, indent);
      } else if (block instanceof Mix mix) {
        blankLine();
        wrap(mix(mix), indent, "", indent);
      }
      if (out.length() > FLUSH_AT) {
        Safe.drain(out, sink);
      }
    }

    private void section(Section section, int depth, int indent) {
      blankLine();
      String title = plain(section.heading());
      wrap(title, indent, "", indent);
      if (depth == 2) {
        repeat('─', Math.min(WIDTH - indent, Safe.width(title)));
        out.append('\n');
      }
      int inner = depth == 2 ? indent : indent + 2;
      for (Block block : section.body()) {
        block(block, depth + 1, inner);
      }
    }

    private void blankLine() {
      if (!blank) {
        out.append('\n');
        blank = true;
      }
    }

    private void fields(Fields fields, int indent) {
      int labelWidth = 0;
      for (Field field : fields.fields()) {
        labelWidth = Math.max(labelWidth, Safe.width(field.label()));
      }
      int valueIndent = indent + labelWidth + 2;
      for (Field field : fields.fields()) {
        String label = Safe.line(field.label());
        StringBuilder prefix = new StringBuilder(labelWidth + 2).append(label);
        for (int i = Safe.width(label); i < labelWidth + 2; i++) {
          prefix.append(' ');
        }
        wrap(plain(field.value()), indent, prefix.toString(), valueIndent);
      }
    }

    private void items(Items items, int indent) {
      int number = 1;
      for (Item item : items.items()) {
        String mark =
            switch (items.style()) {
              case BULLET -> "- ";
              case ORDERED -> (number++) + ". ";
              case TREE -> "";
            };
        int rest = indent + (items.style() == Style.TREE ? 4 : mark.length());
        wrap(plain(item.head()), indent, mark, rest);
        for (Line detail : item.details()) {
          wrap(plain(detail), rest, "", rest);
        }
        for (Block child : item.children()) {
          block(child, 4, indent + 2);
        }
      }
    }

    private void table(Table table, int indent) {
      int columns = table.headers().size();
      String[][] cells = new String[table.rows().size()][columns];
      int[] natural = new int[columns];
      for (int c = 0; c < columns; c++) {
        natural[c] = Safe.width(table.headers().get(c));
      }
      for (int r = 0; r < cells.length; r++) {
        for (int c = 0; c < columns; c++) {
          cells[r][c] = plain(table.rows().get(r).get(c));
          natural[c] = Math.max(natural[c], Safe.width(cells[r][c]));
        }
      }
      int available = WIDTH - indent - 2 * (columns - 1);
      int[] widths = natural.clone();
      int sum = 0;
      for (int width : natural) {
        sum += width;
      }
      if (sum > available) {
        int used = 0;
        for (int c = 0; c < columns - 1; c++) {
          widths[c] = Math.min(natural[c], 30);
          used += widths[c];
        }
        widths[columns - 1] = Math.max(10, available - used);
      }
      String[] header = new String[columns];
      for (int c = 0; c < columns; c++) {
        header[c] = Safe.line(table.headers().get(c));
      }
      row(header, widths, indent);
      indent(indent);
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          out.append("  ");
        }
        repeat('─', widths[c]);
      }
      out.append('\n');
      for (String[] cellRow : cells) {
        row(cellRow, widths, indent);
      }
      blank = false;
    }

    private void row(String[] cells, int[] widths, int indent) {
      List<List<String>> wrapped = new ArrayList<>(cells.length);
      int height = 1;
      for (int c = 0; c < cells.length; c++) {
        List<String> lines = lines(cells[c], widths[c], widths[c]);
        wrapped.add(lines);
        height = Math.max(height, lines.size());
      }
      for (int l = 0; l < height; l++) {
        int start = out.length();
        indent(indent);
        for (int c = 0; c < cells.length; c++) {
          if (c > 0) {
            out.append("  ");
          }
          String text = l < wrapped.get(c).size() ? wrapped.get(c).get(l) : "";
          out.append(text);
          for (int i = Safe.width(text); i < widths[c]; i++) {
            out.append(' ');
          }
        }
        int end = out.length();
        while (end > start && out.charAt(end - 1) == ' ') {
          end--;
        }
        out.setLength(end);
        out.append('\n');
      }
    }

    private String mix(Mix mix) {
      StringBuilder line = new StringBuilder(160);
      line.append(words.get("mix.title", "year", Integer.toString(mix.mix().year())))
          .append(words.colon())
          .append(words.get("mix.market"))
          .append(' ')
          .append(words.percent(mix.shares().market()))
          .append(" (")
          .append(words.amount(mix.mix().market()))
          .append(") · ")
          .append(words.get("mix.nonMarket"))
          .append(' ')
          .append(words.percent(mix.shares().nonMarket()))
          .append(" (")
          .append(words.amount(mix.mix().nonMarket()))
          .append(") · ")
          .append(words.get("mix.nonMonetary"))
          .append(' ')
          .append(words.percent(mix.shares().nonMonetary()))
          .append(" (")
          .append(words.amount(mix.mix().nonMonetary()))
          .append("). ")
          .append(words.get("mix.total", "amount", words.amount(mix.mix().total())));
      return line.toString();
    }

    /** The line as text: names shortened, links as their text, badges as symbol and word. */
    private static String plain(Line line) {
      StringBuilder text = new StringBuilder(80);
      for (Inline part : line.parts) {
        if (part instanceof Plain p) {
          text.append(Safe.line(p.text()));
        } else if (part instanceof Name n) {
          text.append(Texts.quoteInput(n.text()));
        } else if (part instanceof Code c) {
          text.append(Safe.line(c.text()));
        } else if (part instanceof Strong s) {
          text.append(Safe.line(s.text()));
        } else if (part instanceof Em e) {
          text.append(Safe.line(e.text()));
        } else if (part instanceof Link l) {
          text.append(Safe.line(l.text()));
        } else if (part instanceof Badge b) {
          text.append(b.symbol()).append(' ').append(b.word());
        }
      }
      return text.toString();
    }

    /**
     * Writes text from {@code indent}, after a prefix, wrapped; later lines start at {@code rest}.
     */
    private void wrap(String text, int indent, String prefix, int rest) {
      int first = WIDTH - indent - Safe.width(prefix);
      List<String> lines = lines(text, first, WIDTH - rest);
      for (int i = 0; i < lines.size(); i++) {
        if (i == 0) {
          indent(indent);
          out.append(prefix);
        } else {
          indent(rest);
        }
        out.append(lines.get(i)).append('\n');
      }
      blank = false;
    }

    private void indent(int columns) {
      for (int i = 0; i < columns; i++) {
        out.append(' ');
      }
    }

    private void repeat(char c, int count) {
      for (int i = 0; i < count; i++) {
        out.append(c);
      }
    }
  }

  /**
   * Breaks text into lines at spaces: the first at most {@code first} code points wide, the others
   * at most {@code rest}; a word wider than a line is cut, except a JSON path ({@code $.…}), which
   * is kept whole so that it can be copied (the engine's paths have no spaces; the longest, of an
   * assessment, can pass the width). Always at least one line, possibly empty.
   */
  static List<String> lines(String text, int first, int rest) {
    List<String> lines = new ArrayList<>(2);
    StringBuilder line = new StringBuilder(Math.max(16, first));
    int limit = Math.max(1, first);
    int width = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i == n) {
        break;
      }
      int end = i;
      while (end < n && text.charAt(end) != ' ') {
        end++;
      }
      int wordWidth = Character.codePointCount(text, i, end);
      if (width > 0 && width + 1 + wordWidth > limit) {
        lines.add(line.toString());
        line.setLength(0);
        width = 0;
        limit = Math.max(1, rest);
      }
      if (width > 0) {
        line.append(' ');
        width++;
      }
      boolean path = text.startsWith("$.", i);
      while (!path && width + wordWidth > limit) {
        int fit = limit - width;
        if (fit <= 0) {
          lines.add(line.toString());
          line.setLength(0);
          width = 0;
          limit = Math.max(1, rest);
          continue;
        }
        int cut = text.offsetByCodePoints(i, fit);
        line.append(text, i, cut);
        lines.add(line.toString());
        line.setLength(0);
        width = 0;
        limit = Math.max(1, rest);
        wordWidth -= fit;
        i = cut;
      }
      line.append(text, i, end);
      width += wordWidth;
      i = end;
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
