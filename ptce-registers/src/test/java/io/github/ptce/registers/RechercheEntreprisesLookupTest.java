package io.github.ptce.registers;

import static io.github.ptce.registers.ApiBodies.ASSOCIATION;
import static io.github.ptce.registers.ApiBodies.ASSOCIATION_CANNES;
import static io.github.ptce.registers.ApiBodies.CEASED;
import static io.github.ptce.registers.ApiBodies.NON_DIFFUSIBLE;
import static io.github.ptce.registers.ApiBodies.SAS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.id.Rna;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.registers.StubApi.RecordingSleeper;
import io.github.ptce.registers.StubApi.Response;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API client against a local stub replaying answers in the API's JSON shape. No network. */
class RechercheEntreprisesLookupTest {
  static final Instant NOW = Instant.parse("2026-11-27T10:15:00Z");

  StubApi stub;
  RecordingSleeper sleeper;

  @BeforeEach
  void start() throws Exception {
    stub = new StubApi();
    sleeper = new RecordingSleeper();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private RechercheEntreprisesBuilder client() {
    return RegisterLookup.rechercheEntreprises()
        .baseUri(stub.uri())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .sleeper(sleeper)
        .random(new Random(42))
        .concurrency(1);
  }

  private LookupResult lookup(String siren) {
    try (RegisterLookup api = client().build()) {
      return api.lookup(Siren.parse(siren));
    }
  }

  private static <T> T value(Optional<RegisterFact<T>> fact) {
    return fact.orElseThrow().value();
  }

  @Test
  void aSirenIsOneDirectLookupWithTheFieldsItNeeds() {
    stub.script(ASSOCIATION, Response.ok(ApiBodies.payload(ApiBodies.association(""))));
    LookupResult result = lookup(ASSOCIATION);

    StubApi.Request request = stub.requests().get(0);
    assertEquals("/search", request.uri().getPath());
    assertEquals(
        "q=" + ASSOCIATION + "&minimal=true&include=siege,complements&page=1&per_page=1",
        request.uri().getRawQuery());
    assertEquals("ptce-registers (https://github.com/ptce/ptce)", request.userAgent());
    assertEquals("application/json", request.accept());

    assertEquals(LookupStatus.FOUND, result.status());
    LegalUnit unit = result.legalUnit().orElseThrow();
    assertEquals("9220", value(unit.legalCategory()).code());
    assertEquals("nature_juridique", unit.legalCategory().orElseThrow().field());
    assertEquals(Rna.parse("W751000789"), value(unit.rna()));
    assertEquals("complements.identifiant_association", unit.rna().orElseThrow().field());
    assertEquals(Boolean.TRUE, value(unit.essDirectory()));
    assertTrue(unit.sseFlag().isEmpty(), "the API does not give INSEE's own flag");
    assertTrue(unit.missionCompany().isEmpty(), "false means N or null: unknown");
    assertEquals(LocalDate.of(2010, 3, 15), value(unit.creationDate()));
    assertEquals(UnitState.ACTIVE, value(unit.state()));
    assertEquals("94.99Z", value(unit.activity()).naf().orElseThrow().toString());
    assertEquals(HeadcountBand.BAND_02, value(unit.headcount()).band());

    Establishment head = result.establishment().orElseThrow();
    assertEquals("75115", value(head.commune()).published().toString());
    assertEquals("75056", value(head.commune()).commune().toString());
    assertEquals("siege.commune", head.commune().orElseThrow().field());
    assertEquals("75015", value(head.postalCode()));

    EmployerEvidence employer = result.employer().orElseThrow();
    assertEquals(OptionalInt.of(2), employer.activeEstablishments());
    assertEquals(Optional.of(true), employer.employs());

    RegisterSource source = unit.state().orElseThrow().source();
    assertEquals(RegisterSource.Kind.RECHERCHE_ENTREPRISES_API, source.kind());
    assertEquals(Optional.of(NOW), source.retrievedAt());
    assertFalse(source.fromCache());
    assertTrue(source.name().startsWith(stub.uri() + "/search?q=" + ASSOCIATION), source.name());
    String citation = source.citation(Locale.FRENCH);
    assertTrue(citation.startsWith("API Recherche d'entreprises, "), citation);
    assertEquals(LocalDate.of(2026, 11, 27), source.date());
  }

  @Test
  void aSiretGivesItsOwnEstablishment() {
    String cannes = ApiBodies.matching(ASSOCIATION_CANNES, "06029", "N");
    stub.script(ASSOCIATION_CANNES, Response.ok(ApiBodies.payload(ApiBodies.association(cannes))));
    LookupResult result;
    try (RegisterLookup api = client().build()) {
      result = api.lookup(Siret.parse(ASSOCIATION_CANNES));
    }
    assertTrue(
        stub.requests()
            .get(0)
            .uri()
            .getRawQuery()
            .contains("include=siege,complements,matching_etablissements"));
    assertEquals(LookupStatus.FOUND, result.status());
    Establishment establishment = result.establishment().orElseThrow();
    assertEquals(ASSOCIATION_CANNES, establishment.siret().toString());
    assertEquals("06029", value(establishment.commune()).commune().toString());
    assertEquals(
        "matching_etablissements[0].commune", establishment.commune().orElseThrow().field());
    assertEquals(RegisterFlag.NO, value(establishment.employerFlag()));
    assertEquals(Boolean.FALSE, value(establishment.headOffice()));
    assertEquals("9220", value(result.legalUnit().orElseThrow().legalCategory()).code());
  }

  @Test
  void aSiretTheApiDoesNotListIsNotFoundWithItsUnit() {
    stub.script(ASSOCIATION_CANNES, Response.ok(ApiBodies.payload(ApiBodies.association(""))));
    LookupResult result;
    try (RegisterLookup api = client().build()) {
      result = api.lookup(Siret.parse(ASSOCIATION_CANNES));
    }
    assertEquals(LookupStatus.NOT_FOUND, result.status());
    assertTrue(result.legalUnit().isPresent());
  }

  @Test
  void anEmptyAnswerIsNotFound() {
    LookupResult result = lookup(SAS);
    assertEquals(LookupStatus.NOT_FOUND, result.status());
    assertTrue(result.legalUnit().isEmpty());
    assertEquals(RegisterSource.Kind.RECHERCHE_ENTREPRISES_API, result.source().kind());
  }

  @Test
  void anotherUnitInTheAnswerIsNotTakenForTheOneAskedFor() {
    stub.script(SAS, Response.ok(ApiBodies.payload(ApiBodies.association(""))));
    assertEquals(LookupStatus.NOT_FOUND, lookup(SAS).status());
  }

  @Test
  void aCeasedUnitHasItsExactDate() {
    stub.script(CEASED, Response.ok(ApiBodies.payload(ApiBodies.ceased())));
    LookupResult result = lookup(CEASED);
    LegalUnit unit = result.legalUnit().orElseThrow();
    assertEquals(UnitState.CEASED, value(unit.state()));
    assertEquals(
        new EndDate(LocalDate.of(2019, 6, 30), EndDate.Precision.EXACT), value(unit.cessation()));
    assertEquals("date_fermeture", unit.cessation().orElseThrow().field());
    Establishment head = result.establishment().orElseThrow();
    assertEquals(EstablishmentState.CLOSED, value(head.state()));
    assertEquals(
        Optional.empty(),
        result.employer().orElseThrow().employs(),
        "no active establishment: unknown");
  }

  @Test
  void aNonDiffusibleUnitListsEveryMaskedFieldAndKeepsTheRest() {
    stub.script(NON_DIFFUSIBLE, Response.ok(ApiBodies.payload(ApiBodies.nonDiffusible())));
    LookupResult result = lookup(NON_DIFFUSIBLE);
    assertEquals(LookupStatus.FOUND, result.status());
    assertTrue(result.partiallyDiffusible());
    LegalUnit unit = result.legalUnit().orElseThrow();
    assertEquals(Diffusion.PARTIAL, value(unit.diffusion()));
    assertEquals(Set.of("nom_complet", "nom_raison_sociale", "sigle"), unit.maskedFields());
    assertTrue(unit.name().isEmpty(), "a mask is never read as a name");
    Establishment head = result.establishment().orElseThrow();
    assertEquals(
        Set.of(
            "siege.adresse",
            "siege.code_postal",
            "siege.coordonnees",
            "siege.latitude",
            "siege.libelle_voie",
            "siege.longitude",
            "siege.numero_voie",
            "siege.type_voie"),
        head.maskedFields());
    assertTrue(head.postalCode().isEmpty());
    assertEquals("06069", value(head.commune()).commune().toString());
    assertEquals("1000", value(unit.legalCategory()).code());
    assertEquals(
        Optional.of(false),
        result.employer().orElseThrow().employs(),
        "its only open establishment, the head office, is flagged N");
    assertEquals(11, result.maskedFields().size());
  }

  @Test
  void aMissionCompanyAndAnUnknownCreationDate() {
    stub.script(SAS, Response.ok(ApiBodies.payload(ApiBodies.missionCompany())));
    LookupResult result = lookup(SAS);
    LegalUnit unit = result.legalUnit().orElseThrow();
    assertEquals(RegisterFlag.YES, value(unit.missionCompany()));
    assertTrue(unit.creationDate().isEmpty(), "1900-01-01 is INSEE's unknown date");
    assertEquals(
        "13055", value(result.establishment().orElseThrow().commune()).commune().toString());
    assertEquals(
        Optional.empty(), result.employer().orElseThrow().employs(), "a null flag: unknown");
  }

  @Test
  void a429WaitsItsRetryAfterThenSucceeds() {
    stub.script(
        ASSOCIATION,
        new Response(429, "", Map.of("Retry-After", "2"), 0),
        Response.ok(ApiBodies.payload(ApiBodies.association(""))));
    LookupResult result = lookup(ASSOCIATION);
    assertEquals(LookupStatus.FOUND, result.status());
    assertEquals(2, stub.requestsFor(ASSOCIATION));
    assertEquals(
        List.of(Duration.ofSeconds(2)),
        sleeper.nonZeroWaits(),
        "the next request waited Retry-After");
  }

  @Test
  void aRetryAfterGivenAsAnHttpDate() {
    stub.script(
        ASSOCIATION,
        new Response(429, "", Map.of("Retry-After", "Fri, 27 Nov 2026 10:15:05 GMT"), 0),
        Response.ok(ApiBodies.payload(ApiBodies.association(""))));
    assertEquals(LookupStatus.FOUND, lookup(ASSOCIATION).status());
    assertEquals(List.of(Duration.ofSeconds(5)), sleeper.nonZeroWaits());
  }

  @Test
  void aRetryAfterLongerThanTheMaximumFailsThatIdentifierOnly() {
    stub.script(ASSOCIATION, new Response(429, "", Map.of("Retry-After", "3600"), 0));
    stub.script(CEASED, Response.ok(ApiBodies.payload(ApiBodies.ceased())));
    LookupBatch batch;
    try (RegisterLookup api = client().maxRetryAfter(Duration.ofSeconds(30)).build()) {
      batch = api.lookup(List.of(Siren.parse(ASSOCIATION), Siren.parse(CEASED)), List.of());
    }
    LookupResult limited = batch.get(Siren.parse(ASSOCIATION));
    assertEquals(LookupStatus.FAILED, limited.status());
    LookupFailure failure = limited.failure().orElseThrow();
    assertEquals("register.api.rateLimited", failure.code());
    assertEquals(Map.of("seconds", "3600", "maximum", "30"), failure.arguments());
    assertTrue(failure.message(Locale.FRENCH).contains("3600 s"), failure.message(Locale.FRENCH));
    assertEquals(LookupStatus.FOUND, batch.get(Siren.parse(CEASED)).status());
  }

  @Test
  void serverErrorsAreRetriedWithABoundedJitteredBackoff() {
    stub.script(
        ASSOCIATION,
        Response.status(503),
        Response.status(502),
        Response.ok(ApiBodies.payload(ApiBodies.association(""))));
    assertEquals(LookupStatus.FOUND, lookup(ASSOCIATION).status());
    assertEquals(3, stub.requestsFor(ASSOCIATION));
    List<Duration> waits = sleeper.nonZeroWaits();
    assertEquals(2, waits.size(), waits.toString());
    assertBetween(waits.get(0), 250, 500);
    assertBetween(waits.get(1), 500, 1000);
  }

  @Test
  void persistentServerErrorsFailTheIdentifierAfterTheLastAttempt() {
    stub.script(ASSOCIATION, Response.status(500));
    LookupResult result;
    try (RegisterLookup api =
        client()
            .maxAttempts(5)
            .backoff(Duration.ofMillis(100), Duration.ofMillis(300))
            .requestsPerSecond(1000)
            .build()) {
      result = api.lookup(Siren.parse(ASSOCIATION));
    }
    assertEquals(LookupStatus.FAILED, result.status());
    assertEquals(
        Map.of("identifier", ASSOCIATION, "status", "500", "attempts", "5"),
        result.failure().orElseThrow().arguments());
    assertEquals(5, stub.requestsFor(ASSOCIATION));
    List<Duration> waits = sleeper.nonZeroWaits();
    assertEquals(4, waits.size());
    assertBetween(waits.get(0), 50, 100);
    assertBetween(waits.get(1), 100, 200);
    assertBetween(waits.get(2), 150, 300);
    assertBetween(waits.get(3), 150, 300);
  }

  private static void assertBetween(Duration wait, long minMillis, long maxMillis) {
    assertTrue(
        wait.toMillis() >= minMillis && wait.toMillis() <= maxMillis,
        wait + " not in [" + minMillis + ", " + maxMillis + "] ms");
  }

  @Test
  void aSlowAnswerIsTriedAgainThenFailsWhenAlwaysSlow() {
    stub.script(
        ASSOCIATION,
        new Response(200, ApiBodies.payload(ApiBodies.association("")), Map.of(), 2_000),
        Response.ok(ApiBodies.payload(ApiBodies.association(""))));
    stub.script(CEASED, new Response(200, ApiBodies.empty(), Map.of(), 2_000));
    LookupBatch batch;
    try (RegisterLookup api =
        client().requestTimeout(Duration.ofMillis(200)).maxAttempts(2).build()) {
      batch = api.lookup(List.of(Siren.parse(ASSOCIATION), Siren.parse(CEASED)), List.of());
    }
    assertEquals(LookupStatus.FOUND, batch.get(Siren.parse(ASSOCIATION)).status());
    LookupResult slow = batch.get(Siren.parse(CEASED));
    assertEquals(LookupStatus.FAILED, slow.status());
    assertEquals("register.api.timeout", slow.failure().orElseThrow().code());
    assertEquals("2", slow.failure().orElseThrow().arguments().get("attempts"));
  }

  @Test
  void malformedBodiesFailTheIdentifierWithoutACrash() {
    Map<String, String> bodies =
        Map.of(
            siren("20000001"), "<html><body>Bad gateway</body></html>",
            siren("20000002"), "{\"results\": \"none\"}",
            siren("20000003"), "{\"results\": [\"" + siren("20000003") + "\"]}",
            siren("20000004"), "[]",
            siren("20000005"),
                "{\"results\": [{\"siren\": \"" + siren("20000005") + "\", \"nature_juridique\": ",
            siren("20000006"), "");
    bodies.forEach((id, body) -> stub.script(id, Response.ok(body)));
    Map<Siren, LookupResult> results;
    try (RegisterLookup api = client().build()) {
      results = api.lookupSirens(bodies.keySet().stream().sorted().map(Siren::parse).toList());
    }
    results.forEach(
        (id, result) -> {
          assertEquals(LookupStatus.FAILED, result.status(), id.toString());
          LookupFailure failure = result.failure().orElseThrow();
          assertEquals("register.api.malformed", failure.code());
          assertFalse(failure.message(Locale.ENGLISH).isBlank());
        });
  }

  @Test
  void valuesOfTheWrongTypeAreAbsentNotFatal() {
    String body =
        "{\"results\": [{\"siren\": \""
            + SAS
            + "\", \"nature_juridique\": 5710, \"date_creation\": "
            + "\"yesterday\", \"etat_administratif\": \"Z\", \"siege\": {\"siret\": \"123\", \"commune\": \"99999\"}, "
            + "\"complements\": {\"est_ess\": \"yes\"}}]}";
    stub.script(SAS, Response.ok(body));
    LookupResult result = lookup(SAS);
    assertEquals(LookupStatus.FOUND, result.status());
    LegalUnit unit = result.legalUnit().orElseThrow();
    assertTrue(unit.legalCategory().isEmpty());
    assertTrue(unit.creationDate().isEmpty());
    assertTrue(unit.state().isEmpty());
    assertTrue(unit.essDirectory().isEmpty());
    assertTrue(result.establishment().isEmpty(), "a SIRET that is not one is no establishment");
  }

  @Test
  void aRefusedRequestCarriesTheApisOwnWords() {
    stub.script(
        ASSOCIATION,
        new Response(
            400,
            "{\"erreur\": \"Veuillez indiquer au moins un paramètre de " + "recherche.\"}",
            Map.of(),
            0));
    LookupResult result = lookup(ASSOCIATION);
    assertEquals("register.api.badRequest", result.failure().orElseThrow().code());
    assertEquals(
        "Veuillez indiquer au moins un paramètre de recherche.",
        result.failure().orElseThrow().arguments().get("detail"));
    assertEquals(1, stub.requestsFor(ASSOCIATION), "a 400 is not tried again");
  }

  @Test
  void anUnreachableApiFailsTheBatchClearly() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    RegisterException e;
    try (RegisterLookup api =
        client().baseUri(URI.create("http://127.0.0.1:" + port)).maxAttempts(2).build()) {
      e = assertThrows(RegisterException.class, () -> api.lookup(Siren.parse(ASSOCIATION)));
    }
    assertEquals("register.api.offline", e.code());
    assertEquals("http://127.0.0.1:" + port, e.arguments().get("uri"));
    assertTrue(e.message(Locale.FRENCH).contains("injoignable"), e.message(Locale.FRENCH));
    assertTrue(e.message(Locale.ENGLISH).contains("Sirene stock files"), e.message(Locale.ENGLISH));
  }

