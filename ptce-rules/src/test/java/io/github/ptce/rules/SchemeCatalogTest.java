package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeCatalogTest {
  static final SchemeCatalog CATALOG = SchemeCatalog.standard();

  @Test
  void theServiceLoaderFindsTheLegalSchemes() {
    for (String id : List.of("fr.law.2014-856.art1", "fr.law.2014-856.art9", "fr.decree.2015-431.art3")) {
      assertTrue(CATALOG.find(id).isPresent(), id);
    }
    assertEquals(CATALOG.all().stream().map(Scheme::id).sorted().toList(),
        CATALOG.all().stream().map(Scheme::id).toList(), "schemes are listed by id");
  }

  @Test
  void criteriaAreFoundWithTheirScheme() {
    String id = "fr.law.2014-856.art9.i.sse-enterprises";
    assertEquals(id, CATALOG.criterion(id).orElseThrow().id());
    assertEquals("fr.law.2014-856.art9", CATALOG.schemeOf(id).orElseThrow().id());
    assertTrue(CATALOG.criterion("fr.law.2014-856.art9.i.nothing").isEmpty());
  }

  @Test
  void twoSchemesWithOneIdAreRejected() {
    Scheme art9 = CATALOG.find("fr.law.2014-856.art9").orElseThrow();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SchemeCatalog.of(List.of(art9, art9)));
    assertTrue(e.getMessage().contains("fr.law.2014-856.art9"));
  }

  @Test
  void twoCriteriaWithOneIdAreRejected() {
    Scheme art9 = CATALOG.find("fr.law.2014-856.art9").orElseThrow();
    Scheme copy = Scheme.builder().from(art9).id("test.copy").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SchemeCatalog.of(List.of(art9, copy)));
    assertTrue(e.getMessage().contains("fr.law.2014-856.art9.i."));
  }

  @Test
  void everyCriterionHasALegalBasisWithAUrlAndTitlesInBothLanguages() {
    for (Scheme scheme : CATALOG.all()) {
      assertTrue(scheme.legalBasis().url().startsWith("https://"), scheme.id());
      for (Criterion criterion : scheme.allCriteria()) {
        LegalBasis basis = criterion.legalBasis(scheme.validity().from());
        assertTrue(basis.url().startsWith("https://"), criterion.id());
        String french = criterion.title().text(java.util.Locale.FRENCH);
        String english = criterion.title().text(java.util.Locale.ENGLISH);
        assertTrue(!french.isBlank() && !english.isBlank(), criterion.id());
        org.junit.jupiter.api.Assertions.assertNotEquals(english, french, criterion.id() + " has a French title");
      }
    }
  }
}
