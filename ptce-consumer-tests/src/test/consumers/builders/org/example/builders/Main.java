package org.example.builders;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.Perimeter;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.SchemeReport;
import java.time.LocalDate;
import java.util.Locale;

/** A cluster made with the builders alone, evaluated; then an invalid one, refused. */
public final class Main {
  private static final String ART9 = "fr.law.2014-856.art9";
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private Main() {}

  public static void main(String[] args) {
    CommuneCode grasse = CommuneCode.parse("06069");
    Cluster cluster = Cluster.builder()
        .name("PTCE des builders")
        .perimeter(Perimeter.ofCommunes(grasse))
        .addMember(Membership.of(Stakeholder.builder()
            .id("atelier").name("Atelier partagé").kind(StakeholderKind.ENTERPRISE).location(grasse).build(),
            MemberRole.CARRIER))
        .addMember(Membership.of(Stakeholder.builder()
            .id("commune").name("Commune de Grasse").kind(StakeholderKind.LOCAL_AUTHORITY).location(grasse).build(),
            MemberRole.MEMBER))
        .build();
    EligibilityEngine engine = EligibilityEngine.standard();
    SchemeReport art9 = engine.evaluate(cluster, AS_OF, ART9).scheme(ART9).orElseThrow();
    System.out.println("built: " + art9.outcome() + " — " + art9.reason().text(Locale.ENGLISH));

    // Blank name, and a perimeter commune that does not exist: the engine refuses it, every violation at once.
    Cluster invalid = Cluster.builder()
        .name(" ")
        .perimeter(Perimeter.ofCommunes(CommuneCode.parse("06999")))
        .build();
    try {
      engine.evaluate(invalid, AS_OF, ART9);
      System.out.println("invalid: evaluated");
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> System.out.println("invalid: " + v.path() + " " + v.code() + " — "
          + v.message(Locale.FRENCH)));
    }
  }
}
