package io.github.ptce.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.id.NafCode;
import io.github.ptce.core.id.Rna;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.EpciCode;
import io.github.ptce.core.territory.RegionCode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema's pattern of each identifier and code accepts exactly the strings the reader
 * accepts, but for the keys (a Luhn key is beyond a regular expression, and the descriptions say it
 * is checked): on generated strings near each kind of value (valid values with spaces inserted,
 * characters replaced, removed or doubled) and on random strings of an alphabet with the characters
 * that catch readers out (other white space, letters that {@link String#toUpperCase} turns into
 * ASCII ones, digits of other scripts).
 */
class IdentifierPatternsTest {
  private static final JsonNode DEFS =
      JsonMapper.shared().readTree(PtceJson.clusterSchema()).get("$defs");

  /**
   * One identifier or code: where its pattern is in the schema, its parser, and values to start
   * from.
   */
  record Kind(String pointer, Function<String, ?> parse, List<String> samples) {
    Pattern pattern() {
      JsonNode node = DEFS.at(pointer);
      assertTrue(node.isString(), "no pattern at $defs" + pointer);
      return Pattern.compile(node.stringValue());
    }

    /**
     * Whether the reader accepts the text as far as a pattern can tell: parsed, or refused for its
     * key only.
     */
    boolean accepted(String text) {
      try {
        Object unused = parse.apply(text);
        return true;
      } catch (InvalidValueException e) {
        return e.reason() == Reason.CHECKSUM;
      }
    }
  }

  static final List<Kind> KINDS =
      List.of(
          new Kind(
              "/Perimeter/properties/communes/items/pattern",
              CommuneCode::parse,
              List.of("75056", "2A004", "2b033", "97411", "98735", "06069", "01001")),
          new Kind(
              "/Stakeholder/properties/location/pattern",
              CommuneCode::parse,
              List.of("59350", "2A004")),
          new Kind(
              "/Perimeter/properties/epcis/items/pattern",
              EpciCode::parse,
              List.of("200039857", "200 067 999")),
          new Kind(
              "/Perimeter/properties/departements/items/pattern",
              DepartementCode::parse,
              List.of("06", "2A", "2b", "974", "976", "987", "95")),
          new Kind(
              "/Perimeter/properties/regions/items/pattern",
              RegionCode::parse,
              List.of("32", "01", "11", "975", "989")),
          new Kind(
              "/Stakeholder/properties/legalCategory/pattern",
              LegalCategory::parse,
              List.of("9220", "0000", "5710", "7210")),
          new Kind(
              "/Stakeholder/properties/siren/pattern",
              Siren::parse,
              List.of("123456782", "356 000 000")),
          new Kind(
              "/Stakeholder/properties/siret/pattern",
              Siret::parse,
              List.of("12345678200010", "35600000000001", "356 000 000 00048")),
          new Kind(
              "/Stakeholder/properties/rna/pattern",
              Rna::parse,
              List.of("W123456789", "w12345678a", "W 751 234 567")),
          new Kind(
              "/Project/properties/sector/pattern",
              NafCode::parse,
              List.of("01.11Z", "0111z", "88.99B")));

  /**
   * Spaces the reader removes, other white space it does not, and characters that look like what
   * they are not.
   */
  private static final String ODD =
      " \t\u00A0\u202F\n\r\u2003\u3000\u200B.-_/" + "\u017F\u0131\u00DF\u0663\uFF11\u00C9\u0430";

  private static final String PLAIN = "0123456789ABWZabwz";

  private static Gen<Character> characters() {
    String all = PLAIN + PLAIN + ODD;
    return Generate.range(0, all.length() - 1).map(all::charAt);
  }

  /**
   * A sample changed at random: a character inserted, replaced, removed or doubled, up to three
   * times.
   */
  private static Gen<String> near(List<String> samples) {
    Gen<int[]> edit = Generate.intArrays(Generate.constant(3), Generate.range(0, 1_000));
    return Generate.pick(samples)
        .zip(
            edit,
            Generate.intArrays(Generate.constant(3), Generate.range(0, 3)),
            characters(),
            (sample, positions, operations, c) -> {
              StringBuilder text = new StringBuilder(sample);
              for (int i = 0; i < positions.length; i++) {
                int at = text.length() == 0 ? 0 : positions[i] % (text.length() + 1);
                switch (operations[i]) {
                  case 0 -> text.insert(at, c);
                  case 1 -> {
                    if (at < text.length()) {
                      text.setCharAt(at, c);
                    }
                  }
                  case 2 -> {
                    if (at < text.length()) {
                      text.deleteCharAt(at);
                    }
                  }
                  default -> {
                    if (at < text.length()) {
                      text.insert(at, text.charAt(at));
                    }
                  }
                }
              }
              return text.toString();
            });
  }

  private static Gen<String> random() {
    return Generate.intArrays(
            Generate.range(0, 18), Generate.range(0, PLAIN.length() + ODD.length() - 1))
        .map(
            indices -> {
              String all = PLAIN + ODD;
              StringBuilder text = new StringBuilder();
              for (int i : indices) {
                text.append(all.charAt(i));
              }
              return text.toString();
            });
  }

  @Test
  void theSamplesAreAcceptedByBoth() {
    for (Kind kind : KINDS) {
      Pattern pattern = kind.pattern();
      for (String sample : kind.samples()) {
        assertTrue(kind.accepted(sample), sample);
        assertTrue(pattern.matcher(sample).matches(), kind.pointer() + ": " + sample);
      }
    }
  }

  @Test
  void patternsAndReadersAcceptTheSameStrings() {
    for (Kind kind : KINDS) {
      Pattern pattern = kind.pattern();
      AtomicInteger accepted = new AtomicInteger();
      AtomicInteger refused = new AtomicInteger();
      qt().withFixedSeed(kind.pointer().hashCode())
          .withExamples(3_000)
          .forAll(Generate.oneOf(near(kind.samples()), random()))
          .checkAssert(
              text -> {
                boolean byReader = kind.accepted(text);
                assertEquals(
                    byReader,
                    pattern.matcher(text).matches(),
                    kind.pointer()
                        + ": \""
                        + text.replace("\t", "\\t")
                        + "\" "
                        + text.chars().mapToObj(Integer::toHexString).toList());
                (byReader ? accepted : refused).incrementAndGet();
              });
      // Both sides of the border are really drawn.
      assertTrue(
          accepted.get() > 50 && refused.get() > 50,
          kind.pointer() + ": " + accepted + " accepted, " + refused + " refused");
    }
  }

  @Test
  void lettersThatUpperCaseToAsciiAreRefused() {
    // "ſ" (long s) upper-cases to "S" and "ı" (dotless i) to "I": the readers used to accept them
    // as letters.
    assertFalse(kindAccepts("/Project/properties/sector/pattern", "01.11\u017F"));
    assertFalse(kindAccepts("/Stakeholder/properties/rna/pattern", "W12345678\u0131"));
    assertFalse(kindAccepts("/Stakeholder/properties/rna/pattern", "W1234567\u00DF"));
  }

  private static boolean kindAccepts(String pointer, String text) {
    Kind kind = KINDS.stream().filter(k -> k.pointer().equals(pointer)).findFirst().orElseThrow();
    assertFalse(kind.pattern().matcher(text).matches(), text);
    return kind.accepted(text);
  }
}