  @Test
  void requestsAreSpacedToTheRateLimit() {
    List<Siren> sirens =
        IntStream.rangeClosed(1, 8).mapToObj(i -> Siren.parse(siren("3000000" + i))).toList();
    try (RegisterLookup api = client().build()) {
      api.lookupSirens(sirens);
    }
    assertEquals(8, stub.requests().size());
    Duration interval = Duration.ofNanos((long) Math.ceil(1e9 / 7));
    List<Duration> waits = sleeper.waits();
    assertEquals(Duration.ZERO, waits.get(0));
    waits.subList(1, waits.size()).forEach(w -> assertEquals(interval, w));
  }

  @Test
  void answersAreCachedWithTheDateOfTheCallAndRefreshedWhenOld(@TempDir Path cache)
      throws Exception {
    stub.script(ASSOCIATION, Response.ok(ApiBodies.payload(ApiBodies.association(""))));
    stub.script(SAS, Response.ok(ApiBodies.empty()));
    try (RegisterLookup api = client().cache(cache, Duration.ofDays(30)).build()) {
      api.lookupSirens(List.of(Siren.parse(ASSOCIATION), Siren.parse(SAS)));
    }
    assertTrue(Files.isRegularFile(cache.resolve(ASSOCIATION + ".json")));
    assertTrue(Files.isRegularFile(cache.resolve(SAS + ".json")), "not found is an answer too");

    Clock later = Clock.fixed(NOW.plus(Duration.ofDays(29)), ZoneOffset.UTC);
    LookupBatch again;
    try (RegisterLookup api = client().clock(later).cache(cache, Duration.ofDays(30)).build()) {
      again = api.lookup(List.of(Siren.parse(ASSOCIATION), Siren.parse(SAS)), List.of());
    }
    assertEquals(2, stub.requests().size(), "read from the cache");
    RegisterSource source =
        again
            .get(Siren.parse(ASSOCIATION))
            .legalUnit()
            .orElseThrow()
            .state()
            .orElseThrow()
            .source();
    assertTrue(source.fromCache());
    assertEquals(Optional.of(NOW), source.retrievedAt(), "the date of the original call");
    assertTrue(source.citation(Locale.ENGLISH).endsWith("(answer read from the cache)"));
    assertEquals(LookupStatus.NOT_FOUND, again.get(Siren.parse(SAS)).status());

    Clock muchLater = Clock.fixed(NOW.plus(Duration.ofDays(31)), ZoneOffset.UTC);
    try (RegisterLookup api = client().clock(muchLater).cache(cache, Duration.ofDays(30)).build()) {
      LookupResult fresh = api.lookup(Siren.parse(ASSOCIATION));
      assertFalse(fresh.legalUnit().orElseThrow().state().orElseThrow().source().fromCache());
    }
    assertEquals(3, stub.requests().size(), "an old answer is asked again");
  }

