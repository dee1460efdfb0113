package io.github.ptce.registers.enrich;

import static io.github.ptce.registers.SyntheticSirene.ABSENT;
import static io.github.ptce.registers.SyntheticSirene.ASSOCIATION;
import static io.github.ptce.registers.SyntheticSirene.ASSOCIATION_CLOSED;
import static io.github.ptce.registers.SyntheticSirene.CEASED;
import static io.github.ptce.registers.SyntheticSirene.COMMUNE;
import static io.github.ptce.registers.SyntheticSirene.EPCI;
import static io.github.ptce.registers.SyntheticSirene.NON_DIFFUSIBLE;
import static io.github.ptce.registers.SyntheticSirene.PARIS;
import static io.github.ptce.registers.SyntheticSirene.SAS_PLAIN;
import static io.github.ptce.registers.SyntheticSirene.SAS_SSE;
import static io.github.ptce.registers.SyntheticSirene.SCIC;
import static io.github.ptce.registers.SyntheticSirene.UNKNOWN_DATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.core.provenance.Source;
import io.github.ptce.core.provenance.SourceKind;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.LegalForm;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.core.validation.ClusterValidator;
import io.github.ptce.registers.EndDate;
import io.github.ptce.registers.Establishment;
import io.github.ptce.registers.LegalUnit;
import io.github.ptce.registers.LookupBatch;
import io.github.ptce.registers.LookupFailure;
import io.github.ptce.registers.LookupResult;
import io.github.ptce.registers.RegisterCommune;
import io.github.ptce.registers.RegisterFact;
import io.github.ptce.registers.RegisterLookup;
import io.github.ptce.registers.RegisterSource;
import io.github.ptce.registers.SyntheticSirene;
import io.github.ptce.registers.UnitState;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enricher on the SYNTHETIC Sirene extract (CSV in ZIP, as published; extract declared of
 * 2026-10-31), and on batches written by hand for what the extract does not hold (an exact
 * cessation day, a failure, a commune the geography does not know).
 */
class EnricherTest {
  static final LocalDate EXTRACT = LocalDate.of(2026, 10, 31);

  @TempDir static Path temp;

  static RegisterLookup sirene;

