package io.github.ptce.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.resources.FunderLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupportTest {

  @Test
  void funderLevelAndKindAreRequired() {
    Support support =
        Support.builder()
            .funder("État")
            .level(FunderLevel.STATE)
            .kind(SupportKind.GRANT)
            .amount(Amount.ofEuros(50_000))
            .build();
    assertEquals(Optional.of(Amount.parse("50000.00")), support.amount());
    assertEquals(Optional.empty(), support.schemeId());
    assertThrows(
        io.github.ptce.core.MissingPropertiesException.class,
        () -> Support.builder().funder("État").kind(SupportKind.GRANT).build());
  }

  @Test
  void coordinationKeepsItsFundersInOrder() {
    Coordination coordination =
        Coordination.builder().staffFte(new BigDecimal("1.5")).addFunders("B", "A").build();
    assertEquals(List.of("B", "A"), coordination.funders());
    assertEquals(Optional.of(new BigDecimal("1.5")), coordination.staffFte());
  }

  @Test
  void onlyPrivateFundersAreNotPublic() {
    for (FunderLevel level : FunderLevel.values()) {
      assertEquals(level != FunderLevel.PRIVATE, level.isPublic(), level.name());
    }
  }
}
