package io.github.ptce.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.core.validation.ClusterValidator;
import io.github.ptce.registers.StubApi.Response;
import io.github.ptce.registers.enrich.Enricher;
import io.github.ptce.registers.enrich.Enrichment;
import io.github.ptce.registers.enrich.EnrichmentEntry;
import io.github.ptce.registers.enrich.EnrichmentStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The enricher over the Recherche d'entreprises API, against the local stub replaying answers in
 * the API's JSON shape: the same facts as from the stock files, an exact cessation day, the API's
 * broader {@code est_ess} only noted, and a server error reported as a failure of that member
 * alone. No network.
 */
class EnricherApiTest {
  static final Instant NOW = Instant.parse("2026-12-04T09:30:00Z");

  StubApi stub;

  @BeforeEach
  void start() throws Exception {
    stub = new StubApi();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  final List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

  private RegisterLookup api() {
    return RegisterLookup.rechercheEntreprises()
        .baseUri(stub.uri())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .sleeper(new StubApi.RecordingSleeper())
        .random(new Random(42))
        .concurrency(1)
        .maxAttempts(2)
        .progress((done, total) -> progress.add(done + "/" + total))
        .build();
  }

  static Membership member(String id, String siren, String siret) {
    Stakeholder.Builder s =
        Stakeholder.builder().id(id).name(id + " (synthétique)").kind(StakeholderKind.ENTERPRISE);
    if (siren != null) {
      s.siren(Siren.parse(siren));
    }
    if (siret != null) {
      s.siret(Siret.parse(siret));
    }
    return Membership.builder().stakeholder(s.build()).build();
  }

  @Test
  void theApiFillsTheSameFactsWithTheCallAsSource() {
    stub.script(
        SyntheticSirene.ASSOCIATION, Response.ok(ApiBodies.payload(ApiBodies.association(""))));
    stub.script(SyntheticSirene.CEASED, Response.ok(ApiBodies.payload(ApiBodies.ceased())));
    stub.script(SyntheticSirene.SCIC, Response.status(503));
    Cluster cluster =
        Cluster.builder()
            .name("Pôle")
            .addMembers(member("asso", SyntheticSirene.ASSOCIATION, null))
            .addMembers(member("dissoute", SyntheticSirene.CEASED, null))
            .addMembers(member("scic", SyntheticSirene.SCIC, null))
            .build();
    Enrichment enrichment;
    try (RegisterLookup api = api()) {
      enrichment = Enricher.of(api).enrich(cluster);
    }
    Set<String> asso =
        enrichment.report().filled().stream()
            .filter(e -> e.member().equals("asso"))
            .map(e -> e.fact().orElseThrow() + "=" + e.value().orElseThrow())
            .collect(Collectors.toSet());
    // The head office in Paris 15e, kept as published; the API gives no INSEE SSE flag, only its
    // est_ess.
    assertEquals(
        Set.of(
            "legalCategory=9220",
            "location=75115",
            "activity=94.99Z",
            "createdOn=2010-03-15",
            "employer=true",
            "rna=W751000789"),
        asso);
    EnrichmentEntry noted = enrichment.report().entries(EnrichmentStatus.NOTED).get(0);
    assertEquals(Optional.of("complements.est_ess"), noted.field());
    Stakeholder filled = enrichment.cluster().member("asso").orElseThrow().stakeholder();
    assertEquals(Optional.of(CommuneCode.parse("75115")), filled.location());
    assertEquals(Optional.of(PartialDate.parse("2026-12-04")), filled.sources().get(0).readOn());
    assertTrue(
        filled
            .sources()
            .get(0)
            .url()
            .orElseThrow()
            .contains("/search?q=" + SyntheticSirene.ASSOCIATION + "&"),
        filled.sources().toString());
    // The API's date_fermeture is the day the unit ceased.
    assertEquals(
        Optional.of(PartialDate.parse("2019-06-30")),
        enrichment.cluster().member("dissoute").orElseThrow().stakeholder().ceasedOn());
    // A server error on one identifier fails that member only.
    List<EnrichmentEntry> failed = enrichment.report().entries(EnrichmentStatus.FAILED);
    assertEquals(List.of("scic"), failed.stream().map(EnrichmentEntry::member).toList());
    assertEquals("register.api.status", failed.get(0).failure().orElseThrow().code());
    assertEquals(List.of(), ClusterValidator.standard().validate(enrichment.cluster()));
    // One call per identifier, each told to the progress bar.
    assertEquals(List.of("1/3", "2/3", "3/3"), progress);
  }
}
