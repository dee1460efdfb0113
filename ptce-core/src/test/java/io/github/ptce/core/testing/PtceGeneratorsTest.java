package io.github.ptce.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.internal.Checks;
import io.github.ptce.core.stakeholder.SseEvidence;
import io.github.ptce.core.stakeholder.StakeholderKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generators cover the shapes of the model, not only its simplest values. */
class PtceGeneratorsTest {

  @Test
  void withLuhnKeyMakesValidNumbers() {
    assertEquals("200039857", PtceGenerators.withLuhnKey("20003985"));
    assertEquals("123456782", PtceGenerators.withLuhnKey("12345678"));
    assertTrue(Checks.luhn(PtceGenerators.withLuhnKey("1234567820001")));
    assertThrows(IllegalArgumentException.class, () -> PtceGenerators.withLuhnKey("12a"));
    assertThrows(IllegalArgumentException.class, () -> PtceGenerators.digits(19));
  }

  @Test
  void generatedClustersCoverTheModel() {
    List<Cluster> clusters = new ArrayList<>();
    qt().withFixedSeed(99L)
        .withExamples(300)
        .forAll(PtceGenerators.clusters())
        .checkAssert(clusters::add);
    Set<SseEvidence> evidences = EnumSet.noneOf(SseEvidence.class);
    Set<StakeholderKind> kinds = EnumSet.noneOf(StakeholderKind.class);
    Set<MemberRole> roles = EnumSet.noneOf(MemberRole.class);
    int withSiret = 0;
    int withLeftOn = 0;
    int withShares = 0;
    int corsican = 0;
    for (Cluster cluster : clusters) {
      cluster
          .members()
          .forEach(
              m -> {
                evidences.add(m.stakeholder().sseStatus().evidence());
                kinds.add(m.stakeholder().kind());
                roles.add(m.role());
              });
      withSiret +=
          (int) cluster.members().stream().filter(m -> m.stakeholder().siret().isPresent()).count();
      withLeftOn += (int) cluster.members().stream().filter(m -> m.leftOn().isPresent()).count();
      withShares += (int) cluster.resources().stream().filter(r -> r.shares().isPresent()).count();
      corsican +=
          (int)
              cluster.perimeter().stream()
                  .flatMap(p -> p.communes().stream())
                  .filter(c -> c.toString().startsWith("2A") || c.toString().startsWith("2B"))
                  .count();
    }
    assertEquals(EnumSet.allOf(SseEvidence.class), evidences);
    assertEquals(EnumSet.allOf(StakeholderKind.class), kinds);
    assertEquals(EnumSet.allOf(MemberRole.class), roles);
    assertTrue(
        withSiret > 50 && withLeftOn > 50 && withShares > 50,
        withSiret + " " + withLeftOn + " " + withShares);
    assertTrue(corsican > 0, "no Corsican commune generated");
    assertTrue(clusters.stream().anyMatch(c -> c.members().isEmpty()));
    assertTrue(clusters.stream().anyMatch(c -> c.members().size() == 6));
    assertTrue(clusters.stream().anyMatch(c -> c.perimeter().isEmpty()));
  }

  @Test
  void siretsOfASirenStartWithIt() {
    Siren siren = Siren.parse("200039857");
    qt().withFixedSeed(98L)
        .forAll(PtceGenerators.siretsOf(siren))
        .checkAssert(siret -> assertEquals(siren, siret.siren()));
  }
}
