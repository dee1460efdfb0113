package io.github.ptce.rules;

import io.github.ptce.rules.spi.SchemeProvider;
import java.security.CodeSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The schemes known to an engine: those of every {@link SchemeProvider} on the class path (or
 * module path), or a list given explicitly.
 *
 * <p>Scheme ids and criterion ids are unique in a catalogue. A criterion may be shared by several
 * schemes evaluated for the same subject, as one and the same instance: a call that applies the
 * conditions of a decree lists the decree's criteria (the State call of 2015 and Art. 3 of décret
 * n° 2015-431), and an assessment of such a criterion answers it in every scheme that lists it.
 *
 * <p>A catalogue loaded from providers survives a broken one: each provider is loaded on its own,
 * and one whose class cannot be loaded or instantiated, whose {@code schemes()} throws or returns
 * nulls, or whose schemes would clash with those already accepted, is left out with its {@link
 * ProviderProblem}, logged at {@code WARNING} through {@link System.Logger} and listed by {@link
 * #loadProblems()}; the others make the catalogue. Providers are accepted in a fixed order,
 * whatever the order of the class path: ptce's own (from the jar or module of ptce-rules) first,
 * then the others by class name, so that a provider whose scheme or criterion id is already taken
 * is the one left out, and never a bundled legal definition.
 *
 * <p>Immutable and thread-safe.
 */
public final class SchemeCatalog {
  private static final System.Logger LOG = System.getLogger(SchemeCatalog.class.getName());

  /**
   * Bounds the errors of one loading: a service loader that fails on every entry cannot loop
   * forever.
   */
  private static final int MAX_ERRORS = 1_000;

  private final Map<String, Scheme> schemes;
  private final Map<String, Criterion> criteria;
  private final Map<String, Scheme> schemeOfCriterion;

  /**
   * The providers the catalogue was loaded from, in the order they were accepted; empty for {@link
   * #of}.
   */
  private final List<Loaded> providers;

  private final List<ProviderProblem> problems;

  /**
   * A scheme provider left out of a catalogue, and why.
   *
   * @param provider the provider's class name; when the class itself could not be found, the
   *     error's message, which names the line of the service file
   * @param reason what went wrong
   * @param detail what went wrong, in English, for logs
   * @param cause the exception thrown, if one was
   */
  public record ProviderProblem(
      String provider, Reason reason, String detail, Optional<Throwable> cause) {
    /** What made a provider be left out. */
    public enum Reason {
      /** The provider's class could not be found, loaded or instantiated. */
      NOT_LOADED,
      /** Its {@code schemes()} threw, or returned null or a list with a null. */
      FAILED,
      /**
       * One of its schemes could not join the others: its scheme id or one of its criterion ids is
       * already taken by a provider accepted before it (or by another of its own schemes), or it
       * shares a criterion with a scheme evaluated for another subject.
       */
      CONFLICT,
      /**
       * One of its schemes applies in a territory the engine's geography does not have (a région or
       * a département it does not know, a région before it existed): left out by {@link
       * EligibilityEngine#standard()}.
       */
      TERRITORY
    }

    /**
     * Creates a problem.
     *
     * @param provider the provider's class name
     * @param reason what went wrong
     * @param detail what went wrong, in English
     * @param cause the exception thrown, if one was
     */
    public ProviderProblem {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(cause, "cause");
    }

    /** Returns the provider, the reason and the detail, on one line. */
    @Override
    public String toString() {
      return provider + " [" + reason + "] " + detail;
    }
  }

  /** A provider that was loaded, and its schemes. */
  private record Loaded(String name, List<Scheme> schemes) {}

  private SchemeCatalog(List<Scheme> list, List<Loaded> providers, List<ProviderProblem> problems) {
    Map<String, Scheme> byId = new LinkedHashMap<>();
    Map<String, Criterion> byCriterion = new LinkedHashMap<>();
    Map<String, Scheme> owners = new LinkedHashMap<>();
    List<Scheme> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparing(Scheme::id));
    for (Scheme scheme : sorted) {
      if (byId.putIfAbsent(scheme.id(), scheme) != null) {
        throw new IllegalArgumentException("two schemes have the id " + scheme.id());
      }
      for (Criterion criterion : scheme.allCriteria()) {
        Criterion previous = byCriterion.putIfAbsent(criterion.id(), criterion);
        if (previous == null) {
          owners.put(criterion.id(), scheme);
          continue;
        }
        Scheme owner = Objects.requireNonNull(owners.get(criterion.id())); // put with the criterion
        if (previous != criterion) {
          throw new IllegalArgumentException(
              "two criteria have the id "
                  + criterion.id()
                  + " (in "
                  + scheme.id()
                  + " and "
                  + owner.id()
                  + ")");
        }
        if (owner.subject() != scheme.subject()) {
          throw new IllegalArgumentException(
              "the criterion "
                  + criterion.id()
                  + " is shared by "
                  + owner.id()
                  + " and "
                  + scheme.id()
                  + ", which are evaluated for different subjects");
        }
      }
    }
    this.schemes = Collections.unmodifiableMap(byId);
    this.criteria = Collections.unmodifiableMap(byCriterion);
    this.schemeOfCriterion = Collections.unmodifiableMap(owners);
    this.providers = List.copyOf(providers);
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the catalogue of every provider visible to ptce-rules' class loader, loaded on first
   * use. A broken provider is left out (see {@link #loadProblems()}).
   *
   * @return the standard catalogue
   */
  public static SchemeCatalog standard() {
    return Holder.STANDARD;
  }

  /**
   * Returns the catalogue of the providers visible to a class loader. Each provider is loaded on
   * its own: one that fails is left out and reported by {@link #loadProblems()}, and the others
   * make the catalogue.
   *
   * @param loader the class loader
   * @return the catalogue
   */
  public static SchemeCatalog load(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    List<ProviderProblem> problems = new ArrayList<>();
    List<ServiceLoader.Provider<SchemeProvider>> found = new ArrayList<>();
    Iterator<ServiceLoader.Provider<SchemeProvider>> providers =
        ServiceLoader.load(SchemeProvider.class, loader).stream().iterator();
    // A service file that names a missing class, or a class that is not a provider, fails the
    // iteration at that
    // entry; the service loader then goes on with the next one.
    for (int errors = 0; errors < MAX_ERRORS; ) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        found.add(providers.next());
      } catch (ServiceConfigurationError | LinkageError e) {
        errors++;
        problems.add(problem(String.valueOf(e.getMessage()), ProviderProblem.Reason.NOT_LOADED, e));
      }
    }
    found.sort(
        Comparator.comparing((ServiceLoader.Provider<SchemeProvider> p) -> !bundled(p.type()))
            .thenComparing(p -> p.type().getName()));
    List<Loaded> loaded = new ArrayList<>();
    for (ServiceLoader.Provider<SchemeProvider> provider : found) {
      String name = provider.type().getName();
      SchemeProvider instance;
      try {
        instance = provider.get();
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        problems.add(problem(name, ProviderProblem.Reason.NOT_LOADED, e));
        continue;
      }
      List<Scheme> schemes;
      try {
        schemes = instance.schemes();
      } catch (RuntimeException | LinkageError e) {
        problems.add(problem(name, ProviderProblem.Reason.FAILED, e));
        continue;
      }
      Optional<String> nulls = nulls(schemes);
      if (nulls.isPresent()) {
        ProviderProblem problem =
            new ProviderProblem(name, ProviderProblem.Reason.FAILED, nulls.get(), Optional.empty());
        LOG.log(
            System.Logger.Level.WARNING, "scheme provider left out of the catalogue: " + problem);
        problems.add(problem);
        continue;
      }
      accept(new Loaded(name, List.copyOf(schemes)), loaded, problems);
    }
    return new SchemeCatalog(schemesOf(loaded), loaded, problems);
  }

  /** What is null in what a provider's {@code schemes()} returned, if anything. */
  private static Optional<String> nulls(List<Scheme> schemes) {
    if (schemes == null) {
      return Optional.of("schemes() returned null");
    }
    for (int i = 0; i < schemes.size(); i++) {
      if (schemes.get(i) == null) {
        return Optional.of("schemes() returned null at index " + i);
      }
    }
    return Optional.empty();
  }

  /**
   * Adds a provider's schemes unless they clash with those accepted before: then the provider is
   * left out.
   */
  private static void accept(
      Loaded candidate, List<Loaded> accepted, List<ProviderProblem> problems) {
    List<Loaded> trial = new ArrayList<>(accepted);
    trial.add(candidate);
    try {
      new SchemeCatalog(schemesOf(trial), List.of(), List.of());
    } catch (IllegalArgumentException e) {
      problems.add(problem(candidate.name(), ProviderProblem.Reason.CONFLICT, e));
      return;
    }
    accepted.add(candidate);
  }

  private static List<Scheme> schemesOf(List<Loaded> providers) {
    List<Scheme> all = new ArrayList<>();
    providers.forEach(p -> all.addAll(p.schemes()));
    return all;
  }

  /**
   * Whether a provider comes with ptce-rules itself: from its named module, or on the class path
   * from the same jar or folder. A class elsewhere that only borrows the package name is not.
   */
  private static boolean bundled(Class<?> type) {
    Module module = SchemeCatalog.class.getModule();
    if (module.isNamed()) {
      return type.getModule() == module;
    }
    CodeSource ours = SchemeCatalog.class.getProtectionDomain().getCodeSource();
    CodeSource theirs = type.getProtectionDomain().getCodeSource();
    return ours != null
        && theirs != null
        && Objects.equals(ours.getLocation(), theirs.getLocation());
  }

  private static ProviderProblem problem(
      String provider, ProviderProblem.Reason reason, Throwable e) {
    String detail =
        e instanceof ServiceConfigurationError && e.getCause() != null
            ? e.getMessage() + ": " + e.getCause()
            : String.valueOf(e);
    ProviderProblem problem = new ProviderProblem(provider, reason, detail, Optional.of(e));
    LOG.log(
        System.Logger.Level.WARNING, "scheme provider left out of the catalogue: " + problem, e);
    return problem;
  }

  /**
   * Returns this catalogue without the providers whose schemes fail a check: what {@link
   * EligibilityEngine#standard()} does with those whose territory its geography does not have.
   *
   * @param check the problem of a scheme, if it has one
   * @param reason the reason of the providers left out
   * @return this catalogue if no scheme fails, a new one otherwise
   */
  SchemeCatalog without(Function<Scheme, Optional<String>> check, ProviderProblem.Reason reason) {
    List<Loaded> kept = new ArrayList<>();
    List<ProviderProblem> more = new ArrayList<>(problems);
    for (Loaded provider : providers) {
      Optional<String> failure =
          provider.schemes().stream().map(check).flatMap(Optional::stream).findFirst();
      if (failure.isPresent()) {
        ProviderProblem problem =
            new ProviderProblem(provider.name(), reason, failure.get(), Optional.empty());
        LOG.log(
            System.Logger.Level.WARNING, "scheme provider left out of the catalogue: " + problem);
        more.add(problem);
      } else {
        kept.add(provider);
      }
    }
    return kept.size() == providers.size() ? this : new SchemeCatalog(schemesOf(kept), kept, more);
  }

  /**
   * Returns the providers left out when this catalogue was loaded, and why: empty when every
   * provider was loaded, and for a catalogue made with {@link #of(List)}.
   *
   * @return the problems, in the order they were met
   */
  public List<ProviderProblem> loadProblems() {
    return problems;
  }

  /**
   * Returns a catalogue of the given schemes.
   *
   * @param schemes the schemes
   * @return the catalogue
   * @throws IllegalArgumentException if two schemes, or two different criteria, share an id, or if
   *     schemes evaluated for different subjects share a criterion
   */
  public static SchemeCatalog of(List<Scheme> schemes) {
    return new SchemeCatalog(schemes, List.of(), List.of());
  }

  /**
   * Returns every scheme, by id.
   *
   * @return the schemes in id order
   */
  public List<Scheme> all() {
    return List.copyOf(schemes.values());
  }

  /**
   * Returns a scheme.
   *
   * @param id the scheme id
   * @return the scheme, empty if the catalogue has none with that id
   */
  public Optional<Scheme> find(String id) {
    return Optional.ofNullable(schemes.get(id));
  }

  /**
   * Returns a criterion of any scheme.
   *
   * @param id the criterion id
   * @return the criterion, empty if none has that id
   */
  public Optional<Criterion> criterion(String id) {
    return Optional.ofNullable(criteria.get(id));
  }

  /**
   * Returns the scheme a criterion belongs to: for a criterion shared by several schemes, the first
   * of them in id order.
   *
   * @param criterionId the criterion id
   * @return the scheme, empty if no criterion has that id
   */
  public Optional<Scheme> schemeOf(String criterionId) {
    return Optional.ofNullable(schemeOfCriterion.get(criterionId));
  }

  /**
   * Returns the schemes in force or open at a date.
   *
   * @param date the date
   * @return the schemes whose window contains the date, by id
   */
  public List<Scheme> inForce(LocalDate date) {
    return schemes.values().stream().filter(s -> s.validity().contains(date)).toList();
  }

  private static final class Holder {
    static final SchemeCatalog STANDARD = load(SchemeCatalog.class.getClassLoader());
  }
}
