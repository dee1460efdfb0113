package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ptce.core.resources.Amount;
import org.junit.jupiter.api.Test;

/**
 * What a scheme grants: an amount, a published range, or neither; the 2013 call publishes a range.
 */
class GrantTest {
  static final Message DESCRIPTION =
      SchemeCatalog.standard()
          .find("fr.state.ptce-call.2013")
          .orElseThrow()
          .grant()
          .orElseThrow()
          .description();

  @Test
  void theCall2013HasARangeOverThreeYears() {
    Grant grant =
        SchemeCatalog.standard()
            .find("fr.state.ptce-call.2013")
            .orElseThrow()
            .grant()
            .orElseThrow();
    assertEquals(Amount.ofEuros(72_000), grant.minimumAmount().orElseThrow());
    assertEquals(Amount.ofEuros(290_000), grant.maximumAmount().orElseThrow());
    assertEquals(Amount.ofEuros(3_000_000), grant.envelope().orElseThrow());
    assertEquals(36, grant.durationMonths().orElseThrow());
  }

  @Test
  void anAmountAndARangeExcludeEachOther() {
    assertThrows(
        IllegalStateException.class,
        () ->
            Grant.builder()
                .financial(true)
                .description(DESCRIPTION)
                .amount(Amount.ofEuros(1))
                .minimumAmount(Amount.ofEuros(1))
                .build());
  }

  @Test
  void aRangeIsOrdered() {
    assertThrows(
        IllegalStateException.class,
        () ->
            Grant.builder()
                .financial(true)
                .description(DESCRIPTION)
                .minimumAmount(Amount.ofEuros(2))
                .maximumAmount(Amount.ofEuros(1))
                .build());
  }

  @Test
  void aDurationIsPositive() {
    assertThrows(
        IllegalStateException.class,
        () -> Grant.builder().financial(true).description(DESCRIPTION).durationMonths(0).build());
  }
}
