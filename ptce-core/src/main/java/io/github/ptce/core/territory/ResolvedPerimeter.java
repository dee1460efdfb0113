package io.github.ptce.core.territory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Perimeter} resolved against a {@link Geography}: the set of current communes it covers,
 * with the questions a cluster's territory raises (does it cover this commune, how many people live
 * there, which départements and régions it touches, which of its codes do not exist).
 *
 * <p>Made by {@link Geography#resolve(Perimeter)}. The communes covered whole are a bit set over
 * the geography's commune indices, kept for the window of words between the first and the last
 * commune covered, so {@link #contains(CommuneCode)} is two array reads. A perimeter may also cover
 * some municipal arrondissements of Paris, Lyon or Marseille without the rest of their commune
 * ({@link #arrondissements()}): a place known only by its commune is then partly covered ({@link
 * #coverage(CommuneCode)}). Two resolutions are equal when they cover the same communes and
 * arrondissements and leave out the same codes, whatever perimeters they came from (a département
 * and the list of its communes resolve equal, and so do Paris and its twenty arrondissements).
 *
 * <p>Immutable and thread-safe.
 */
public final class ResolvedPerimeter {
  private final Geography geography;
  private final Perimeter perimeter;
  private final long[] covered;

  /** The index of the first word of {@link #covered} in the bit set of all communes. */
  private final int base;

  /** The keys of the arrondissements covered without their whole commune, sorted; usually empty. */
  private final int[] arrondissements;

  private final int[] currentByKey;
  private final int communeCount;
  private final long population;
  private final SortedSet<DepartementCode> departements;
  private final SortedSet<RegionCode> regions;
  private final SortedSet<CommuneCode> unknownCommunes;
  private final SortedSet<EpciCode> unknownEpcis;
  private final SortedSet<DepartementCode> unknownDepartements;
  private final SortedSet<RegionCode> unknownRegions;
  // Built on first call; an immutable list, so a racy double build is harmless (see Geography).
  private volatile @Nullable List<CommuneCode> communes;

  ResolvedPerimeter(
      Geography geography,
      Perimeter perimeter,
      long[] covered,
      int base,
      int[] arrondissements,
      int communeCount,
      long population,
      SortedSet<DepartementCode> departements,
      SortedSet<RegionCode> regions,
      SortedSet<CommuneCode> unknownCommunes,
      SortedSet<EpciCode> unknownEpcis,
      SortedSet<DepartementCode> unknownDepartements,
      SortedSet<RegionCode> unknownRegions) {
    this.geography = geography;
    this.perimeter = perimeter;
    this.covered = covered;
    this.base = base;
    this.arrondissements = arrondissements;
    this.currentByKey = geography.currentByKey();
    this.communeCount = communeCount;
    this.population = population;
    this.departements = Collections.unmodifiableSortedSet(departements);
    this.regions = Collections.unmodifiableSortedSet(regions);
    this.unknownCommunes = Collections.unmodifiableSortedSet(unknownCommunes);
    this.unknownEpcis = Collections.unmodifiableSortedSet(unknownEpcis);
    this.unknownDepartements = Collections.unmodifiableSortedSet(unknownDepartements);
    this.unknownRegions = Collections.unmodifiableSortedSet(unknownRegions);
  }

  /**
   * Returns the perimeter that was resolved.
   *
   * @return the perimeter as given
   */
  public Perimeter perimeter() {
    return perimeter;
  }

  /**
   * Returns whether the perimeter covers the place a commune code names.
   *
   * @param code a commune code: a current commune, covered when the perimeter covers it whole; a
   *     delegated or associated commune, covered when its current commune is; a municipal
   *     arrondissement, covered when its commune is or the perimeter names it
   * @return true if the place is covered; false for a former or unknown code, and for a commune of
   *     which the perimeter covers some arrondissements only ({@link #coverage(CommuneCode)} tells
   *     that case apart)
   */
  public boolean contains(CommuneCode code) {
    int key = Geography.keyOf(code);
    if (key < 0) {
      return false;
    }
    int index = currentByKey[key];
    int w = (index >>> 6) - base;
    if (index >= 0 && w >= 0 && w < covered.length && (covered[w] & (1L << index)) != 0) {
      return true;
    }
    return arrondissements.length != 0 && Arrays.binarySearch(arrondissements, key) >= 0;
  }

  /**
   * Returns how the perimeter covers the place a commune code names: as {@link
   * #contains(CommuneCode)}, but a commune of which the perimeter covers some arrondissements only
   * is {@link Coverage#PARTLY_COVERED} (a member located in {@code 75056} is neither inside nor
   * outside a perimeter of {@code 75118}).
   *
   * @param code a commune code
   * @return covered, partly covered, or not covered (also for a former or unknown code)
   */
  public Coverage coverage(CommuneCode code) {
    if (contains(code)) {
      return Coverage.COVERED;
    }
    int key = Geography.keyOf(code);
    if (arrondissements.length == 0
        || key < 0
        || currentByKey[key] < 0
        || geography.isArrondissement(key)) {
      return Coverage.NOT_COVERED;
    }
    for (int arrondissement : arrondissements) {
      if (currentByKey[arrondissement] == currentByKey[key]) {
        return Coverage.PARTLY_COVERED;
      }
    }
    return Coverage.NOT_COVERED;
  }

  /**
   * Returns the municipal arrondissements of Paris, Lyon or Marseille that the perimeter covers
   * without the rest of their commune (it names them, and not their commune).
   *
   * @return their codes in code order; usually empty; unmodifiable
   */
  public SortedSet<CommuneCode> arrondissements() {
    SortedSet<CommuneCode> codes = new TreeSet<>();
    for (int key : arrondissements) {
      codes.add(CommuneCode.parse(Geography.codeText(key)));
    }
    return Collections.unmodifiableSortedSet(codes);
  }

  /**
   * Returns the current communes covered whole.
   *
   * @return their codes in code order, each once; unmodifiable. For a membership test use {@link
   *     #contains(CommuneCode)}, which is constant-time. A commune of which the perimeter covers
   *     some arrondissements only is not listed: see {@link #arrondissements()}.
   */
  public List<CommuneCode> communes() {
    List<CommuneCode> list = communes;
    if (list == null) {
      List<CommuneCode> built = new ArrayList<>(communeCount);
      forEachIndex(i -> built.add(geography.codeAt(i)));
      list = Collections.unmodifiableList(built);
      communes = list;
    }
    return list;
  }

  /**
   * Returns the number of current communes covered whole.
   *
   * @return the size of {@link #communes()} (the arrondissements of {@link #arrondissements()} are
   *     not counted)
   */
  public int communeCount() {
    return communeCount;
  }

  /**
   * Returns whether the perimeter covers no place at all (every code of it is unknown or former).
   *
   * @return true if {@link #communeCount()} is 0 and no arrondissement is covered
   */
  public boolean isEmpty() {
    return communeCount == 0 && arrondissements.length == 0;
  }

  /**
   * Returns the population, each commune counted once however many codes of the perimeter cover it.
   *
   * @return the sum of {@link Commune#population()} over the communes covered whole, and of the
   *     arrondissements' own populations over {@link #arrondissements()}
   */
  public long population() {
    return population;
  }

  /**
   * Returns the départements the perimeter touches, wholly or in part.
   *
   * @return the départements of the communes covered, in code order
   */
  public SortedSet<DepartementCode> departements() {
    return departements;
  }

  /**
   * Returns the régions the perimeter touches, wholly or in part.
   *
   * @return the régions of the communes covered, in code order
   */
  public SortedSet<RegionCode> regions() {
    return regions;
  }

  /**
   * Returns whether the perimeter lies entirely inside one région.
   *
   * @param region a région code
   * @return true if the perimeter covers at least one place and every place covered is in that
   *     région
   */
  public boolean isWithin(RegionCode region) {
    return !isEmpty() && regions.size() == 1 && regions.first().equals(region);
  }

  /**
   * Returns the codes of the perimeter that were left out because they lead to no current commune,
   * as text, communes first, then EPCIs, départements and régions, each kind in code order.
   *
   * <p>A commune code is left out when it is unknown or a former code: {@link
   * Geography#status(CommuneCode)} tells which, and {@link Geography#mergedInto(CommuneCode)} where
   * a former commune went. The typed lists are {@link #unknownCommunes()}, {@link #unknownEpcis()},
   * {@link #unknownDepartements()} and {@link #unknownRegions()}.
   *
   * @return the codes, empty when every code resolved; unmodifiable
   */
  public List<String> unknownCodes() {
    List<String> codes = new ArrayList<>();
    unknownCommunes.forEach(c -> codes.add(c.toString()));
    unknownEpcis.forEach(c -> codes.add(c.toString()));
    unknownDepartements.forEach(c -> codes.add(c.toString()));
    unknownRegions.forEach(c -> codes.add(c.toString()));
    return Collections.unmodifiableList(codes);
  }

  /**
   * Returns the commune codes of the perimeter that lead to no current commune (unknown or former
   * codes).
   *
   * @return the codes in code order
   */
  public SortedSet<CommuneCode> unknownCommunes() {
    return unknownCommunes;
  }

  /**
   * Returns the EPCI codes of the perimeter that the geography does not know.
   *
   * @return the codes in code order
   */
  public SortedSet<EpciCode> unknownEpcis() {
    return unknownEpcis;
  }

  /**
   * Returns the département codes of the perimeter that the geography does not know.
   *
   * @return the codes in code order
   */
  public SortedSet<DepartementCode> unknownDepartements() {
    return unknownDepartements;
  }

  /**
   * Returns the région codes of the perimeter that the geography does not know.
   *
   * @return the codes in code order
   */
  public SortedSet<RegionCode> unknownRegions() {
    return unknownRegions;
  }

  void forEachIndex(IntConsumer action) {
    for (int w = 0; w < covered.length; w++) {
      long word = covered[w];
      while (word != 0) {
        action.accept(((w + base) << 6) + Long.numberOfTrailingZeros(word));
        word &= word - 1;
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResolvedPerimeter r
        && geography == r.geography
        && base == r.base
        && Arrays.equals(covered, r.covered)
        && Arrays.equals(arrondissements, r.arrondissements)
        && unknownCommunes.equals(r.unknownCommunes)
        && unknownEpcis.equals(r.unknownEpcis)
        && unknownDepartements.equals(r.unknownDepartements)
        && unknownRegions.equals(r.unknownRegions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        base,
        Arrays.hashCode(covered),
        Arrays.hashCode(arrondissements),
        unknownCommunes,
        unknownEpcis,
        unknownDepartements,
        unknownRegions);
  }

  /**
   * Returns a summary: number of communes, arrondissements, population, régions and codes left out.
   */
  @Override
  public String toString() {
    return "ResolvedPerimeter[communes="
        + communeCount
        + (arrondissements.length == 0 ? "" : ", arrondissements=" + arrondissements())
        + ", population="
        + population
        + ", regions="
        + regions
        + (unknownCodes().isEmpty() ? "" : ", unknown=" + unknownCodes())
        + "]";
  }
}
