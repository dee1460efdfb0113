package io.github.ptce.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void thePathIsAJsonPathFromTheRoot() {
    assertThrows(IllegalArgumentException.class, () -> Violation.of("members[0]", "json.empty"));
    assertThrows(NullPointerException.class, () -> Violation.of(null, "json.empty"));
    assertThrows(NullPointerException.class, () -> Violation.of("$", null));
    assertEquals("$", Violation.of("$", "json.empty").path());
  }

  @Test
  void argumentsAreCopied() {
    Map<String, String> arguments = new HashMap<>(Map.of("value", "x"));
    Violation violation = Violation.of("$.name", "json.enum", arguments);
    arguments.put("value", "y");
    assertEquals("x", violation.arguments().get("value"));
    assertThrows(UnsupportedOperationException.class, () -> violation.arguments().put("a", "b"));
  }

  @Test
  void messagesInFrenchAndEnglish() {
    Violation violation = Violation.of("$.foundedOn", "json.date", Map.of("value", "2021-02-30"));
    assertEquals(
        "\"2021-02-30\" is not a date: expected an existing calendar date written yyyy-MM-dd "
            + "(e.g. 2021-05-12), or a month yyyy-MM (2021-05) or a year yyyy (2021) when the day is not known.",
        violation.message(Locale.ENGLISH));
    assertEquals(
        "« 2021-02-30 » n'est pas une date : une date existante écrite aaaa-MM-jj est attendue "
            + "(par exemple 2021-05-12), ou un mois aaaa-MM (2021-05) ou une année aaaa (2021) quand le jour n'est "
            + "pas connu.",
        violation.message(Locale.FRENCH));
    assertEquals(violation.message(Locale.FRENCH), violation.message(Locale.CANADA_FRENCH));
    assertEquals(violation.message(Locale.ENGLISH), violation.message(Locale.GERMAN));
  }

  @Test
  void anUnknownCodeFallsBackToTheCode() {
    assertEquals("no.such.code", Violation.of("$", "no.such.code").message(Locale.ENGLISH));
  }

  @Test
  void underMovesTheViolationBelowAParent() {
    Violation inner =
        Violation.of("$.leftOn", "period.endBeforeStart", Map.of("start", "a", "end", "b"));
    Violation moved = inner.under("$.members[3]");
    assertEquals("$.members[3].leftOn", moved.path());
    assertEquals(inner.code(), moved.code());
    assertEquals(inner.arguments(), moved.arguments());
    assertEquals("$.perimeter", Violation.of("$", "perimeter.empty").under("$.perimeter").path());
  }

  @Test
  void equalityCoversPathCodeAndArguments() {
    Violation a = Violation.of("$.name", "constraint.notBlank", Map.of("value", ""));
    assertEquals(a, Violation.of("$.name", "constraint.notBlank", Map.of("value", "")));
    assertEquals(
        a.hashCode(),
        Violation.of("$.name", "constraint.notBlank", Map.of("value", "")).hashCode());
    assertNotEquals(a, Violation.of("$.name", "constraint.notBlank", Map.of("value", " ")));
    assertNotEquals(a, Violation.of("$.title", "constraint.notBlank", Map.of("value", "")));
    assertNotEquals(a, Violation.of("$.name", "constraint.size", Map.of("value", "")));
  }

  @Test
  void orderSortsIndicesAsNumbersThenByCode() {
    List<Violation> list =
        new ArrayList<>(
            List.of(
                Violation.of("$.members[10].role", "b"),
                Violation.of("$.members[2].stakeholder.siren", "a"),
                Violation.of("$.members[2].stakeholder.id", "z"),
                Violation.of("$.members[2].stakeholder.id", "a"),
                Violation.of("$.name", "a"),
                Violation.of("$", "a")));
    list.sort(Violation.ORDER);
    assertEquals(
        List.of(
            "$ a",
            "$.members[2].stakeholder.id a",
            "$.members[2].stakeholder.id z",
            "$.members[2].stakeholder.siren a",
            "$.members[10].role b",
            "$.name a"),
        list.stream().map(v -> v.path() + " " + v.code()).toList());
  }

  @Test
  void toStringHasPathCodeAndEnglishText() {
    String text = Violation.of("$.name", "constraint.notBlank").toString();
    assertTrue(text.startsWith("$.name [constraint.notBlank] "), text);
    assertTrue(text.contains("Must not be empty"), text);
  }
}
