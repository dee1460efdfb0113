package io.github.ptce.core.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourceMixTest {

  private static Subsidy subsidy(String euros) {
    return Subsidy.builder()
        .funder("Région")
        .level(FunderLevel.REGION)
        .amount(Amount.parse(euros))
        .build();
  }

  @Test
  void everyAmountIsZeroByDefaultAndAZeroTotalHasNoShares() {
    ResourceMix mix = ResourceMix.builder().year(2022).build();
    assertEquals(Amount.ZERO, mix.total());
    assertEquals(new BigDecimal("0.00"), mix.volunteerHours());
    assertEquals(Optional.empty(), mix.shares());
  }

  @Test
  void groupsTheResourcesByKind() {
    ResourceMix mix =
        ResourceMix.builder()
            .year(2022)
            .sales(Amount.parse("185000"))
            .publicProcurement(Amount.parse("12000.50"))
            .addSubsidies(subsidy("30000"), subsidy("15000"))
            .volunteerValuation(Amount.parse("14500.75"))
            .inKind(Amount.parse("6000"))
            .reciprocity(Amount.parse("1500"))
            .build();
    assertEquals(Amount.parse("197000.50"), mix.market());
    assertEquals(Amount.parse("45000"), mix.nonMarket());
    assertEquals(Amount.parse("22000.75"), mix.nonMonetary());
    assertEquals(Amount.parse("264001.25"), mix.total());
  }

  @Test
  void sharesOfAnExampleWithARoundingCase() {
    // 197000.50 / 264001.25 = 74.6210…%, 45000 / 264001.25 = 17.0453…%, 22000.75 / 264001.25 =
    // 8.3335…%
    // floors 74.62 + 17.04 + 8.33 = 99.99; the largest remainder is the non-market one (0.537…
    // hundredth).
    ResourceMix mix =
        ResourceMix.builder()
            .year(2022)
            .sales(Amount.parse("185000"))
            .publicProcurement(Amount.parse("12000.50"))
            .addSubsidies(subsidy("30000"), subsidy("15000"))
            .volunteerValuation(Amount.parse("14500.75"))
            .inKind(Amount.parse("6000"))
            .reciprocity(Amount.parse("1500"))
            .build();
    MixShares shares = mix.shares().orElseThrow();
    assertEquals(
        new MixShares(new BigDecimal("74.62"), new BigDecimal("17.05"), new BigDecimal("8.33")),
        shares);
    assertEquals(new BigDecimal("100.00"), shares.sum());
  }

  @Test
  void onlyMarketResourcesMakeOneHundredPercentMarket() {
    MixShares shares =
        ResourceMix.builder().year(2022).sales(Amount.parse("0.01")).build().shares().orElseThrow();
    assertEquals(
        new MixShares(new BigDecimal("100.00"), new BigDecimal("0.00"), new BigDecimal("0.00")),
        shares);
  }

  @Test
  void volunteerHoursAreNormalisedToTwoDecimalsSoThatEqualHoursAreEqual() {
    ResourceMix a = ResourceMix.builder().year(2022).volunteerHours(new BigDecimal("2")).build();
    ResourceMix b =
        ResourceMix.builder().year(2022).volunteerHours(new BigDecimal("2.000")).build();
    assertEquals(new BigDecimal("2.00"), a.volunteerHours());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(
        new BigDecimal("2.00"), a.withVolunteerHours(new BigDecimal("2.0")).volunteerHours());
  }

  @Test
  void hoursWithMoreThanTwoDecimalsAreKeptForTheValidatorToReport() {
    assertEquals(
        new BigDecimal("2.125"),
        ResourceMix.builder()
            .year(2022)
            .volunteerHours(new BigDecimal("2.125"))
            .build()
            .volunteerHours());
  }

  @Test
  void aTotalAboveTheLargestAmountIsAStructuralViolation() {
    // Each amount is valid, but their sum is not an Amount: total() and shares() could not be
    // computed.
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ResourceMix.builder()
                    .year(2022)
                    .sales(Amount.parse(Amount.MAX_TEXT))
                    .addSubsidy(subsidy("0.01"))
                    .build());
    assertEquals(
        List.of(
            Violation.of(
                "$",
                "resourceMix.totalOutOfRange",
                Map.of("year", "2022", "total", "1000000000000.00", "limit", Amount.MAX_TEXT))),
        e.violations());
    ResourceMix atTheLimit =
        ResourceMix.builder()
            .year(2022)
            .sales(Amount.parse("999999999999.98"))
            .inKind(Amount.parse("0.01"))
            .build();
    assertEquals(Amount.parse(Amount.MAX_TEXT), atTheLimit.total());
    assertEquals(new BigDecimal("100.00"), atTheLimit.shares().orElseThrow().sum());
  }

  @Test
  void theYearIsRequired() {
    assertThrows(
        io.github.ptce.core.MissingPropertiesException.class, () -> ResourceMix.builder().build());
  }

  @Test
  void hoursFarOutOfRangeAreBuiltAndLeftToTheConstraint() {
    // Rescaling 1E+1000000000 to two decimals would need a billion digits: the value is kept as it
    // is, and
    // @Digits(integer = 9, fraction = 2) reports it.
    ResourceMix huge =
        ResourceMix.builder().year(2022).volunteerHours(new BigDecimal("1E+1000000000")).build();
    assertEquals(new BigDecimal("1E+1000000000"), huge.volunteerHours());
    ResourceMix small =
        ResourceMix.builder().year(2022).volunteerHours(new BigDecimal("1.5")).build();
    assertEquals(new BigDecimal("1.50"), small.volunteerHours());
  }
}
