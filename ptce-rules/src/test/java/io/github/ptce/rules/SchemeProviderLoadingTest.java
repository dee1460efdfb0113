package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.SchemeCatalog.ProviderProblem;
import io.github.ptce.rules.SchemeCatalog.ProviderProblem.Reason;
import io.github.ptce.rules.spi.BaseCriterion;
import io.github.ptce.rules.spi.SchemeProvider;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One broken scheme provider never breaks the catalogue or the engine: each provider is loaded on
 * its own, a broken one is left out and reported, and the others make the catalogue. The providers
 * below are found by a class loader that sees a service file written for each test, beside ptce's
 * own providers.
 */
class SchemeProviderLoadingTest {
  static final MessageBundle TEXTS =
      MessageBundle.load(MethodHandles.lookup(), "providers/messages");
  static final String PREFIX = SchemeProviderLoadingTest.class.getName() + "$";
  static final LocalDate FROM = LocalDate.of(2020, 1, 1);

  @TempDir Path dir;

  /**
   * A criterion met by any cluster, so that an engine built on the catalogue can be seen to work.
   */
  static final class Named extends BaseCriterion {
    Named(String id) {
      super(id, CriterionKind.AUTOMATED, basis(), Validity.from(FROM), TEXTS);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      return result(Outcome.MET, "met", "name", evaluation.cluster().name()).build();
    }
  }

  static LegalBasis basis() {
    return LegalBasis.builder()
        .text("Règlement de test")
        .article("Art. 1")
        .versionDate(FROM)
        .url("https://example.org/test")
        .publisher("Région de test")
        .primary(true)
        .status(SourceStatus.CONFIRMED)
        .build();
  }

  static Scheme scheme(String id, Criterion criterion, TerritorialScope scope) {
    return Scheme.builder()
        .id(id)
        .version("1.0.0")
        .title(Message.of(TEXTS, "test.providers.title", Map.of()))
        .summary(Message.of(TEXTS, "test.providers.summary", Map.of()))
        .issuer(Issuer.of(Issuer.Kind.FOUNDATION))
        .kind(SchemeKind.SUPPORT)
        .scope(scope)
        .validity(Validity.from(FROM))
        .criteria(CriterionNode.allOf(CriterionNode.of(criterion)))
        .legalBasis(basis())
        .build();
  }

  static final Criterion NAMED = new Named("test.providers.named");

  /** A provider that works. */
  public static final class Good implements SchemeProvider {
    /** Called by the service loader. */
    public Good() {}

    @Override
    public List<Scheme> schemes() {
      return List.of(scheme("test.providers.good", NAMED, TerritorialScope.NATIONAL));
    }
  }

  /** Its constructor throws. */
  public static final class ThrowsWhenCreated implements SchemeProvider {
    /** Fails on purpose. */
    public ThrowsWhenCreated() {
      throw new IllegalStateException("broken on purpose");
    }

    @Override
    public List<Scheme> schemes() {
      return List.of();
    }
  }

  /** Its class cannot be initialised. */
  public static final class FailsToInitialise implements SchemeProvider {
    static final List<Scheme> SCHEMES = fail();

    /** Never reached: the class initialisation fails first. */
    public FailsToInitialise() {}

    private static List<Scheme> fail() {
      throw new IllegalStateException("static initialisation broken on purpose");
    }

    @Override
    public List<Scheme> schemes() {
      return SCHEMES;
    }
  }

  /** Its {@code schemes()} throws. */
  public static final class ThrowsWhenAsked implements SchemeProvider {
    /** Called by the service loader. */
    public ThrowsWhenAsked() {}

    @Override
    public List<Scheme> schemes() {
      throw new UnsupportedOperationException("no schemes today");
    }
  }

  /** Its {@code schemes()} returns null. */
  public static final class ReturnsNull implements SchemeProvider {
    /** Called by the service loader. */
    public ReturnsNull() {}

    @Override
    public List<Scheme> schemes() {
      return null;
    }
  }

  /** Its {@code schemes()} has a null among them. */
  public static final class ReturnsANullScheme implements SchemeProvider {
    /** Called by the service loader. */
    public ReturnsANullScheme() {}

    @Override
    public List<Scheme> schemes() {
      return java.util.Arrays.asList(
          scheme("test.providers.null", NAMED, TerritorialScope.NATIONAL), null);
    }
  }

  /** Claims the scheme id of {@link Good}, and comes after it by class name. */
  public static final class LaterDuplicate implements SchemeProvider {
    /** Called by the service loader. */
    public LaterDuplicate() {}

    @Override
    public List<Scheme> schemes() {
      return List.of(
          scheme(
              "test.providers.good",
              new Named("test.providers.named.other"),
              TerritorialScope.NATIONAL));
    }
  }

