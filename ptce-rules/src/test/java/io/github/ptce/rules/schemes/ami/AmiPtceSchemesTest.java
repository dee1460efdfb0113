package io.github.ptce.rules.schemes.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ptce.core.resources.Amount;
import io.github.ptce.rules.Grant;
import io.github.ptce.rules.SchemeCatalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The phase-2 grant of each round: €100,000 over 24 months (FACTS.md § 4.2), with the round's total
 * envelope where one is given. The catalogue builds its grants once; building them again here
 * checks how.
 */
class AmiPtceSchemesTest {

  @Test
  void aRoundWithoutEnvelopeHasNone() {
    Grant grant = AmiPtceSchemes.phase2("grant.phase2.2022", null);
    assertEquals(Optional.of(Amount.ofEuros(100_000)), grant.amount());
    assertEquals(Optional.of(24), grant.durationMonths());
    assertEquals(Optional.empty(), grant.envelope());
    assertEquals(
        SchemeCatalog.standard().find(AmiPtceSchemes.PHASE2_2022).orElseThrow().grant(),
        Optional.of(grant));
  }

  @Test
  void aRoundWithAnEnvelopeKeepsIt() {
    Grant grant = AmiPtceSchemes.phase2("grant.phase2.2021", Amount.ofEuros(1_500_000));
    assertEquals(Optional.of(Amount.ofEuros(1_500_000)), grant.envelope());
    assertEquals(
        SchemeCatalog.standard().find(AmiPtceSchemes.PHASE2_2021).orElseThrow().grant(),
        Optional.of(grant));
  }
}
