package io.github.ptce.core.territory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Perimeter} resolved against a {@link Geography}: the set of current communes it covers, with the
 * questions a cluster's territory raises (does it cover this commune, how many people live there, which
 * départements and régions it touches, which of its codes do not exist).
 *
 * <p>Made by {@link Geography#resolve(Perimeter)}. The covered communes are a bit set over the geography's
 * commune indices, kept for the window of words between the first and the last commune covered, so
 * {@link #contains(CommuneCode)} is two array reads. Two resolutions are equal when
 * they cover the same communes and leave out the same codes, whatever perimeters they came from (a
 * département and the list of its communes resolve equal).
 *
 * <p>Immutable and thread-safe.
 */
public final class ResolvedPerimeter {
  private final Geography geography;
  private final Perimeter perimeter;
  private final long[] covered;
  /** The index of the first word of {@link #covered} in the bit set of all communes. */
  private final int base;
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
   * Returns whether the perimeter covers a commune.
   *
   * @param code a commune code: a current commune, or a delegated or associated commune or an
   *     arrondissement, which is covered when its current commune is
   * @return true if the code's current commune is covered; false for a former or unknown code
   */
  public boolean contains(CommuneCode code) {
    int key = Geography.keyOf(code);
    if (key < 0) {
      return false;
    }
    int index = currentByKey[key];
    int w = (index >>> 6) - base;
    return index >= 0 && w >= 0 && w < covered.length && (covered[w] & (1L << index)) != 0;
  }

  /**
   * Returns the current communes covered.
   *
   * @return their codes in code order, each once; unmodifiable. For a membership test use {@link
   *     #contains(CommuneCode)}, which is constant-time.
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
   * Returns the number of current communes covered.
   *
   * @return the size of {@link #communes()}
   */
  public int communeCount() {
    return communeCount;
  }

  /**
   * Returns whether the perimeter covers no commune at all (every code of it is unknown or former).
   *
   * @return true if {@link #communeCount()} is 0
   */
  public boolean isEmpty() {
    return communeCount == 0;
  }

  /**
   * Returns the population, each commune counted once however many codes of the perimeter cover it.
   *
   * @return the sum of {@link Commune#population()} over the communes covered
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
   * @return true if the perimeter covers at least one commune and every commune covered is in that région
   */
  public boolean isWithin(RegionCode region) {
    return communeCount > 0 && regions.size() == 1 && regions.first().equals(region);
  }

  /**
   * Returns the codes of the perimeter that were left out because they lead to no current commune, as
   * text, communes first, then EPCIs, départements and régions, each kind in code order.
   *
   * <p>A commune code is left out when it is unknown or a former code: {@link
   * Geography#status(CommuneCode)} tells which, and {@link Geography#mergedInto(CommuneCode)} where a former
   * commune went. The typed lists are {@link #unknownCommunes()}, {@link #unknownEpcis()}, {@link
   * #unknownDepartements()} and {@link #unknownRegions()}.
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
   * Returns the commune codes of the perimeter that lead to no current commune (unknown or former codes).
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
        && unknownCommunes.equals(r.unknownCommunes)
        && unknownEpcis.equals(r.unknownEpcis)
        && unknownDepartements.equals(r.unknownDepartements)
        && unknownRegions.equals(r.unknownRegions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, Arrays.hashCode(covered), unknownCommunes, unknownEpcis, unknownDepartements, unknownRegions);
  }

  /** Returns a summary: number of communes, population, régions and codes left out. */
  @Override
  public String toString() {
    return "ResolvedPerimeter[communes=" + communeCount + ", population=" + population + ", regions=" + regions
        + (unknownCodes().isEmpty() ? "" : ", unknown=" + unknownCodes()) + "]";
  }
}
