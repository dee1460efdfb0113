package io.github.ptce.core.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.id.NafCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CooperationStrategyTest {

  @Test
  void everythingIsOptional() {
    CooperationStrategy strategy = CooperationStrategy.builder().build();
    assertTrue(strategy.modes().isEmpty());
    assertEquals(Optional.empty(), strategy.endDate());
  }

  @Test
  void modesAreASet() {
    CooperationStrategy strategy =
        CooperationStrategy.builder()
            .addModes(
                CooperationMode.PARTNERSHIP, CooperationMode.POOLING, CooperationMode.PARTNERSHIP)
            .build();
    assertEquals(Set.of(CooperationMode.POOLING, CooperationMode.PARTNERSHIP), strategy.modes());
  }

  @Test
  void endingBeforeStartingIsAViolationAtEndDate() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                CooperationStrategy.builder()
                    .startDate(LocalDate.parse("2016-06-01"))
                    .endDate(LocalDate.parse("2016-05-31"))
                    .build());
    assertEquals(
        List.of(
            Violation.of(
                "$.endDate",
                "period.endBeforeStart",
                Map.of("start", "2016-06-01", "end", "2016-05-31"))),
        e.violations());
  }

  @Test
  void aProjectNeedsATitleOnly() {
    Project project =
        Project.builder()
            .title("Ressourcerie")
            .sector(NafCode.parse("3832Z"))
            .addLocalDevelopmentAims("b", "a")
            .build();
    assertEquals(List.of("b", "a"), project.localDevelopmentAims());
    assertEquals("38.32Z", project.sector().orElseThrow().toString());
    assertThrows(
        io.github.ptce.core.MissingPropertiesException.class, () -> Project.builder().build());
  }
}
