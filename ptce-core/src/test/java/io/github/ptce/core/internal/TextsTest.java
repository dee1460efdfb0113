package io.github.ptce.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void quoteInputShortensAndReplacesControlCharacters() {
    assertEquals("null", Texts.quoteInput(null));
    assertEquals("abc", Texts.quoteInput("abc"));
    assertEquals("a\uFFFDb\uFFFD", Texts.quoteInput("a\nb\u0000"));
    assertEquals("x".repeat(60) + "…", Texts.quoteInput("x".repeat(61)));
    assertEquals("x".repeat(60), Texts.quoteInput("x".repeat(60)));
    assertEquals(
        "\uD83C\uDF0D", Texts.quoteInput("\uD83C\uDF0D"), "an emoji is one character and is kept");
    assertEquals("a\uFFFDb", Texts.quoteInput("a\uD83Cb"), "a lone surrogate is replaced");
    assertEquals(
        "x".repeat(59) + "\uD83C\uDF0D…",
        Texts.quoteInput("x".repeat(59) + "\uD83C\uDF0D" + "y"),
        "the cut never splits a character");
  }

  @Test
  void similarityFindsCloseWordsOnly() {
    List<String> names = List.of("name", "description", "members", "perimeter");
    assertEquals(Optional.of("description"), Similarity.closest("descripton", names));
    assertEquals(Optional.of("name"), Similarity.closest("NAME", names));
    assertEquals(Optional.of("members"), Similarity.closest("member", names));
    assertEquals(Optional.empty(), Similarity.closest("colour", names));
    assertEquals(Optional.empty(), Similarity.closest("x".repeat(101), names));
    assertEquals(3, Similarity.distance("kitten", "sitting"));
  }

  @Test
  void luhnAndCompact() {
    assertEquals(true, Checks.luhn("200039857"));
    assertEquals(false, Checks.luhn("200039858"));
    assertEquals("356000000", Checks.compact(" 356\u00A0000\u202F000\t"));
    String already = "356000000";
    assertSame(already, Checks.compact(already), "a compact string is not copied");
    @SuppressWarnings(
        "UnnecessaryStringBuilder") // a CharSequence that is not a String is what is tested
    CharSequence builder = new StringBuilder("356 000 000");
    assertEquals("356000000", Checks.compact(builder));
  }

  @Test
  void compactRemovesTheSpacesOfIdentifiersAndNothingElse() {
    // Texts of digits, the four spaces and other blanks that are kept (line feed, em space), in any
    // order.
    String alphabet = "0123456789 \u00A0\u202F\t\n\u2003ab";
    qt().withFixedSeed(20_261_126L)
        .withExamples(5_000)
        .forAll(integers().between(0, 40), integers().allPositive())
        .checkAssert(
            (length, seed) -> {
              java.util.Random random = new java.util.Random(seed);
              StringBuilder text = new StringBuilder();
              for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
              }
              String expected = text.toString().replaceAll("[ \u00A0\u202F\t]", "");
              assertEquals(expected, Checks.compact(text.toString()), text.toString());
              assertEquals(expected, Checks.compact(text), text.toString());
            });
  }
}
