package io.github.ptce.rules;

import io.github.ptce.rules.spi.SchemeProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The schemes known to an engine: those of every {@link SchemeProvider} on the class path, or a list given
 * explicitly.
 *
 * <p>Scheme ids and criterion ids are unique in a catalogue. A criterion may be shared by several schemes
 * evaluated for the same subject, as one and the same instance: a call that applies the conditions of a
 * decree lists the decree's criteria (the State call of 2015 and Art. 3 of décret n° 2015-431), and an
 * assessment of such a criterion answers it in every scheme that lists it. Immutable and thread-safe.
 */
public final class SchemeCatalog {
  private final Map<String, Scheme> schemes;
  private final Map<String, Criterion> criteria;
  private final Map<String, Scheme> schemeOfCriterion;

  private SchemeCatalog(List<Scheme> list) {
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
          throw new IllegalArgumentException("two criteria have the id " + criterion.id() + " (in " + scheme.id()
              + " and " + owner.id() + ")");
        }
        if (owner.subject() != scheme.subject()) {
          throw new IllegalArgumentException("the criterion " + criterion.id() + " is shared by " + owner.id()
              + " and " + scheme.id() + ", which are evaluated for different subjects");
        }
      }
    }
    this.schemes = Collections.unmodifiableMap(byId);
    this.criteria = Collections.unmodifiableMap(byCriterion);
    this.schemeOfCriterion = Collections.unmodifiableMap(owners);
  }

  /**
   * Returns the catalogue of every provider on the class path, loaded on first use.
   *
   * @return the standard catalogue
   */
  public static SchemeCatalog standard() {
    return Holder.STANDARD;
  }

  /**
   * Returns the catalogue of the providers visible to a class loader.
   *
   * @param loader the class loader
   * @return the catalogue
   */
  public static SchemeCatalog load(ClassLoader loader) {
    List<Scheme> list = new ArrayList<>();
    for (SchemeProvider provider : ServiceLoader.load(SchemeProvider.class, loader)) {
      list.addAll(provider.schemes());
    }
    return new SchemeCatalog(list);
  }

  /**
   * Returns a catalogue of the given schemes.
   *
   * @param schemes the schemes
   * @return the catalogue
   * @throws IllegalArgumentException if two schemes, or two different criteria, share an id, or if schemes
   *     evaluated for different subjects share a criterion
   */
  public static SchemeCatalog of(List<Scheme> schemes) {
    return new SchemeCatalog(schemes);
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
   * Returns the scheme a criterion belongs to: for a criterion shared by several schemes, the first of them
   * in id order.
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
