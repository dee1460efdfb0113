package io.github.ptce.rules.render;

import io.github.ptce.core.resources.MixShares;
import io.github.ptce.core.resources.ResourceMix;
import java.util.ArrayList;
import java.util.List;

/**
 * The outline of a human-readable document — sections, paragraphs, fields, lists, tables and a
 * resource chart, made of inline pieces — that the text, Markdown and HTML renderers each write in
 * their own syntax.
 *
 * <p>What a report shows is decided once, in {@link Outline}; how it looks, and how each piece of
 * text is escaped, in the three writers. Every {@link Plain} and {@link Name} is text from a
 * message or from the user and is escaped by the writer; nothing in the outline is markup.
 */
final class Doc {
  private Doc() {}

  /** The tone of an outcome: the writers pick a class, never a colour alone. */
  enum Tone {
    POSITIVE,
    NEGATIVE,
    UNKNOWN,
    NEUTRAL
  }

  /** A piece of a line. */
  sealed interface Inline permits Plain, Name, Code, Strong, Em, Link, Badge {}

  /** Text from a message or a label. */
  record Plain(String text) implements Inline {}

  /** A name the user gave (cluster, member): text and Markdown shorten it, HTML shows it whole. */
  record Name(String text) implements Inline {}

  /** An identifier or a JSON path. */
  record Code(String text) implements Inline {}

  /** Strong text. */
  record Strong(String text) implements Inline {}

  /** Emphasised text. */
  record Em(String text) implements Inline {}

  /** A link; the URL is shown in text. */
  record Link(String text, String url) implements Inline {}

  /** An outcome: a symbol and a word, with a tone; strong for a scheme outcome. */
  record Badge(Tone tone, String symbol, String word, boolean strong) implements Inline {}

  /** A line of inline pieces. Not thread-safe while it is built. */
  static final class Line {
    final List<Inline> parts = new ArrayList<>(6);

    Line text(String text) {
      parts.add(new Plain(text));
      return this;
    }

    Line name(String name) {
      parts.add(new Name(name));
      return this;
    }

    Line code(String code) {
      parts.add(new Code(code));
      return this;
    }

    Line strong(String text) {
      parts.add(new Strong(text));
      return this;
    }

    Line em(String text) {
      parts.add(new Em(text));
      return this;
    }

    Line link(String text, String url) {
      parts.add(new Link(text, url));
      return this;
    }

    Line badge(Badge badge) {
      parts.add(badge);
      return this;
    }
  }

  /** A block of a document. */
  sealed interface Block permits Section, Para, Fields, Items, Table, Mix {}

  /** A section: a heading and its body; its depth (1 for the document) gives the heading level. */
  record Section(Line heading, List<Block> body) implements Block {
    Section(Line heading) {
      this(heading, new ArrayList<>());
    }

    Section add(Block block) {
      body.add(block);
      return this;
    }
  }

  /** A paragraph. */
  record Para(Line line) implements Block {}

  /** Labelled values, e.g. the evaluation date. */
  record Fields(List<Field> fields) implements Block {
    Fields() {
      this(new ArrayList<>());
    }

    Fields add(String label, Line value) {
      fields.add(new Field(label, value));
      return this;
    }
  }

  /**
   * One labelled value.
   *
   * @param label the label
   * @param value the value
   */
  record Field(String label, Line value) {}

  /** How the items of a list are marked. */
  enum Style {
    /** With bullets. */
    BULLET,
    /** Numbered from 1. */
    ORDERED,
    /** Without marks: each item starts with an outcome badge (criteria trees). */
    TREE
  }

  /** A list. */
  record Items(Style style, List<Item> items) implements Block {
    Items(Style style) {
      this(style, new ArrayList<>());
    }

    Items add(Item item) {
      items.add(item);
      return this;
    }
  }

  /**
   * An item: a first line, detail lines under it, and nested blocks.
   *
   * @param head the first line
   * @param details the lines under it
   * @param children nested lists
   */
  record Item(Line head, List<Line> details, List<Block> children) {
    Item(Line head) {
      this(head, new ArrayList<>(4), new ArrayList<>(0));
    }

    Item detail(Line line) {
      details.add(line);
      return this;
    }
  }

  /** A table whose first column names the rows. */
  record Table(List<String> headers, List<List<Line>> rows) implements Block {
    Table(List<String> headers) {
      this(headers, new ArrayList<>());
    }
  }

  /**
   * The resource mix of one year: a chart in HTML, a line elsewhere.
   *
   * @param mix the year's resources
   * @param shares their shares
   */
  record Mix(ResourceMix mix, MixShares shares) implements Block {}
}
