package io.github.ptce.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.internal.Texts;
import java.lang.invoke.MethodHandles;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The message files: languages, placeholders, the kind selector, and how they are found. */
class MessageBundleTest {

  @Test
  void substitutesEachPlaceholderOnceAndNeverInterpretsArguments() {
    assertEquals(
        "a ${x} b {y} c",
        MessageBundle.substitute("a {v} b {w} c", Map.of("v", "${x}", "w", "{y}")));
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
  void placeholdersAreReadAsFormatReadsThem() {
    assertEquals(Set.of("count", "name"), MessageBundle.placeholders("{count} of {name}, {count}"));
    assertEquals(Set.of(), MessageBundle.placeholders("no } placeholder { here"));
    assertEquals(Set.of("a"), MessageBundle.placeholders("{a} and an unclosed {b"));
  }

  @Test
  void choosesFrenchForAnyFrenchLocaleAndEnglishOtherwise() {
    MessageBundle bundle = Texts.bundle();
    assertTrue(MessageBundle.isFrench(Locale.CANADA_FRENCH));
    assertFalse(MessageBundle.isFrench(Locale.ENGLISH));
    assertFalse(MessageBundle.isFrench(Locale.forLanguageTag("tr-TR")));
    assertEquals(
        "Ne doit pas être vide.",
        bundle.template(Locale.forLanguageTag("fr-BE"), "constraint.notBlank"));
    assertEquals(
        "Must not be empty or blank.", bundle.template(Locale.JAPANESE, "constraint.notBlank"));
    assertEquals("missing.key", bundle.template(Locale.FRENCH, "missing.key"));
    assertTrue(bundle.contains("json.empty"));
    assertFalse(bundle.contains("missing.key"));
    assertEquals(Texts.BASE_NAME, bundle.baseName());
  }

  @Test
  void anArgumentKindChoosesTheTextOfTheCodeAndKindWhenThereIsOne() {
    MessageBundle bundle = Texts.bundle();
    assertEquals(
        "json.syntax.missingColon", bundle.key("json.syntax", Map.of("kind", "missingColon")));
    assertEquals("json.syntax", bundle.key("json.syntax", Map.of("kind", "noSuchKind")));
    assertEquals("json.syntax", bundle.key("json.syntax", Map.of("kind", "")));
    assertEquals("json.syntax", bundle.key("json.syntax", Map.of("line", "1")));
    assertEquals("constraint.notBlank", bundle.key("constraint.notBlank", Map.of()));
  }

  @Test
  void aBundleWithoutItsEnglishFileIsAnError() {
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class,
            () -> MessageBundle.load(MethodHandles.lookup(), "/no/such/Bundle"));
    assertEquals(
        "missing message file no/such/Bundle.properties (read on behalf of "
            + MessageBundleTest.class.getName()
            + ")",
        missing.getMessage());
  }

  @Test
  void aRelativeBaseNameIsInThePackageOfTheLookupClassAndAnAbsoluteOneFromTheRoot() {
    MessageBundle relative = MessageBundle.load(MethodHandles.lookup(), "OnlyEnglish");
    MessageBundle absolute =
        MessageBundle.load(MethodHandles.lookup(), "/io/github/ptce/core/text/OnlyEnglish");
    assertEquals("io/github/ptce/core/text/OnlyEnglish", relative.baseName());
    assertEquals(relative.baseName(), absolute.baseName());
    assertEquals(relative.keys(Locale.ENGLISH), absolute.keys(Locale.ENGLISH));
    assertEquals(Texts.BASE_NAME, Texts.bundle().toString());
  }

  @Test
  void onlyTheCallersOwnLookupMayReadItsFiles() {
    IllegalArgumentException publicLookup =
        assertThrows(
            IllegalArgumentException.class,
            () -> MessageBundle.load(MethodHandles.publicLookup(), "OnlyEnglish"));
    assertTrue(
        publicLookup
            .getMessage()
            .startsWith(
                "caller must be MethodHandles.lookup() called in a class of the "
                    + "module that holds the message files (OnlyEnglish)"),
        publicLookup.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            MessageBundle.load(
                MethodHandles.lookup().dropLookupMode(MethodHandles.Lookup.PRIVATE),
                "OnlyEnglish"));
  }

  @Test
  void aBaseNameIsAPathWithoutItsSuffix() {
    for (String wrong : new String[] {"", " ", "/", "OnlyEnglish.properties"}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> MessageBundle.load(MethodHandles.lookup(), wrong));
      assertTrue(
          e.getMessage()
              .startsWith("baseName is the path of the message files without .properties"),
          wrong);
    }
  }

  @Test
  void aBundleWithoutFrenchFallsBackToEnglish() {
    // A test bundle with an English file only: the English text serves both languages.
    MessageBundle bundle = MessageBundle.load(MethodHandles.lookup(), "OnlyEnglish");
    assertEquals("Hello {name}.", bundle.template(Locale.FRENCH, "greeting"));
    assertEquals("Hello Zoé.", bundle.format(Locale.FRENCH, "greeting", Map.of("name", "Zoé")));
    assertTrue(bundle.keys(Locale.FRENCH).isEmpty());
  }
}
