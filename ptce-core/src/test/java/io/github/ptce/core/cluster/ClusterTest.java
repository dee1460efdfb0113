package io.github.ptce.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.resources.ResourceMix;
import io.github.ptce.core.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterTest {

  private static Membership withSiren(String id, String siren) {
    return Membership.of(Fixtures.stakeholder(id).withSiren(Siren.parse(siren)), MemberRole.MEMBER);
  }

  @Test
  void onlyTheNameIsRequired() {
    Cluster cluster = Fixtures.minimal();
    assertEquals("PTCE minimal", cluster.name());
    assertTrue(cluster.members().isEmpty());
    assertEquals(Optional.empty(), cluster.perimeter());
    assertEquals(Optional.empty(), cluster.carrier());
    io.github.ptce.core.MissingPropertiesException missing =
        assertThrows(
            io.github.ptce.core.MissingPropertiesException.class, () -> Cluster.builder().build());
    assertEquals(java.util.List.of("name"), missing.properties());
    assertEquals("$.name", missing.violations().get(0).path());
    assertEquals(
        "Cluster: the required property \"name\" is not set; set it on the builder before build().",
        missing.violations().get(0).message(java.util.Locale.ENGLISH));
    assertEquals(
        "Cluster : la propriété obligatoire « name » n'est pas renseignée ; renseignez-la sur le builder "
            + "avant build().",
        missing.violations().get(0).message(java.util.Locale.FRENCH));
    assertTrue(missing.getStackTrace().length > 0, "a programming error keeps its stack trace");
    assertTrue(missing instanceof io.github.ptce.core.InvalidInputException);
  }

  @Test
  void findsMembersAndTheCarrier() {
    Cluster cluster = Fixtures.complete();
    assertEquals("pole-cooperation", cluster.carrier().orElseThrow().stakeholder().id());
    assertEquals(MemberRole.PARTNER, cluster.member("commune-grasse").orElseThrow().role());
    assertEquals(Optional.empty(), cluster.member("nobody"));
  }

  @Test
  void aDuplicateMemberIdIsAViolationAtTheSecondOne() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Cluster.builder()
                    .name("P")
                    .addMembers(Fixtures.member("a"), Fixtures.member("b"), Fixtures.member("a"))
                    .build());
    assertEquals(
        List.of(
            Violation.of(
                "$.members[2].stakeholder.id",
                "cluster.duplicateMember",
                Map.of("id", "a", "first", "$.members[0]"))),
        e.violations());
  }

  @Test
  void aDuplicateSirenIsAViolation() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Cluster.builder()
                    .name("P")
                    .addMembers(withSiren("a", "123456782"), withSiren("b", "123 456 782"))
                    .build());
    assertEquals(
        List.of(
            Violation.of(
                "$.members[1].stakeholder.siren",
                "cluster.duplicateSiren",
                Map.of("siren", "123456782", "first", "$.members[0]"))),
        e.violations());
  }

  @Test
  void twoCarriersAreAViolation() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Cluster.builder()
                    .name("P")
                    .addMembers(
                        Fixtures.member("a"),
                        Membership.of(Fixtures.stakeholder("b"), MemberRole.CARRIER),
                        Membership.of(Fixtures.stakeholder("c"), MemberRole.CARRIER))
                    .build());
    assertEquals(
        List.of(
            Violation.of(
                "$.members[2].role", "cluster.secondCarrier", Map.of("first", "$.members[1]"))),
        e.violations());
  }

  @Test
  void aDuplicateResourceYearIsAViolation() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Cluster.builder()
                    .name("P")
                    .addResources(
                        ResourceMix.builder().year(2021).build(),
                        ResourceMix.builder().year(2022).build(),
                        ResourceMix.builder().year(2021).build())
                    .build());
    assertEquals(
        List.of(
            Violation.of(
                "$.resources[2].year",
                "cluster.duplicateYear",
                Map.of("year", "2021", "first", "$.resources[0]"))),
        e.violations());
  }

  @Test
  void everyStructuralViolationIsReportedTogetherInPathOrder() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Cluster.builder()
                    .name("P")
                    .addMembers(withSiren("a", "123456782"), withSiren("a", "123456782"))
                    .addMembers(Membership.of(Fixtures.stakeholder("c"), MemberRole.CARRIER))
                    .addMembers(Membership.of(Fixtures.stakeholder("d"), MemberRole.CARRIER))
                    .addMembers(
                        Fixtures.member("e"),
                        Fixtures.member("f"),
                        Fixtures.member("g"),
                        Fixtures.member("h"),
                        Fixtures.member("i"),
                        Fixtures.member("j"),
                        Fixtures.member("c"))
                    .addResources(
                        ResourceMix.builder().year(2021).build(),
                        ResourceMix.builder().year(2021).build())
                    .build());
    assertEquals(
        List.of(
            "$.members[1].stakeholder.id cluster.duplicateMember",
            "$.members[1].stakeholder.siren cluster.duplicateSiren",
            "$.members[3].role cluster.secondCarrier",
            "$.members[10].stakeholder.id cluster.duplicateMember",
            "$.resources[1].year cluster.duplicateYear"),
        e.violations().stream().map(v -> v.path() + " " + v.code()).toList());
  }

  @Test
  void withersCheckTheInvariantsToo() {
    Cluster cluster = Cluster.builder().name("P").addMembers(Fixtures.member("a")).build();
    assertThrows(
        InvalidInputException.class,
        () -> cluster.withMembers(Fixtures.member("a"), Fixtures.member("a")));
    assertEquals("Q", cluster.withName("Q").name());
  }
}
