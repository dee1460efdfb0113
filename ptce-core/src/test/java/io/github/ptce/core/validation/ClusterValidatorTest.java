package io.github.ptce.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Coordination;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.Support;
import io.github.ptce.core.cluster.SupportKind;
import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.resources.FunderLevel;
import io.github.ptce.core.resources.ResourceMix;
import io.github.ptce.core.stakeholder.EsusAgreement;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterValidatorTest {
  private static final ClusterValidator VALIDATOR = ClusterValidator.standard();

  private static List<String> pathsAndCodes(List<Violation> violations) {
    return violations.stream().map(v -> v.path() + " " + v.code()).toList();
  }

  private static Cluster.Builder named() {
    return Cluster.builder().name("PTCE");
  }

  @Test
  void theStandardValidatorIsShared() {
    assertSame(VALIDATOR, ClusterValidator.standard());
  }

  @Test
  void validClustersHaveNoViolation() {
    assertEquals(List.of(), VALIDATOR.validate(Fixtures.minimal()));
    assertEquals(List.of(), VALIDATOR.validate(Fixtures.complete()));
    Validated<Cluster> checked = VALIDATOR.check(Fixtures.complete());
    assertTrue(checked.isValid());
    assertEquals(Fixtures.complete(), checked.orElseThrow());
  }

  /**
   * Proves that the accessor strategy is in place: Hibernate Validator alone would skip {@code
   * name()}.
   */
  @Test
  void aConstraintOnANameStyleAccessorFires() {
    List<Violation> violations = VALIDATOR.validate(named().name(" ").build());
    assertEquals(
        List.of(Violation.of("$.name", "constraint.notBlank", Map.of("value", " ", "length", "1"))),
        violations);
    assertEquals("Must not be empty or blank.", violations.get(0).message(Locale.ENGLISH));
    assertEquals("Ne doit pas être vide.", violations.get(0).message(Locale.FRENCH));
  }

  @Test
  void sizeGivesTheLimitAndTheLength() {
    Violation violation = VALIDATOR.validate(named().name("n".repeat(301)).build()).get(0);
    assertEquals("$.name", violation.path());
    assertEquals("constraint.size", violation.code());
    assertEquals("300", violation.arguments().get("max"));
    assertEquals("301", violation.arguments().get("length"));
    assertEquals(
        "Is too long: at most 300 characters (found 301).", violation.message(Locale.ENGLISH));
    assertEquals(
        List.of("$.description constraint.size"),
        pathsAndCodes(VALIDATOR.validate(named().description("d".repeat(4001)).build())));
    assertEquals(List.of(), VALIDATOR.validate(named().description("d".repeat(4000)).build()));
  }

  @Test
  void localIdOnAnAccessorAndOnAnOptionalElement() {
    Cluster cluster =
        named()
            .id("-bad")
            .addMember(
                Membership.of(Fixtures.stakeholder("ok").withId("has space"), MemberRole.MEMBER))
            .addSupport(
                Support.builder()
                    .funder("État")
                    .level(FunderLevel.STATE)
                    .kind(SupportKind.GRANT)
                    .schemeId("fr/state")
                    .build())
            .build();
    assertEquals(
        List.of(
            "$.id constraint.localId",
            "$.members[0].stakeholder.id constraint.localId",
            "$.supports[0].schemeId constraint.localId"),
        pathsAndCodes(VALIDATOR.validate(cluster)));
  }

  @Test
  void plausibleDatesEverywhere() {
    Cluster cluster =
        named()
            .foundedOn(LocalDate.parse("1800-01-01"))
            .charterSignedOn(LocalDate.parse("2100-01-01"))
            .addMember(
                Membership.builder()
                    .stakeholder(
                        Fixtures.stakeholder("a")
                            .withSseStatus(
                                SseStatus.esus(
                                    EsusAgreement.builder()
                                        .start(LocalDate.parse("1899-12-31"))
                                        .build())))
                    .joinedOn(LocalDate.parse("1850-06-01"))
                    .build())
            .strategy(
                CooperationStrategy.builder().documentDate(LocalDate.parse("2200-01-01")).build())
            .build();
    List<Violation> violations = VALIDATOR.validate(cluster);
    assertEquals(
        List.of(
            "$.charterSignedOn constraint.plausibleDate",
            "$.foundedOn constraint.plausibleDate",
            "$.members[0].joinedOn constraint.plausibleDate",
            "$.members[0].stakeholder.sseStatus.esusAgreement.start constraint.plausibleDate",
            "$.strategy.documentDate constraint.plausibleDate"),
        pathsAndCodes(violations));
    assertEquals("1800-01-01", violations.get(1).arguments().get("value"));
  }

  @Test
  void positiveOrZeroOnAnOptionalIntInTheThirdMember() {
    Cluster cluster =
        named()
            .addMembers(
                Fixtures.member("a"),
                Fixtures.member("b"),
                Membership.of(Fixtures.stakeholder("c").withEmployees(-1), MemberRole.MEMBER))
            .build();
    assertEquals(
        List.of(
            Violation.of(
                "$.members[2].stakeholder.employees",
                "constraint.positiveOrZero",
                Map.of("value", "-1"))),
        VALIDATOR.validate(cluster));
  }

  @Test
  void digitsAndPositiveOrZeroOnDecimals() {
    Cluster cluster =
        named()
            .coordination(Coordination.builder().staffFte(new BigDecimal("-1.234")).build())
            .addResource(
                ResourceMix.builder().year(2022).volunteerHours(new BigDecimal("1.125")).build())
            .build();
    List<Violation> violations = VALIDATOR.validate(cluster);
    assertEquals(
        List.of(
            "$.coordination.staffFte constraint.digits",
            "$.coordination.staffFte constraint.positiveOrZero",
            "$.resources[0].volunteerHours constraint.digits"),
        pathsAndCodes(violations));
    Violation digits = violations.get(0);
    assertEquals("4", digits.arguments().get("integer"));
    assertEquals("2", digits.arguments().get("fraction"));
    assertEquals(
        "Has too many digits: at most 4 before the decimal point and 2 after (found -1.234).",
        digits.message(Locale.ENGLISH));
  }

  @Test
  void minAndMaxOfTheYear() {
    Cluster cluster =
        named()
            .addResources(
                ResourceMix.builder().year(1899).build(),
                ResourceMix.builder().year(2100).build(),
                ResourceMix.builder().year(1900).build())
            .build();
    List<Violation> violations = VALIDATOR.validate(cluster);
    assertEquals(
        List.of(
            Violation.of(
                "$.resources[0].year", "constraint.min", Map.of("value", "1899", "limit", "1900")),
            Violation.of(
                "$.resources[1].year", "constraint.max", Map.of("value", "2100", "limit", "2099"))),
        violations);
    assertEquals("Must be at least 1900 (found 1899).", violations.get(0).message(Locale.ENGLISH));
  }

  @Test
  void containerElementPathsHaveTheirIndex() {
    Cluster cluster =
        named()
            .addProject(
                Project.builder()
                    .title("Ressourcerie")
                    .addLocalDevelopmentAims(" ", "ok", "x".repeat(501))
                    .build())
            .coordination(Coordination.builder().addFunders("Région", "").build())
            .build();
    assertEquals(
        List.of(
            "$.coordination.funders[1] constraint.notBlank",
            "$.projects[0].localDevelopmentAims[0] constraint.notBlank",
            "$.projects[0].localDevelopmentAims[2] constraint.size"),
        pathsAndCodes(VALIDATOR.validate(cluster)));
  }

  @Test
  void severalErrorsOfOneInputAreReportedTogetherInPathOrder() {
    Cluster cluster =
        named()
            .name("")
            .addMembers(
                Fixtures.member("a"),
                Membership.of(
                    Fixtures.stakeholder("b").withName(" ").withEmployees(-3), MemberRole.MEMBER))
            .addResource(ResourceMix.builder().year(3000).build())
            .addProject(Project.builder().title("").build())
            .addSupport(
                Support.builder()
                    .funder(" ")
                    .level(FunderLevel.STATE)
                    .kind(SupportKind.OTHER)
                    .build())
            .build();
    assertEquals(
        List.of(
            "$.members[1].stakeholder.employees constraint.positiveOrZero",
            "$.members[1].stakeholder.name constraint.notBlank",
            "$.name constraint.notBlank",
            "$.projects[0].title constraint.notBlank",
            "$.resources[0].year constraint.max",
            "$.supports[0].funder constraint.notBlank"),
        pathsAndCodes(VALIDATOR.validate(cluster)));
  }

  @Test
  void checkReturnsTheViolations() {
    Validated<Cluster> checked = VALIDATOR.check(named().name(" ").build());
    assertFalse(checked.isValid());
    assertEquals(List.of("$.name constraint.notBlank"), pathsAndCodes(checked.violations()));
  }

  @Test
  void readJsonMergesFormatErrorsWithTheConstraintViolationsOfTheValidParts() {
    String json =
        """
        {
          "name": "PTCE",
          "foundedOn": "2021-02-30",
          "members": [
            {"stakeholder": {"id": "a", "name": "A", "kind": "ENTERPRISE", "siren": "123456789"}},
            {"stakeholder": {"id": "b", "name": " ", "kind": "ENTERPRISE", "employees": -2}},
            {"stakeholder": {"id": "c", "name": "C", "kind": "ENTERPRISE"}, "joinedOn": "1800-01-01"}
          ],
          "projects": [{"title": "P", "localDevelopmentAims": [""]}]
        }
        """;
    Validated<Cluster> result = PtceJson.standard().readCluster(json);
    assertFalse(result.isValid());
    assertEquals(
        List.of(
            "$.foundedOn json.date",
            "$.members[0].stakeholder.siren siren.checksum",
            "$.members[1].stakeholder.employees constraint.positiveOrZero",
            "$.members[1].stakeholder.name constraint.notBlank",
            "$.members[2].joinedOn constraint.plausibleDate",
            "$.projects[0].localDevelopmentAims[0] constraint.notBlank"),
        pathsAndCodes(result.violations()));
    assertEquals(
        result.violations(),
        PtceJson.standard()
            .readCluster(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .violations());
  }

  @Test
  void readJsonOfAWellFormedDocumentValidatesTheWholeCluster() {
    Validated<Cluster> result =
        PtceJson.standard().readCluster("{\"name\": \"\", \"foundedOn\": \"1800-01-01\"}");
    assertEquals(
        List.of("$.foundedOn constraint.plausibleDate", "$.name constraint.notBlank"),
        pathsAndCodes(result.violations()));
    assertTrue(
        PtceJson.standard()
            .readCluster(PtceJson.standard().writeCluster(Fixtures.complete()))
            .isValid());
  }
}
