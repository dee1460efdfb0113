package io.github.ptce.core.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Legal forms as published: reading their usual variants, and what all their INSEE categories
 * share.
 */
class LegalFormTest {

  @Test
  void readsTheUsualVariantsIgnoringCaseAccentsAndPunctuation() {
    LegalForm scicSa = LegalForm.parse("SCIC SA");
    for (String text :
        List.of("scic sa", "S.C.I.C. S.A.", "  Scic   SA ", "SCIC société anonyme", "SA SCIC")) {
      assertEquals(scicSa, LegalForm.parse(text), text);
    }
    LegalForm association = LegalForm.parse("association déclarée");
    for (String text :
        List.of(
            "Association loi 1901",
            "association loi de 1901",
            "Association",
            "ASSOCIATION DECLAREE",
            "association de la loi du 1er juillet 1901")) {
      assertEquals(association, LegalForm.parse(text), text);
    }
    assertEquals("SARL", LegalForm.parse("s.a.r.l.").name());
    assertEquals(
        "communauté d'agglomération", LegalForm.parse("Communaute d’agglomeration").name());
    assertEquals("declared association (loi 1901)", association.name(Locale.ENGLISH));
    assertEquals("association déclarée", association.name(Locale.FRENCH));
    assertEquals("association déclarée", association.toString());
  }

  @Test
  void anUnknownNameIsAnErrorWithSuggestionsNeverAGuess() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> LegalForm.parse("SCIC SAA"));
    assertEquals("legalForm.invalidFormat", e.code());
    assertEquals(
        InvalidValueException.Reason.BLANK,
        assertThrows(InvalidValueException.class, () -> LegalForm.parse("  ")).reason());
    assertEquals(Optional.empty(), LegalForm.find("entreprise sociale"));
    List<LegalForm> hints = LegalForm.suggestions("SCIC SAA", 3);
    assertFalse(hints.isEmpty());
    assertTrue(hints.get(0).name().startsWith("SCIC SA"), hints.toString());
    assertEquals("SARL", LegalForm.suggestions("SARLL", 3).get(0).name());
    assertEquals(List.of(), LegalForm.suggestions("zzzzzzzzzzzzzzzz", 3));
  }

  @Test
  void decidesOnWhatAllItsCategoriesShare() {
    LegalForm sarl = LegalForm.parse("SARL");
    assertEquals(Optional.of(true), sarl.privateLaw());
    assertEquals(SseByLegalForm.NO, sarl.sseByLegalForm());
    assertEquals(Optional.of(LegalFamily.COMMERCIAL_COMPANY), sarl.family());

    LegalForm scicSarl = LegalForm.parse("SCIC SARL");
    assertEquals(SseByLegalForm.YES, scicSarl.sseByLegalForm());
    assertEquals(Optional.of(LegalFamily.COOPERATIVE), scicSarl.family());
    assertEquals(Set.of(SpecificStatus.SCIC), scicSarl.impliedStatuses());
    // A SCIC in SAS form is coded 5710 like any SAS: the status, not the code, makes it a
    // cooperative.
    assertEquals(SseByLegalForm.YES, LegalForm.parse("SCIC SAS").sseByLegalForm());

    LegalForm publicBody = LegalForm.parse("établissement public");
    assertEquals(Optional.of(false), publicBody.privateLaw());
    assertEquals(Optional.of(LegalFamily.PUBLIC_ESTABLISHMENT), publicBody.family());

    LegalForm gie = LegalForm.parse("GIE");
    assertEquals(
        Optional.empty(), gie.privateLaw(), "6220 is not classified: unknown, not guessed");
    assertEquals(SseByLegalForm.UNDETERMINED, gie.sseByLegalForm());
    assertEquals(Optional.of(true), LegalForm.parse("association déclarée").legalPerson());
  }

  @Test
  void sharedAnswersAgreeWithEveryCategoryOfTheForm() {
    for (LegalForm form : LegalForm.all()) {
      assertFalse(form.categories().isEmpty(), form.name());
      for (LegalCategory category : form.categories()) {
        assertTrue(form.allows(category));
        assertTrue(category.label().isPresent(), form + ": " + category + " is in INSEE's table");
        form.privateLaw()
            .ifPresent(
                v -> assertEquals(Optional.of(v), category.privateLaw(), form + " " + category));
        form.legalPerson()
            .ifPresent(
                v -> assertEquals(Optional.of(v), category.legalPerson(), form + " " + category));
        if (form.sseByLegalForm() != SseByLegalForm.UNDETERMINED
            && form.impliedStatuses().isEmpty()) {
          assertEquals(form.sseByLegalForm(), category.sseByLegalForm(), form + " " + category);
        }
      }
      assertEquals(form, LegalForm.parse(form.name()), "a form reads back from its name");
    }
  }

  @Test
  void aCategoryBesideAFormMustBeOneOfItsCategories() {
    Stakeholder.Builder base =
        Stakeholder.builder().id("a").name("A").kind(StakeholderKind.ENTERPRISE);
    Stakeholder consistent =
        base.legalForm(LegalForm.parse("SCIC SA"))
            .legalCategory(LegalCategory.parse("5560"))
            .build();
    assertEquals(Set.of(SpecificStatus.SCIC), consistent.knownStatuses());
    assertEquals(1, consistent.possibleLegalCategories().size());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Stakeholder.builder()
                    .id("a")
                    .name("A")
                    .kind(StakeholderKind.ENTERPRISE)
                    .legalForm(LegalForm.parse("SARL"))
                    .legalCategory(LegalCategory.parse("9220"))
                    .build());
    assertEquals("$.legalForm", e.violations().get(0).path());
    assertEquals("stakeholder.legalFormMismatch", e.violations().get(0).code());
    assertEquals("5499", e.violations().get(0).arguments().get("codes"));
  }

  @Test
  void withoutACategoryTheFormGivesThePossibleCategories() {
    Stakeholder s =
        Stakeholder.builder()
            .id("a")
            .name("A")
            .kind(StakeholderKind.ENTERPRISE)
            .legalForm(LegalForm.parse("SCOP"))
            .build();
    assertEquals(LegalForm.parse("SCOP").categories(), s.possibleLegalCategories());
    assertEquals(Set.of(SpecificStatus.SCOP), s.knownStatuses());
    Stakeholder none =
        Stakeholder.builder().id("b").name("B").kind(StakeholderKind.ENTERPRISE).build();
    assertTrue(none.possibleLegalCategories().isEmpty());
  }
}