  /** A criterion id of {@link Good} for another criterion, in a scheme of its own. */
  public static final class OtherCriterionSameId implements SchemeProvider {
    /** Called by the service loader. */
    public OtherCriterionSameId() {}

    @Override
    public List<Scheme> schemes() {
      return List.of(
          scheme(
              "test.providers.other",
              new Named("test.providers.named"),
              TerritorialScope.NATIONAL));
    }
  }

  /**
   * Claims the id of a bundled legal definition, and comes before ptce's providers by class name.
   */
  public static final class ABorrower implements SchemeProvider {
    /** Called by the service loader. */
    public ABorrower() {}

    @Override
    public List<Scheme> schemes() {
      return List.of(
          scheme(
              "fr.law.2014-856.art9",
              new Named("test.providers.named.borrowed"),
              TerritorialScope.NATIONAL));
    }
  }

  /**
   * A scheme of the Région Hauts-de-France from 2020 is fine; from 2015 the région does not exist
   * yet.
   */
  public static final class BeforeTheRegion implements SchemeProvider {
    /** Called by the service loader. */
    public BeforeTheRegion() {}

    @Override
    public List<Scheme> schemes() {
      Scheme scheme =
          scheme(
              "test.providers.region",
              new Named("test.providers.named.region"),
              TerritorialScope.region("32"));
      return List.of(
          Scheme.builder().from(scheme).validity(Validity.from(LocalDate.of(2015, 1, 1))).build());
    }
  }

