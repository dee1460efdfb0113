package io.github.ptce.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerimeterTest {

  @Test
  void anEmptyPerimeterIsAStructuralViolation() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Perimeter.builder().build());
    assertEquals(List.of(Violation.of("$", "perimeter.empty")), e.violations());
  }

  @Test
  void keepsEachKindInCodeOrderSoThatEqualPerimetersPrintAlike() {
    Perimeter a =
        Perimeter.builder()
            .addCommunes(CommuneCode.parse("2A004"), CommuneCode.parse("06069"))
            .addRegions(RegionCode.parse("94"), RegionCode.parse("93"))
            .build();
    Perimeter b =
        Perimeter.builder()
            .addCommunes(CommuneCode.parse("06069"), CommuneCode.parse("2a004"))
            .addRegions(RegionCode.parse("93"), RegionCode.parse("94"))
            .build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.toString(), b.toString());
    assertEquals(
        List.of(CommuneCode.parse("06069"), CommuneCode.parse("2A004")), List.copyOf(a.communes()));
  }

  @Test
  void codeCountCountsTheCodesAsWritten() {
    Perimeter perimeter =
        Perimeter.builder()
            .addCommune(CommuneCode.parse("06069"))
            .addEpci(EpciCode.parse("200039857"))
            .addDepartement(DepartementCode.parse("06"))
            .addRegions(RegionCode.parse("93"), RegionCode.parse("93"))
            .build();
    assertEquals(4, perimeter.codeCount());
  }

  @Test
  void factoriesOfOneKind() {
    assertEquals(1, Perimeter.ofCommunes(CommuneCode.parse("06069")).communes().size());
    assertEquals(1, Perimeter.ofEpcis(EpciCode.parse("200039857")).epcis().size());
    assertThrows(InvalidInputException.class, Perimeter::ofCommunes);
  }
}