  @Test
  void aDamagedCacheFileIsIgnoredAndReplaced(@TempDir Path cache) throws Exception {
    stub.script(ASSOCIATION, Response.ok(ApiBodies.payload(ApiBodies.association(""))));
    Files.writeString(
        cache.resolve(ASSOCIATION + ".json"), "{\"format\": \"ptce-registers-cache/1\", \"uri\"");
    try (RegisterLookup api = client().cache(cache, Duration.ofDays(30)).build()) {
      assertEquals(LookupStatus.FOUND, api.lookup(Siren.parse(ASSOCIATION)).status());
    }
    assertEquals(1, stub.requests().size());
    assertTrue(
        Files.readString(cache.resolve(ASSOCIATION + ".json"))
            .contains("\"retrievedAt\":\"" + NOW + "\""));
  }

  @Test
  void failuresAreNotCached(@TempDir Path cache) throws Exception {
    stub.script(ASSOCIATION, Response.status(500));
    try (RegisterLookup api = client().maxAttempts(1).cache(cache, Duration.ofDays(30)).build()) {
      assertEquals(LookupStatus.FAILED, api.lookup(Siren.parse(ASSOCIATION)).status());
    }
    try (var files = Files.list(cache)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void aCacheDirectoryThatDoesNotExistIsRefused(@TempDir Path dir) {
    RegisterException e =
        assertThrows(
            RegisterException.class,
            () -> client().cache(dir.resolve("none"), Duration.ofDays(1)).build());
    assertEquals("register.api.cache", e.code());
  }

  @Test
  void aClosedClientRefusesToLookUp() {
    RegisterLookup api = client().build();
    api.close();
    api.close();
    assertThrows(IllegalStateException.class, () -> api.lookup(Siren.parse(ASSOCIATION)));
  }

  @Test
  void optionsOutOfRangeAreRefusedWhenSet() {
    RechercheEntreprisesBuilder builder = RegisterLookup.rechercheEntreprises();
    assertThrows(
        IllegalArgumentException.class, () -> builder.baseUri(URI.create("ftp://example.org")));
    assertThrows(IllegalArgumentException.class, () -> builder.requestsPerSecond(0));
    assertThrows(IllegalArgumentException.class, () -> builder.requestsPerSecond(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> builder.concurrency(0));
    assertThrows(IllegalArgumentException.class, () -> builder.maxAttempts(11));
    assertThrows(IllegalArgumentException.class, () -> builder.requestTimeout(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> builder.backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class, () -> builder.maxRetryAfter(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> builder.userAgent("ptce\nX-Injected: 1"));
    assertThrows(IllegalArgumentException.class, () -> builder.cache(Path.of("."), Duration.ZERO));
  }

  private static String siren(String eight) {
    return SyntheticSirene.siren(eight);
  }
}
