package io.github.ptce.core.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.time.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sources of facts: what identifies them, and the facts they may name. */
class SourceTest {

  @Test
  void aTitleOrAUrlIdentifiesASource() {
    Source register =
        Source.builder()
            .kind(SourceKind.REGISTER)
            .title("Sirene, StockUniteLegale")
            .readOn(PartialDate.parse("2026-11"))
            .addFact("legalCategory")
            .build();
    assertEquals("2026-11", register.readOn().orElseThrow().toString());
    Source.builder().kind(SourceKind.PUBLISHED).url("https://www.example.org/ptce?id=3").build();
    InvalidInputException none =
        assertThrows(
            InvalidInputException.class,
            () -> Source.builder().kind(SourceKind.PUBLISHED).title("  ").build());
    assertEquals(List.of(Violation.of("$", "source.titleOrUrlRequired")), none.violations());
    InvalidInputException url =
        assertThrows(
            InvalidInputException.class,
            () -> Source.builder().kind(SourceKind.PUBLISHED).url("example.org/ptce").build());
    assertEquals("source.url", url.violations().get(0).code());
    assertThrows(
        InvalidInputException.class,
        () -> Source.builder().kind(SourceKind.PUBLISHED).url("https://exa mple.org").build());
  }

  @Test
  void aSourceNamesOnlyFactsOfWhatListsIt() {
    Source wrong =
        Source.builder()
            .kind(SourceKind.REGISTER)
            .title("Sirene")
            .addFacts("legalCategory", "siege")
            .build();
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Stakeholder.builder()
                    .id("a")
                    .name("A")
                    .kind(StakeholderKind.ENTERPRISE)
                    .addSource(wrong)
                    .build());
    assertEquals(1, e.violations().size());
    assertEquals("$.sources[0].facts", e.violations().get(0).path());
    assertEquals("siege", e.violations().get(0).arguments().get("fact"));
  }
}
