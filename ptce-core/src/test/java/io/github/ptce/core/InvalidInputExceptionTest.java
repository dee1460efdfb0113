package io.github.ptce.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

  @Test
  void listsTheViolationsInPathOrderAsDocumented() {
    Violation late = Violation.of("$.members[10].role", "cluster.secondCarrier");
    Violation early = Violation.of("$.members[2].stakeholder.id", "cluster.duplicateMember");
    Violation root = Violation.of("$", "json.empty");
    InvalidInputException e = new InvalidInputException(List.of(late, early, root));
    assertEquals(List.of(root, early, late), e.violations());
    assertTrue(e.getMessage().startsWith("3 violation(s): $ [json.empty]"), e.getMessage());
  }

  @Test
  void needsAtLeastOneViolation() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(List.of()));
    assertThrows(NullPointerException.class, () -> new InvalidInputException(null));
  }

  @Test
  void summarisesFiveViolationsAtMost() {
    List<Violation> many =
        java.util.stream.IntStream.range(0, 7)
            .mapToObj(
                i -> Violation.of("$.members[" + i + "].stakeholder.name", "constraint.notBlank"))
            .toList();
    InvalidInputException e = new InvalidInputException(many);
    assertEquals(7, e.violations().size());
    assertTrue(e.getMessage().endsWith("; …"), e.getMessage());
    assertEquals(5, e.getMessage().split("; \\$").length);
  }

  @Test
  void messagesArePathAndTextInTheLanguageAsked() {
    InvalidInputException e =
        new InvalidInputException(List.of(Violation.of("$.name", "constraint.notBlank")));
    assertEquals(List.of("$.name: Must not be empty or blank."), e.messages(Locale.ENGLISH));
    assertEquals(List.of("$.name: Ne doit pas être vide."), e.messages(Locale.FRANCE));
  }

  @Test
  void recordsNoStackTrace() {
    assertEquals(
        0,
        new InvalidInputException(List.of(Violation.of("$", "json.empty"))).getStackTrace().length);
  }
}
