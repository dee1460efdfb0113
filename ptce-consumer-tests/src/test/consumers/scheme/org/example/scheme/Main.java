package org.example.scheme;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.SchemeReport;
import io.github.ptce.rules.render.ReportRenderer;
import java.time.LocalDate;
import java.util.Locale;

/** The standard engine finds the local fund's scheme beside ptce's own, and words it in French and English. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Cluster cluster = Cluster.builder()
        .name("PTCE du fonds local")
        .addMember(Membership.of(member("a", "Atelier"), MemberRole.CARRIER))
        .addMember(Membership.of(member("b", "Boutique"), MemberRole.MEMBER))
        .build();
    EligibilityEngine engine = EligibilityEngine.standard();
    System.out.println("load problems: " + engine.catalog().loadProblems().size());
    EligibilityReport report = engine.evaluate(cluster, LocalDate.of(2026, 1, 15), "org.example.local.fund");
    SchemeReport fund = report.scheme("org.example.local.fund").orElseThrow();
    System.out.println("outcome: " + fund.outcome());
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      System.out.println("title " + locale + ": " + fund.scheme().title().text(locale));
      System.out.print(ReportRenderer.text().render(report, locale));
    }
  }

  private static Stakeholder member(String id, String name) {
    return Stakeholder.builder().id(id).name(name).kind(StakeholderKind.ENTERPRISE).build();
  }
}