  /** A catalogue loaded by a class loader whose service file lists the given lines. */
  SchemeCatalog load(String... lines) throws IOException {
    Path services = dir.resolve("META-INF/services/" + SchemeProvider.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {dir.toUri().toURL()}, SchemeProviderLoadingTest.class.getClassLoader())) {
      return SchemeCatalog.load(loader);
    }
  }

  static Map<String, Reason> reasons(SchemeCatalog catalog) {
    Map<String, Reason> reasons = new TreeMap<>();
    catalog.loadProblems().forEach(p -> reasons.put(p.provider(), p.reason()));
    return reasons;
  }

  @Test
  void brokenProvidersAreLeftOutAndTheOthersMakeTheCatalogue() throws IOException {
    SchemeCatalog catalog =
        load(
            "# a comment",
            PREFIX + "ThrowsWhenCreated",
            PREFIX + "Good",
            PREFIX + "FailsToInitialise",
            PREFIX + "ThrowsWhenAsked",
            PREFIX + "ReturnsNull",
            PREFIX + "ReturnsANullScheme");
    assertEquals(
        Map.of(
            PREFIX + "ThrowsWhenCreated",
            Reason.NOT_LOADED,
            PREFIX + "FailsToInitialise",
            Reason.NOT_LOADED,
            PREFIX + "ThrowsWhenAsked",
            Reason.FAILED,
            PREFIX + "ReturnsNull",
            Reason.FAILED,
            PREFIX + "ReturnsANullScheme",
            Reason.FAILED),
        reasons(catalog));
    assertEquals(
        List.of("schemes() returned null", "schemes() returned null at index 1"),
        catalog.loadProblems().stream()
            .filter(p -> p.provider().contains("Null"))
            .map(ProviderProblem::detail)
            .sorted()
            .toList());
    assertTrue(catalog.find("test.providers.good").isPresent());
    assertEquals(
        SchemeCatalog.standard().all().size() + 1,
        catalog.all().size(),
        "ptce's own schemes are there");
    ProviderProblem created =
        catalog.loadProblems().stream()
            .filter(p -> p.provider().endsWith("ThrowsWhenCreated"))
            .findFirst()
            .orElseThrow();
    assertTrue(created.detail().contains("broken on purpose"), created.detail());
    assertTrue(created.cause().isPresent());
    assertTrue(
        created.toString().startsWith(PREFIX + "ThrowsWhenCreated [NOT_LOADED] "),
        created.toString());
    ProviderProblem asked =
        catalog.loadProblems().stream()
            .filter(p -> p.provider().endsWith("ThrowsWhenAsked"))
            .findFirst()
            .orElseThrow();
    assertEquals("java.lang.UnsupportedOperationException: no schemes today", asked.detail());

    // The engine over it works, for the good provider's scheme and for ptce's own.
    EligibilityEngine engine = EligibilityEngine.standard(catalog, Geography.bundled());
    assertSame(catalog, engine.catalog());
    EligibilityReport report =
        engine.evaluate(
            TestClusters.lille(),
            LocalDate.of(2026, 1, 15),
            "test.providers.good",
            "fr.law.2014-856.art9");
    assertEquals(
        SchemeOutcome.ELIGIBLE, report.scheme("test.providers.good").orElseThrow().outcome());
    assertTrue(report.scheme("fr.law.2014-856.art9").isPresent());
  }

  @Test
  void aServiceFileLineThatIsNoProviderIsReportedAndTheNextOneLoaded() throws IOException {
    String notAProvider = SchemeProviderLoadingTest.class.getName();
    SchemeCatalog catalog =
        load("io.github.ptce.rules.NoSuchProvider", notAProvider, PREFIX + "Good");
    assertEquals(2, catalog.loadProblems().size(), catalog.loadProblems().toString());
    for (ProviderProblem problem : catalog.loadProblems()) {
      assertEquals(Reason.NOT_LOADED, problem.reason());
    }
    assertTrue(
        catalog.loadProblems().get(0).provider().contains("io.github.ptce.rules.NoSuchProvider"),
        catalog.loadProblems().get(0).provider());
    assertTrue(
        catalog.loadProblems().get(1).provider().contains(notAProvider + " not a subtype"),
        catalog.loadProblems().get(1).provider());
    assertTrue(catalog.find("test.providers.good").isPresent());
  }

  @Test
  void ofTwoProvidersWithTheSameIdTheLaterByClassNameIsLeftOutWhateverTheOrderOfTheServiceFile()
      throws IOException {
    for (List<String> order :
        List.of(
            List.of("Good", "LaterDuplicate", "OtherCriterionSameId"),
            List.of("OtherCriterionSameId", "LaterDuplicate", "Good"))) {
      SchemeCatalog catalog =
          load(order.stream().map(name -> PREFIX + name).toArray(String[]::new));
      assertEquals(
          Map.of(
              PREFIX + "LaterDuplicate",
              Reason.CONFLICT,
              PREFIX + "OtherCriterionSameId",
              Reason.CONFLICT),
          reasons(catalog),
          order.toString());
      assertSame(
          NAMED, catalog.criterion("test.providers.named").orElseThrow(), "Good's criterion stays");
      assertTrue(
          catalog.find("test.providers.other").isEmpty(),
          "a provider is left out with all its schemes");
      String detail =
          catalog.loadProblems().stream()
              .filter(p -> p.provider().endsWith("LaterDuplicate"))
              .findFirst()
              .orElseThrow()
              .detail();
      assertEquals(
          "java.lang.IllegalArgumentException: two schemes have the id test.providers.good",
          detail);
    }
  }

  @Test
  void aProviderCannotTakeTheIdOfABundledScheme() throws IOException {
    SchemeCatalog catalog = load(PREFIX + "ABorrower");
    assertEquals(Map.of(PREFIX + "ABorrower", Reason.CONFLICT), reasons(catalog));
    assertEquals(
        SchemeCatalog.standard().find("fr.law.2014-856.art9"),
        catalog.find("fr.law.2014-856.art9"));
  }

  @Test
  void theStandardEngineLeavesOutAProviderWhoseTerritoryTheGeographyDoesNotHave()
      throws IOException {
    SchemeCatalog catalog = load(PREFIX + "BeforeTheRegion", PREFIX + "Good");
    assertEquals(List.of(), catalog.loadProblems());
    assertThrows(
        IllegalArgumentException.class,
        () -> EligibilityEngine.of(catalog, Geography.bundled(), EvaluationOptions.LITERAL),
        "an engine made explicitly refuses the catalogue");
    EligibilityEngine engine = EligibilityEngine.standard(catalog, Geography.bundled());
    assertEquals(Map.of(PREFIX + "BeforeTheRegion", Reason.TERRITORY), reasons(engine.catalog()));
    assertTrue(engine.catalog().find("test.providers.region").isEmpty());
    assertTrue(engine.catalog().find("test.providers.good").isPresent());
    assertTrue(
        engine
            .catalog()
            .loadProblems()
            .get(0)
            .detail()
            .startsWith("test.providers.region applies from " + "2015-01-01, before the région"),
        engine.catalog().loadProblems().get(0).detail());
  }

  @Test
  void theStandardCatalogueLoadsEveryBundledProvider() {
    assertEquals(List.of(), SchemeCatalog.standard().loadProblems());
    assertEquals(List.of(), EligibilityEngine.standard().catalog().loadProblems());
    assertSame(SchemeCatalog.standard(), EligibilityEngine.standard().catalog());
    assertEquals(List.of(), SchemeCatalog.of(List.of()).loadProblems());
  }

  @Test
  void aProblemHasItsProviderReasonDetailAndCause() {
    assertThrows(
        NullPointerException.class,
        () -> new ProviderProblem(null, Reason.FAILED, "x", Optional.empty()));
    assertThrows(
        NullPointerException.class, () -> new ProviderProblem("p", null, "x", Optional.empty()));
    assertThrows(
        NullPointerException.class,
        () -> new ProviderProblem("p", Reason.FAILED, null, Optional.empty()));
    assertThrows(
        NullPointerException.class, () -> new ProviderProblem("p", Reason.FAILED, "x", null));
    assertEquals(
        "p [FAILED] x", new ProviderProblem("p", Reason.FAILED, "x", Optional.empty()).toString());
  }
}
