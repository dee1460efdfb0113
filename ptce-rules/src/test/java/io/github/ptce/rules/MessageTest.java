package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTest {
  static final io.github.ptce.core.text.MessageBundle BUNDLE = EngineMessages.BUNDLE;

  @Test
  void aMessageIsAValueOfItsKeyAndArguments() {
    Message a = Message.of(BUNDLE, "scheme.notEligible", Map.of("count", "2"));
    Message same = Message.of(BUNDLE, "scheme.notEligible", Map.of("count", "2"));
    Message otherCount = Message.of(BUNDLE, "scheme.notEligible", Map.of("count", "3"));
    Message otherKey = Message.of(BUNDLE, "scheme.undetermined", Map.of("count", "2"));
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertNotEquals(a, otherCount);
    assertNotEquals(a, otherKey);
    assertNotEquals(a, "scheme.notEligible");
    assertEquals(Map.of("count", "2"), a.arguments());
    assertEquals("Not eligible: criteria not met: 2.", a.toString());
    assertEquals("Non éligible : critères non remplis : 2.", a.text(Locale.CANADA_FRENCH));
  }

  @Test
  void aKeyTheBundleDoesNotHaveIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Message.of(BUNDLE, "scheme.nothing", Map.of()));
    assertTrue(e.getMessage().contains("scheme.nothing"));
  }

  @Test
  void missingFactsAreTheSameFactWhenTheirPathsAre() {
    MissingFact a = new MissingFact("$.perimeter", Message.of(BUNDLE, "scheme.eligible", Map.of()));
    MissingFact b =
        new MissingFact("$.perimeter", Message.of(BUNDLE, "scheme.noCriterionApplies", Map.of()));
    MissingFact c = new MissingFact("$.members", Message.of(BUNDLE, "scheme.eligible", Map.of()));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
    assertNotEquals(a, "$.perimeter");
    assertEquals("$.assessments[?(@.criterionId=='x.y')]", MissingFact.assessmentPath("x.y"));
    assertEquals(
        "$.assessments[?(@.criterionId=='x.y'&&@.member=='m-1')]",
        MissingFact.assessmentPath("x.y", "m-1"));
    assertEquals(
        "$.assessments[?(@.criterionId=='it\\'s \\\\')]",
        MissingFact.assessmentPath("it's \\"),
        "a quote or a backslash is escaped as RFC 9535 says");
    assertTrue(
        new MissingFact(
                MissingFact.assessmentPath("x.y"), Message.of(BUNDLE, "scheme.eligible", Map.of()))
            .isAssessment());
    assertFalse(
        new MissingFact("$.assessmentsDate", Message.of(BUNDLE, "scheme.eligible", Map.of()))
            .isAssessment());
  }
}
