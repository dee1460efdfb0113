package io.github.ptce.core.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalCategoryTest {

  @Test
  void declaredAssociationIsSseByLegalForm() {
    LegalCategory category = LegalCategory.parse("9220");
    assertEquals("9220", category.code());
    assertEquals(Optional.of("Association déclarée"), category.label());
    assertEquals(LegalFamily.ASSOCIATION, category.family());
    assertEquals(SseByLegalForm.YES, category.sseByLegalForm());
    assertEquals(Optional.of(true), category.legalPerson());
    assertEquals(Optional.of(true), category.privateLaw());
    assertTrue(category.isClassified());
  }

  @Test
  void undeclaredAssociationHasNoLegalPersonalityAndIsNotSseByForm() {
    LegalCategory category = LegalCategory.parse("9210");
    assertEquals(LegalFamily.ASSOCIATION, category.family());
    assertEquals(SseByLegalForm.NO, category.sseByLegalForm());
    assertEquals(Optional.of(false), category.legalPerson());
  }

  @Test
  void sasIsACommercialCompanyNotSseByForm() {
    LegalCategory category = LegalCategory.parse("5710");
    assertEquals(LegalFamily.COMMERCIAL_COMPANY, category.family());
    assertEquals(SseByLegalForm.NO, category.sseByLegalForm());
    assertEquals(Optional.of(true), category.privateLaw());
  }

  @Test
  void communauteDeCommunesIsAGroupingOfLocalAuthoritiesUnderPublicLaw() {
    LegalCategory category = LegalCategory.parse("7346");
    assertEquals(LegalFamily.LOCAL_AUTHORITY_GROUPING, category.family());
    assertEquals(SseByLegalForm.NO, category.sseByLegalForm());
    assertEquals(Optional.of(false), category.privateLaw());
  }

  @Test
  void codeZeroOfTheTableIsAcceptedButUnclassified() {
    LegalCategory category = LegalCategory.parse("0000");
    assertEquals(LegalFamily.UNCLASSIFIED, category.family());
    assertTrue(category.label().isPresent());
    assertEquals(Optional.empty(), category.legalPerson());
    assertEquals(Optional.empty(), category.privateLaw());
    assertFalse(category.isClassified());
  }

  @Test
  void aWellFormedCodeOutsideTheTableIsAcceptedAsUnknown() {
    LegalCategory category = LegalCategory.parse("9999");
    assertEquals("9999", category.code());
    assertEquals(LegalFamily.UNCLASSIFIED, category.family());
    assertEquals(SseByLegalForm.UNDETERMINED, category.sseByLegalForm());
    assertEquals(Optional.empty(), category.label());
    assertEquals(Optional.empty(), category.legalPerson());
    assertEquals(Optional.empty(), category.privateLaw());
  }

  @Test
  void spacesAreTolerated() {
    assertEquals(LegalCategory.parse("9220"), LegalCategory.parse(" 92 20 "));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''     | BLANK",
        "0123   | OUT_OF_RANGE",
        "0999   | OUT_OF_RANGE",
        "922    | WRONG_LENGTH",
        "92200  | WRONG_LENGTH",
        "92A0   | INVALID_CHARACTER"
      })
  void rejectsWithAReason(String text, Reason reason) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> LegalCategory.parse(text));
    assertEquals(reason, e.reason());
    assertEquals("legalCategory", e.valueType());
  }

  @Test
  void everyRowOfTheTableParsesToWhatItSays() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = LegalCategory.class.getResourceAsStream("legal-categories.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("code\t")) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    assertTrue(rows.size() > 250, "the table has INSEE's level-III codes, found " + rows.size());
    assertEquals(rows.size(), LegalCategory.all().size());
    for (String[] row : rows) {
      assertEquals(5, row.length, () -> String.join("|", row));
      LegalCategory category = LegalCategory.parse(row[0]);
      assertEquals(row[0], category.code());
      assertEquals(LegalFamily.valueOf(row[1]), category.family(), row[0]);
      assertEquals(SseByLegalForm.valueOf(row[2]), category.sseByLegalForm(), row[0]);
      assertEquals(Optional.of(row[4]), category.label(), row[0]);
      assertFalse(row[4].isBlank(), row[0]);
      assertEquals(row[4].strip(), row[4], row[0]);
      if (category.isClassified()) {
        assertEquals(Optional.of(Boolean.valueOf(row[3])), category.legalPerson(), row[0]);
      } else {
        assertEquals(SseByLegalForm.UNDETERMINED, category.sseByLegalForm(), row[0]);
      }
    }
  }

  @Test
  void theTableIsInCodeOrder() {
    List<String> codes = LegalCategory.all().stream().map(LegalCategory::code).toList();
    List<String> sorted = new ArrayList<>(codes);
    sorted.sort(null);
    assertEquals(sorted, codes);
  }

  @Test
  void equalityIsByCode() {
    assertEquals(LegalCategory.parse("9999"), LegalCategory.parse("9999"));
    assertEquals(LegalCategory.parse("9999").hashCode(), LegalCategory.parse("9999").hashCode());
    assertNotEquals(LegalCategory.parse("9220"), LegalCategory.parse("9210"));
    assertEquals("9220", LegalCategory.parse("9220").toString());
    assertTrue(LegalCategory.parse("5710").compareTo(LegalCategory.parse("9220")) < 0);
  }
}
