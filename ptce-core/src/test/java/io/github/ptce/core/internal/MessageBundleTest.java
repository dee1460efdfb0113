package io.github.ptce.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageBundleTest {

  @Test
  void substitutesEachPlaceholderOnceAndNeverInterpretsArguments() {
    assertEquals("a ${x} b {y} c", MessageBundle.substitute("a {v} b {w} c", Map.of("v", "${x}", "w", "{y}")));
    assertEquals("#{1+1}", MessageBundle.substitute("{v}", Map.of("v", "#{1+1}")));
    assertEquals("{v}", MessageBundle.substitute("{v}", Map.of("v", "{v}")));
  }

  @Test
  void leavesUnknownPlaceholdersAndLoneBracesAlone() {
    assertEquals("{unknown} x {", MessageBundle.substitute("{unknown} {v} {", Map.of("v", "x")));
    assertEquals("no placeholder", MessageBundle.substitute("no placeholder", Map.of("v", "x")));
    assertEquals("{v}", MessageBundle.substitute("{v}", Map.of()));
  }

  @Test
  void choosesFrenchForAnyFrenchLocaleAndEnglishOtherwise() {
    MessageBundle bundle = Texts.bundle();
    assertTrue(MessageBundle.isFrench(Locale.CANADA_FRENCH));
    assertFalse(MessageBundle.isFrench(Locale.ENGLISH));
    assertFalse(MessageBundle.isFrench(Locale.forLanguageTag("tr-TR")));
    assertEquals("Ne doit pas être vide.", bundle.template(Locale.forLanguageTag("fr-BE"), "constraint.notBlank"));
    assertEquals("Must not be empty or blank.", bundle.template(Locale.JAPANESE, "constraint.notBlank"));
    assertEquals("missing.key", bundle.template(Locale.FRENCH, "missing.key"));
    assertTrue(bundle.contains("json.empty"));
    assertFalse(bundle.contains("missing.key"));
    assertEquals(Texts.BASE_NAME, bundle.baseName());
  }

  @Test
  void anArgumentKindChoosesTheTextOfTheCodeAndKindWhenThereIsOne() {
    MessageBundle bundle = Texts.bundle();
    assertEquals("json.syntax.missingColon", bundle.key("json.syntax", Map.of("kind", "missingColon")));
    assertEquals("json.syntax", bundle.key("json.syntax", Map.of("kind", "noSuchKind")));
    assertEquals("json.syntax", bundle.key("json.syntax", Map.of("kind", "")));
    assertEquals("json.syntax", bundle.key("json.syntax", Map.of("line", "1")));
    assertEquals("constraint.notBlank", bundle.key("constraint.notBlank", Map.of()));
  }

  @Test
  void aBundleWithoutItsEnglishFileIsAnError() {
    assertThrows(IllegalStateException.class, () -> MessageBundle.load(MessageBundleTest.class, "no/such/Bundle"));
  }

  @Test
  void aBundleWithoutFrenchFallsBackToEnglish() {
    // A test bundle with an English file only: the English text serves both languages.
    MessageBundle bundle = MessageBundle.load(MessageBundleTest.class, "io/github/ptce/core/internal/OnlyEnglish");
    assertEquals("Hello {name}.", bundle.template(Locale.FRENCH, "greeting"));
    assertEquals("Hello Zoé.", bundle.format(Locale.FRENCH, "greeting", Map.of("name", "Zoé")));
    assertTrue(bundle.keys(true).isEmpty());
  }
}