  @BeforeAll
  static void open() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("sirene"));
    SyntheticSirene.writeZip(dir);
    sirene =
        RegisterLookup.sireneStock(dir)
            .workDirectory(Files.createDirectory(temp.resolve("work")))
            .extractDate(EXTRACT)
            .threads(1)
            .memoryLimit(128L << 20)
            .open();
  }

  @AfterAll
  static void close() {
    if (sirene != null) {
      sirene.close();
    }
  }

  static Stakeholder.Builder member(String id, StakeholderKind kind, String siren) {
    Stakeholder.Builder s =
        Stakeholder.builder()
            .id(id)
            .name(id.toUpperCase(Locale.ROOT) + " (synthétique)")
            .kind(kind);
    return siren == null ? s : s.siren(Siren.parse(siren));
  }

  /** Names, kinds and SIRENs only: what a public description of a cluster often gives. */
  static Cluster bare() {
    return Cluster.builder()
        .name("Pôle synthétique")
        .addMembers(
            Membership.builder()
                .stakeholder(member("asso", StakeholderKind.ENTERPRISE, ASSOCIATION).build())
                .role(MemberRole.CARRIER)
                .build())
        .addMembers(of(member("scic", StakeholderKind.ENTERPRISE, SCIC)))
        .addMembers(of(member("sas-ess", StakeholderKind.ENTERPRISE, SAS_SSE)))
        .addMembers(of(member("sas", StakeholderKind.ENTERPRISE, SAS_PLAIN)))
        .addMembers(of(member("commune", StakeholderKind.LOCAL_AUTHORITY, COMMUNE)))
        .addMembers(of(member("agglo", StakeholderKind.LOCAL_AUTHORITY_GROUPING, EPCI)))
        .addMembers(of(member("dissoute", StakeholderKind.ENTERPRISE, CEASED)))
        .addMembers(of(member("discrete", StakeholderKind.ENTERPRISE, NON_DIFFUSIBLE)))
        .addMembers(of(member("paris", StakeholderKind.ENTERPRISE, PARIS)))
        .addMembers(of(member("fondation", StakeholderKind.ENTERPRISE, UNKNOWN_DATE)))
        .addMembers(of(member("absente", StakeholderKind.ENTERPRISE, ABSENT)))
        .addMembers(of(member("labo", StakeholderKind.RESEARCH_CENTRE, null)))
        .build();
  }

  static Membership of(Stakeholder.Builder stakeholder) {
    return Membership.builder().stakeholder(stakeholder.build()).build();
  }

  static Stakeholder stakeholder(Cluster cluster, String id) {
    return cluster.member(id).orElseThrow().stakeholder();
  }

  /** The facts filled, by member, as "fact=value". */
  static Map<String, Set<String>> filled(EnrichmentReport report) {
    return report.filled().stream()
        .collect(
            Collectors.groupingBy(
                EnrichmentEntry::member,
                TreeMap::new,
                Collectors.mapping(
                    e -> e.fact().orElseThrow() + "=" + e.value().orElseThrow(),
                    Collectors.toCollection(java.util.TreeSet::new))));
  }

  @Test
  void aClusterOfNamesKindsAndSirensGetsEveryFactTheRegisterHas() {
    Enrichment enrichment = Enricher.of(sirene).enrich(bare());
    Cluster cluster = enrichment.cluster();
    EnrichmentReport report = enrichment.report();

    Map<String, Set<String>> filled = filled(report);
    assertEquals(
        Set.of(
            "legalCategory=9220",
            "location=06069",
            "activity=94.99Z",
            "createdOn=2010-03-15",
            "sseFieldFlag=true",
            "employer=true",
            "rna=W062000123"),
        filled.get("asso"));
    // An SAS without the flag: no sseFieldFlag (null is unknown, never "no"); its only
    // establishment, flagged N.
    assertEquals(
        Set.of(
            "legalCategory=5710",
            "location=69383",
            "activity=47.11B",
            "createdOn=2018-05-20",
            "employer=false"),
        filled.get("sas"));
    // Paris, Lyon and Marseille are kept by arrondissement, as published: the geography knows them.
    assertTrue(filled.get("paris").contains("location=75115"));
    assertTrue(filled.get("sas-ess").contains("location=13206"));
    assertTrue(filled.get("commune").contains("legalCategory=7210"));
    assertTrue(filled.get("agglo").contains("legalCategory=7348"));
    // The stock gives a ceased unit only the start of its current period: ceased by that day at the
    // latest.
    assertEquals(
        Set.of(
            "legalCategory=9220",
            "location=06029",
            "activity=88.99B",
            "createdOn=2001-09-01",
            "sseFieldFlag=true",
            "rna=W062000456",
            "ceasedBy=2019-06-30"),
        filled.get("dissoute"));
    // 1900-01-01 is INSEE's unknown date: not a creation date.
    assertFalse(filled.get("fondation").stream().anyMatch(f -> f.startsWith("createdOn")));

    Stakeholder asso = stakeholder(cluster, "asso");
    assertEquals(Optional.of(LegalCategory.parse("9220")), asso.legalCategory());
    assertEquals(Optional.of(CommuneCode.parse("06069")), asso.location());
    assertEquals(Optional.of(true), asso.employer());
    assertEquals(Optional.of(true), asso.sseFieldFlag());
    assertEquals(
        Optional.of(PartialDate.parse("2019-06-30")), stakeholder(cluster, "dissoute").ceasedBy());
    assertEquals(Optional.empty(), stakeholder(cluster, "dissoute").ceasedOn());

    // Each fact cites its file and the date of the extract, as a REGISTER source naming what it
    // supports.
    assertEquals(
        List.of(
            Source.builder()
                .kind(SourceKind.REGISTER)
                .title("INSEE, Sirene: StockUniteLegale_utf8.zip, 2026-10-31")
                .url(Enricher.SIRENE_DATASET)
                .readOn(PartialDate.of(EXTRACT))
                .facts(Set.of("legalCategory", "activity", "createdOn", "sseFieldFlag", "rna"))
                .build(),
            Source.builder()
                .kind(SourceKind.REGISTER)
                .title("INSEE, Sirene: StockEtablissement_utf8.zip, 2026-10-31")
                .url(Enricher.SIRENE_DATASET)
                .readOn(PartialDate.of(EXTRACT))
                .facts(Set.of("location", "employer"))
                .build()),
        asso.sources());
    EnrichmentEntry category = report.filled().get(0);
    assertEquals("categorieJuridiqueUniteLegale", category.field().orElseThrow());
    assertEquals(Optional.of(EXTRACT), category.date());
    assertEquals(RegisterSource.Kind.SIRENE_STOCK, category.source().orElseThrow().kind());

    assertEquals(List.of("absente"), members(report, EnrichmentStatus.NOT_FOUND));
    assertEquals(List.of("discrete"), members(report, EnrichmentStatus.NOT_DIFFUSIBLE));
    assertEquals(
        Set.of(
            "nomUniteLegale",
            "prenom1UniteLegale",
            "prenomUsuelUniteLegale",
            "codePostalEtablissement",
            "coordonneeLambertAbscisseEtablissement",
            "coordonneeLambertOrdonneeEtablissement",
            "libelleVoieEtablissement",
            "numeroVoieEtablissement",
            "typeVoieEtablissement"),
        report.entries(EnrichmentStatus.NOT_DIFFUSIBLE).get(0).masked());
    EnrichmentEntry ceased = report.entries(EnrichmentStatus.CEASED).get(0);
    assertEquals("dissoute", ceased.member());
    assertEquals(Optional.of("2019-06-30"), ceased.value());
    assertEquals(Optional.of("ceasedBy"), ceased.fact());
    assertEquals(List.of("labo"), members(report, EnrichmentStatus.NO_IDENTIFIER));
    assertEquals(List.of(), report.conflicts());
    assertTrue(report.complete());
    assertEquals(List.of(), ClusterValidator.standard().validate(cluster));
  }

  static List<String> members(EnrichmentReport report, EnrichmentStatus status) {
    return report.entries(status).stream().map(EnrichmentEntry::member).toList();
  }

  @Test
  void aDeclaredFactIsNeverOverwrittenAndADifferentOneIsAConflict() {
    Cluster declared =
        Cluster.builder()
            .name("Pôle synthétique")
            .addMembers(
                of(
                    member("asso", StakeholderKind.ENTERPRISE, ASSOCIATION)
                        .location(CommuneCode.parse("75056"))
                        .legalCategory(LegalCategory.parse("9220"))
                        .createdOn(PartialDate.parse("2010"))))
            .addMembers(
                of(
                    member("sas", StakeholderKind.ENTERPRISE, SAS_PLAIN)
                        .legalCategory(LegalCategory.parse("5499"))))
            .addMembers(
                of(
                    member("paris", StakeholderKind.ENTERPRISE, PARIS)
                        .location(CommuneCode.parse("75056"))))
            .addMembers(
                of(
                    member("scic", StakeholderKind.ENTERPRISE, SCIC)
                        .legalForm(LegalForm.parse("SARL"))))
            .addMembers(
                of(member("commune", StakeholderKind.LOCAL_AUTHORITY, COMMUNE).employees(0)))
            .build();
    Enrichment enrichment = Enricher.of(sirene).enrich(declared);
    EnrichmentReport report = enrichment.report();

    Stakeholder asso = stakeholder(enrichment.cluster(), "asso");
    assertEquals(Optional.of(CommuneCode.parse("75056")), asso.location(), "declared, kept");
    assertEquals(Optional.of(PartialDate.parse("2010")), asso.createdOn(), "declared, kept");
    List<EnrichmentEntry> conflicts = report.conflicts();
    Map<String, EnrichmentEntry> byMember =
        conflicts.stream()
            .collect(Collectors.toMap(e -> e.member() + "." + e.fact().orElseThrow(), e -> e));
    assertEquals(
        Set.of("asso.location", "sas.legalCategory", "scic.legalCategory", "commune.employer"),
        byMember.keySet(),
        conflicts.toString());
    EnrichmentEntry commune = byMember.get("asso.location");
    assertEquals(Optional.of("75056"), commune.declared());
    assertEquals(Optional.of("06069"), commune.value());
    assertEquals("register.enrich.conflict", commune.code());
    assertEquals(Optional.of("5499"), byMember.get("sas.legalCategory").declared());
    assertEquals(
        Optional.of(LegalCategory.parse("5499")),
        stakeholder(enrichment.cluster(), "sas").legalCategory());
    // Paris and its 15th arrondissement agree; the declared city stays.
    assertEquals(
        Optional.of(CommuneCode.parse("75056")),
        stakeholder(enrichment.cluster(), "paris").location());
    // A SCIC's category 5560 is not one of a SARL's: the model refuses it, and says why.
    EnrichmentEntry refused = byMember.get("scic.legalCategory");
    assertEquals("register.enrich.refused", refused.code());
    assertEquals("stakeholder.legalFormMismatch", refused.refusal().orElseThrow().code());
    assertEquals(Optional.empty(), stakeholder(enrichment.cluster(), "scic").legalCategory());
    // The rest of the SCIC's facts are filled all the same.
    assertEquals(
        Optional.of(CommuneCode.parse("06069")),
        stakeholder(enrichment.cluster(), "scic").location());
    // A head count of zero declares it does not employ: the register's employer flag disagrees.
    assertEquals(Optional.of("employees 0"), byMember.get("commune.employer").declared());
    assertEquals(Optional.empty(), stakeholder(enrichment.cluster(), "commune").employer());
    assertEquals(List.of(), ClusterValidator.standard().validate(enrichment.cluster()));
    assertTrue(refused.message(Locale.FRENCH).contains("5560"), refused.message(Locale.FRENCH));
  }

  @Test
  void enrichingTwiceFillsNothingMore() {
    Enricher enricher = Enricher.of(sirene);
    Cluster once = enricher.enrich(bare()).cluster();
    Enrichment twice = enricher.enrich(once);
    assertEquals(List.of(), twice.report().filled());
    assertEquals(List.of(), twice.report().conflicts());
    assertSame(once, twice.cluster());
  }

  @Test
  void aMemberGivenByItsSiretIsLocatedByThatEstablishment() {
    Cluster cluster =
        Cluster.builder()
            .name("Pôle synthétique")
            .addMembers(
                of(
                    member("antenne", StakeholderKind.ENTERPRISE, null)
                        .siret(Siret.parse(SyntheticSirene.ASSOCIATION_CANNES))))
            .addMembers(
                of(
                    member("fermee", StakeholderKind.ENTERPRISE, null)
                        .siret(Siret.parse(ASSOCIATION_CLOSED))))
            .addMembers(
                of(
                    member("inconnue", StakeholderKind.ENTERPRISE, null)
                        .siret(Siret.parse(SyntheticSirene.ABSENT_SIRET))))
            .build();
    Enrichment enrichment = Enricher.of(sirene).enrich(cluster);
    Map<String, Set<String>> filled = filled(enrichment.report());
    // The establishment in Cannes, not the head office in Grasse; the unit's facts come with it.
    assertTrue(filled.get("antenne").containsAll(Set.of("location=06029", "legalCategory=9220")));
    // A closed establishment of a unit that lives on: where the member was, not where it is.
    assertFalse(filled.get("fermee").stream().anyMatch(f -> f.startsWith("location")));
    EnrichmentEntry closed = enrichment.report().entries(EnrichmentStatus.CLOSED).get(0);
    assertEquals(ASSOCIATION_CLOSED, closed.identifier().orElseThrow());
    assertEquals(Optional.of("2012-01-01"), closed.value());
    // A SIRET the register does not hold: not found, but its unit's facts are filled.
    assertEquals(List.of("inconnue"), members(enrichment.report(), EnrichmentStatus.NOT_FOUND));
    assertTrue(filled.get("inconnue").contains("legalCategory=5710"));
    assertFalse(filled.get("inconnue").stream().anyMatch(f -> f.startsWith("location")));
  }

  // --------------------------------------------------------------------------- batches written by
  // hand

  static final RegisterSource API =
      RegisterSource.apiCall(
          URI.create("https://recherche-entreprises.api.gouv.fr/search?q=" + ASSOCIATION),
          Instant.parse("2026-12-04T09:30:00Z"),
          false);

  static <T> RegisterFact<T> fact(T value, String raw, String field) {
    return new RegisterFact<>(value, raw, field, API);
  }

  @Test
  void anExactCessationDayFromTheApiIsCeasedOn() {
    Siren siren = Siren.parse(ASSOCIATION);
    LegalUnit unit =
        LegalUnit.builder(siren)
            .state(fact(UnitState.CEASED, "C", "etat_administratif"))
            .cessation(
                fact(
                    new EndDate(LocalDate.of(2024, 3, 31), EndDate.Precision.EXACT),
                    "2024-03-31",
                    "date_fermeture"))
            .essDirectory(fact(true, "true", "complements.est_ess"))
            .build();
    LookupBatch batch =
        new LookupBatch(
            Map.of(
                siren,
                LookupResult.found(
                    ASSOCIATION, API, Optional.of(unit), Optional.empty(), Optional.empty())),
            Map.of());
    Cluster cluster =
        Cluster.builder()
            .name("Pôle")
            .addMembers(of(member("asso", StakeholderKind.ENTERPRISE, ASSOCIATION)))
            .build();
    Enrichment enrichment = Enricher.of(sirene).enrich(cluster, batch);
    Stakeholder asso = stakeholder(enrichment.cluster(), "asso");
    assertEquals(Optional.of(PartialDate.parse("2024-03-31")), asso.ceasedOn());
    assertEquals(Optional.empty(), asso.ceasedBy());
    assertEquals(
        "register.enrich.ceased.exact",
        enrichment.report().entries(EnrichmentStatus.CEASED).get(0).code());
    // The API's est_ess is broader than INSEE's flag: noted, never filled as sseFieldFlag.
    assertEquals(Optional.empty(), asso.sseFieldFlag());
    assertEquals(List.of("asso"), members(enrichment.report(), EnrichmentStatus.NOTED));
    Source source = asso.sources().get(0);
    assertEquals(
        Optional.of("Recherche d'entreprises API: " + ASSOCIATION + ", 2026-12-04T09:30:00Z"),
        source.title());
    assertEquals(Optional.of(API.name()), source.url());
    assertEquals(Optional.of(PartialDate.parse("2026-12-04")), source.readOn());
    assertEquals(Set.of("ceasedOn"), source.facts());
  }

  @Test
  void aCessationDeclaredBeforeTheDataOfAnActiveUnitIsAConflict() {
    Siren siren = Siren.parse(ASSOCIATION);
    LegalUnit unit =
        LegalUnit.builder(siren).state(fact(UnitState.ACTIVE, "A", "etat_administratif")).build();
    LookupBatch batch =
        new LookupBatch(
            Map.of(
                siren,
                LookupResult.found(
                    ASSOCIATION, API, Optional.of(unit), Optional.empty(), Optional.empty())),
            Map.of());
    Cluster cluster =
        Cluster.builder()
            .name("Pôle")
            .addMembers(
                of(
                    member("asso", StakeholderKind.ENTERPRISE, ASSOCIATION)
                        .ceasedOn(PartialDate.parse("2025"))))
            .build();
    EnrichmentEntry conflict =
        Enricher.of(sirene).enrich(cluster, batch).report().conflicts().get(0);
    assertEquals("register.enrich.conflict.active", conflict.code());
    assertEquals(Optional.of("2025"), conflict.declared());
  }

  @Test
  void aCommuneTheGeographyDoesNotKnowIsRefusedAndTheClusterStaysValid() {
    Siret siret = Siret.parse(SyntheticSirene.ASSOCIATION_HEAD);
    LegalUnit unit =
        LegalUnit.builder(siret.siren())
            .legalCategory(fact(LegalCategory.parse("9220"), "9220", "nature_juridique"))
            .build();
    Establishment establishment =
        Establishment.builder(siret)
            .commune(
                fact(
                    RegisterCommune.of(CommuneCode.parse("06999")),
                    "06999",
                    "matching_etablissements[0].commune"))
            .build();
    LookupBatch batch =
        new LookupBatch(
            Map.of(),
            Map.of(
                siret,
                LookupResult.found(
                    siret.toString(),
                    API,
                    Optional.of(unit),
                    Optional.of(establishment),
                    Optional.empty())));
    Cluster cluster =
        Cluster.builder()
            .name("Pôle")
            .addMembers(of(member("asso", StakeholderKind.ENTERPRISE, null).siret(siret)))
            .build();
    Enrichment enrichment = Enricher.of(sirene).enrich(cluster, batch);
    EnrichmentEntry refused = enrichment.report().conflicts().get(0);
    assertEquals(Optional.of("location"), refused.fact());
    assertTrue(
        refused.refusal().orElseThrow().code().startsWith("commune.unknown"),
        refused.refusal().toString());
    Stakeholder asso = stakeholder(enrichment.cluster(), "asso");
    assertEquals(Optional.empty(), asso.location());
    assertEquals(
        Optional.of(LegalCategory.parse("9220")), asso.legalCategory(), "the other facts stay");
    assertEquals(
        Set.of("legalCategory"),
        asso.sources().get(0).facts(),
        "the source names what it still supports");
    assertEquals(List.of(), ClusterValidator.standard().validate(enrichment.cluster()));
  }

  @Test
  void aFailureOrAnIdentifierMissingFromTheBatchLeavesTheMemberUnknown() {
    Siren siren = Siren.parse(ASSOCIATION);
    LookupBatch batch =
        new LookupBatch(
            Map.of(
                siren,
                LookupResult.failed(
                    ASSOCIATION,
                    API,
                    new LookupFailure(
                        "register.api.status",
                        Map.of("status", "503", "identifier", ASSOCIATION, "attempts", "4")))),
            Map.of());
    Cluster cluster =
        Cluster.builder()
            .name("Pôle")
            .addMembers(of(member("asso", StakeholderKind.ENTERPRISE, ASSOCIATION)))
            .addMembers(of(member("scic", StakeholderKind.ENTERPRISE, SCIC)))
            .build();
    Enrichment enrichment = Enricher.of(sirene).enrich(cluster, batch);
    assertSame(cluster, enrichment.cluster());
    List<EnrichmentEntry> failed = enrichment.report().entries(EnrichmentStatus.FAILED);
    assertEquals(
        List.of("register.api.status", "register.enrich.notLookedUp"),
        failed.stream().map(e -> e.failure().orElseThrow().code()).toList());
    assertFalse(enrichment.report().complete());
    assertTrue(
        failed.get(0).message(Locale.ENGLISH).contains("HTTP 503"),
        failed.get(0).message(Locale.ENGLISH));
  }

  @Test
  void severalClustersAreLookedUpInOneBatch() {
    Cluster first =
        Cluster.builder()
            .name("Un")
            .addMembers(of(member("asso", StakeholderKind.ENTERPRISE, ASSOCIATION)))
            .build();
    Cluster second =
        Cluster.builder()
            .name("Deux")
            .addMembers(of(member("scic", StakeholderKind.ENTERPRISE, SCIC)))
            .build();
    List<Enrichment> both = Enricher.of(sirene).enrichAll(List.of(first, second));
    assertEquals(
        Optional.of(LegalCategory.parse("9220")),
        stakeholder(both.get(0).cluster(), "asso").legalCategory());
    assertEquals(
        Optional.of(LegalCategory.parse("5560")),
        stakeholder(both.get(1).cluster(), "scic").legalCategory());
  }
}
