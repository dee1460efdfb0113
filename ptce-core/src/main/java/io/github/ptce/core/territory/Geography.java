package io.github.ptce.core.territory;

import io.github.ptce.core.PtceException;
import io.github.ptce.core.id.Siren;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The French administrative geography bundled with ptce: current communes with their département,
 * région, EPCI and population; EPCIs à fiscalité propre with their kind and members; départements;
 * régions; and the codes that are not current communes (delegated and associated communes,
 * municipal arrondissements, former codes).
 *
 * <p>The data is derived from the npm package {@code @etalab/decoupage-administratif} (see {@link
 * #source()}: version, licence, tarball sha256, vintage), by {@code
 * scripts/geography/regenerate.sh}. Its version is part of this API: a new version of the data can
 * change which codes exist, and so the result of a validation.
 *
 * <p>Lookups take the code types ({@link CommuneCode}, {@link EpciCode}, {@link DepartementCode},
 * {@link RegionCode}), which check syntax; this class says whether a well-formed code exists.
 * Nothing returns null: a code that does not exist gives an empty {@link Optional}, an empty list
 * or {@link CodeStatus#UNKNOWN}. A {@link Perimeter} is resolved to the communes it covers by
 * {@link #resolve(Perimeter)}; resolve once and query the {@link ResolvedPerimeter} when asking
 * several things of the same perimeter.
 *
 * <p>Populations are those of the data, summed from the communes up, so that the population of an
 * EPCI, a département, a région or a perimeter is always the sum of the populations of its
 * communes.
 *
 * <p>Immutable and thread-safe: lookups can be made from any number of threads. Name search builds
 * its index on first use.
 */
public final class Geography {
  private static final String RESOURCE = "geography.bin";
  private static final int KEYS = 100_000;
  private static final CodeStatus[] STATUSES = CodeStatus.values();
  private static final EpciType[] EPCI_TYPES = EpciType.values();
  private static final byte ARRONDISSEMENT = (byte) CodeStatus.MUNICIPAL_ARRONDISSEMENT.ordinal();
  private static final int[] NO_KEYS = new int[0];
  private static final LocalDate REGIONS_OF_2016 = LocalDate.of(2016, 1, 1);

  private final GeographySource source;
  private final GeographyFile file;

  // Indexed by CommuneCode.key(): the current commune a code leads to (itself, or the commune of a
  // delegated or associated commune or an arrondissement), or -1; and the code's status.
  private final int[] currentByKey;
  private final byte[] statusByKey;

  private final RegionCode[] regionCodes;
  private final DepartementCode[] departementCodes;
  private final Map<RegionCode, Integer> regionIndex;
  private final Map<DepartementCode, Integer> departementIndex;
  private final EpciType[] epciTypes;
  // The number of municipal arrondissements of each commune that has some (Paris, Lyon, Marseille),
  // by index.
  private final Map<Integer, Integer> arrondissementCounts;

  // The communes are sorted by code, so those of a département are the index range [start, end).
  private final int[] departementStart;
  private final int[] departementEnd;
  private final int[][] regionDepartements;
  private final int[] epciMemberStart;
  private final int[] epciMembers;
  private final long[] epciPopulation;
  private final List<Departement> departements;
  private final List<Region> regions;

  // Built on first use. The cached objects have only final fields, so a thread that reads a
  // reference
  // written by another sees a fully built object (JLS 17.5); two threads may build the same object
  // twice, which is harmless, and no lock is taken on the hot path.
  private final EpciCode[] epciCodes;
  private final CommuneCode[] codeCache;
  private final Commune[] communeCache;
  private final Epci[] epciCache;
  private final Object lazyLock = new Object();
  private volatile @Nullable NameIndex communeNames;
  private volatile @Nullable NameIndex epciNames;
  private volatile long @Nullable [] communesBySiren;

  private Geography(GeographyFile file) {
    // Runs once per JVM, mostly in the interpreter: a few fused loops over primitive arrays, no
    // lambda,
    // no stream, no string concatenation on the normal path (each costs milliseconds to bootstrap
    // cold).
    this.file = file;
    this.source = GeographySource.from(file.metadata);

    regionCodes = new RegionCode[file.regionCodes.length];
    regionIndex = new HashMap<>();
    for (int r = 0; r < regionCodes.length; r++) {
      regionCodes[r] = RegionCode.parse(file.regionCodes[r]);
      regionIndex.put(regionCodes[r], r);
    }
    departementCodes = new DepartementCode[file.departementCodes.length];
    departementIndex = new HashMap<>();
    for (int d = 0; d < departementCodes.length; d++) {
      departementCodes[d] = DepartementCode.parse(file.departementCodes[d]);
      departementIndex.put(departementCodes[d], d);
    }
    int epcis = file.epciSirens.length;
    epciTypes = new EpciType[epcis];
    for (int e = 0; e < epcis; e++) {
      if (e > 0 && file.epciSirens[e] <= file.epciSirens[e - 1]) {
        throw GeographyFile.corrupt("EPCI codes are not sorted");
      }
      epciTypes[e] = epciType(file.epciTypeCodes[file.epciType[e]]);
    }

    int communes = file.communeKeys.length;
    currentByKey = new int[KEYS];
    Arrays.fill(currentByKey, -1);
    statusByKey = new byte[KEYS];
    Arrays.fill(statusByKey, (byte) CodeStatus.UNKNOWN.ordinal());
    // Least specific first: a former code that is still a delegated commune is DELEGATED, and a
    // delegated commune that shares its code with its current commune is CURRENT.
    byte former = (byte) CodeStatus.FORMER.ordinal();
    for (int key : file.formerKeys) {
      statusByKey[checkKey(key)] = former;
    }
    arrondissementCounts = new HashMap<>();
    for (int o = 0; o < file.otherKeys.length; o++) {
      int key = checkKey(file.otherKeys[o]);
      CodeStatus status = otherStatus(file.otherKind[o]);
      statusByKey[key] = (byte) status.ordinal();
      currentByKey[key] = file.otherCommune[o];
      if (status == CodeStatus.MUNICIPAL_ARRONDISSEMENT) {
        Integer count = arrondissementCounts.get(file.otherCommune[o]);
        arrondissementCounts.put(file.otherCommune[o], count == null ? 1 : count + 1);
      }
    }

    departementStart = new int[departementCodes.length];
    departementEnd = new int[departementCodes.length];
    Arrays.fill(departementStart, -1);
    long[] departementPopulation = new long[departementCodes.length];
    long[] regionPopulation = new long[regionCodes.length];
    int[] epciSizes = new int[epcis];
    byte current = (byte) CodeStatus.CURRENT.ordinal();
    int[] keys = file.communeKeys;
    for (int i = 0; i < communes; i++) {
      int key = keys[i];
      if (key < 0 || key >= KEYS || statusByKey[key] == current) {
        throw GeographyFile.corrupt("commune key " + key + " out of range or listed twice");
      }
      statusByKey[key] = current;
      currentByKey[key] = i;
      int d = file.communeDepartement[i] & 0xFF;
      if (departementStart[d] < 0) {
        departementStart[d] = i;
      } else if (departementEnd[d] != i || key <= keys[i - 1]) {
        throw GeographyFile.corrupt(
            "the communes of département "
                + departementCodes[d]
                + " are not contiguous and sorted");
      }
      departementEnd[d] = i + 1;
      int population = file.communePopulation[i];
      departementPopulation[d] += population;
      regionPopulation[file.communeRegion[i] & 0xFF] += population;
      int e = file.communeEpci[i];
      if (e >= 0) {
        epciSizes[e]++;
      }
    }

    // The members of each EPCI as one array sliced by epciMemberStart (compressed sparse rows).
    epciMemberStart = new int[epcis + 1];
    for (int e = 0; e < epcis; e++) {
      epciMemberStart[e + 1] = epciMemberStart[e] + epciSizes[e];
    }
    epciMembers = new int[epciMemberStart[epcis]];
    epciPopulation = new long[epcis];
    int[] next = Arrays.copyOf(epciMemberStart, epcis);
    for (int i = 0; i < communes; i++) {
      int e = file.communeEpci[i];
      if (e >= 0) {
        epciMembers[next[e]++] = i;
        epciPopulation[e] += file.communePopulation[i];
      }
    }

    Departement[] departementArray = new Departement[departementCodes.length];
    int[] departementsPerRegion = new int[regionCodes.length];
    for (int d = 0; d < departementCodes.length; d++) {
      int r = file.departementRegion[d] & 0xFF;
      departementArray[d] =
          new Departement(
              departementCodes[d],
              file.departementNames[d],
              regionCodes[r],
              departementPopulation[d]);
      departementsPerRegion[r]++;
      if (departementStart[d] < 0) {
        departementStart[d] = 0;
        departementEnd[d] = 0;
      }
    }
    departements = List.of(departementArray);
    regionDepartements = new int[regionCodes.length][];
    Region[] regionArray = new Region[regionCodes.length];
    for (int r = 0; r < regionCodes.length; r++) {
      int[] indices = new int[departementsPerRegion[r]];
      DepartementCode[] codes = new DepartementCode[indices.length];
      int n = 0;
      for (int d = 0; d < departementCodes.length; d++) {
        if ((file.departementRegion[d] & 0xFF) == r) {
          indices[n] = d;
          codes[n++] = departementCodes[d];
        }
      }
      regionDepartements[r] = indices;
      regionArray[r] =
          new Region(
              regionCodes[r],
              file.regionNames[r],
              List.of(codes),
              regionPopulation[r],
              regionSince(file.regionCodes[r]));
    }
    regions = List.of(regionArray);

    epciCodes = new EpciCode[epcis];
    codeCache = new CommuneCode[communes];
    communeCache = new Commune[communes];
    epciCache = new Epci[epcis];
  }

  /**
   * Returns the geography bundled in the ptce-core jar, read on the first call.
   *
   * <p>The first call reads and indexes the resource (tens of milliseconds, a few megabytes of
   * heap); later calls return the same instance. Safe to call from several threads: the resource is
   * read once.
   *
   * @return the bundled geography
   * @throws PtceException if the resource is missing or corrupt (a packaging error), on every call
   */
  public static Geography bundled() {
    Object loaded = Bundled.GEOGRAPHY_OR_FAILURE;
    if (loaded instanceof Geography geography) {
      return geography;
    }
    throw new PtceException("the bundled geography cannot be loaded", (PtceException) loaded);
  }

  // The holder idiom: the JVM initialises Bundled once, on first use, with the required
  // synchronisation.
  // A failure is kept rather than thrown from the initialiser, so that every call gets a
  // PtceException
  // instead of an ExceptionInInitializerError once and NoClassDefFoundError ever after.
  private static final class Bundled {
    static final Object GEOGRAPHY_OR_FAILURE = loadOrFailure();

    private static Object loadOrFailure() {
      try {
        return load();
      } catch (PtceException e) {
        return e;
      }
    }
  }

  private static Geography load() {
    try (InputStream in = Geography.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new PtceException("missing resource io/github/ptce/core/territory/" + RESOURCE);
      }
      return read(in.readAllBytes());
    } catch (IOException e) {
      throw new PtceException("cannot read io/github/ptce/core/territory/" + RESOURCE, e);
    }
  }

  /**
   * Reads a geography file: another vintage than the bundled one, made by {@code
   * scripts/geography/regenerate.sh} from another version of
   * {@code @etalab/decoupage-administratif}, to validate clusters and evaluate them against it
   * ({@code PtceJson.withGeography}, {@code EligibilityEngine.of}). The stream is read to its end
   * and not closed.
   *
   * @param in the file content
   * @return the geography
   * @throws PtceException if the content is not a well-formed geography file
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public static Geography read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      return read(in.readAllBytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the geography file", e);
    }
  }

  /**
   * Reads a geography file from its bytes; see {@link #read(InputStream)}.
   *
   * @param bytes the file content
   * @return the geography
   * @throws PtceException if the content is not a well-formed geography file
   */
  public static Geography read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    GeographyFile file = GeographyFile.read(bytes);
    try {
      return new Geography(file);
    } catch (IndexOutOfBoundsException e) {
      throw new PtceException("corrupt geography resource: an index points outside its table", e);
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Source and counts

  /**
   * Returns where the data comes from.
   *
   * @return the package, version, licences, tarball sha256 and vintage
   */
  public GeographySource source() {
    return source;
  }

  /**
   * Returns the version of the data, the version of the npm package it was derived from.
   *
   * @return e.g. {@code 6.0.0}
   */
  public String dataVersion() {
    return source.version();
  }

  /**
   * Returns the number of current communes.
   *
   * @return 34,969 in version 6.0.0
   */
  public int communeCount() {
    return file.communeKeys.length;
  }

  /**
   * Returns the number of EPCIs à fiscalité propre.
   *
   * @return 1,255 in version 6.0.0
   */
  public int epciCount() {
    return epciTypes.length;
  }

  /**
   * Returns the number of départements (overseas collectivities included).
   *
   * @return 109 in version 6.0.0
   */
  public int departementCount() {
    return departementCodes.length;
  }

  /**
   * Returns the number of régions (overseas collectivities listed as régions included).
   *
   * @return 26 in version 6.0.0
   */
  public int regionCount() {
    return regionCodes.length;
  }

  /**
   * Returns how many codes have a status: the number of codes {@code c} for which {@link
   * #status(CommuneCode)} returns {@code status}. A delegated commune that shares its code with its
   * current commune is counted as {@link CodeStatus#CURRENT} only.
   *
   * @param status any status but {@link CodeStatus#UNKNOWN}
   * @return the number of codes
   * @throws IllegalArgumentException for {@code UNKNOWN}, which has no finite count
   */
  public int count(CodeStatus status) {
    if (status == CodeStatus.UNKNOWN) {
      throw new IllegalArgumentException(
          "status must not be UNKNOWN: unknown codes cannot be counted");
    }
    int count = 0;
    byte wanted = (byte) status.ordinal();
    for (byte b : statusByKey) {
      count += b == wanted ? 1 : 0;
    }
    return count;
  }

  /**
   * Returns how many entries of a kind the source data has, before codes shared by a delegated and
   * a current commune are merged (for tests against the source's own counts).
   */
  int sourceEntryCount(CodeStatus kind) {
    switch (kind) {
      case CURRENT:
        return file.communeKeys.length;
      case FORMER:
        return file.formerKeys.length;
      case UNKNOWN:
        return 0;
      default:
        int count = 0;
        for (byte k : file.otherKind) {
          count += otherStatus(k) == kind ? 1 : 0;
        }
        return count;
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Lookups

  /**
   * Returns what a commune code is: current, delegated, associated, an arrondissement, former or
   * unknown.
   *
   * @param code a commune code
   * @return its status, never null
   */
  public CodeStatus status(CommuneCode code) {
    int key = keyOf(code);
    return key < 0 ? CodeStatus.UNKNOWN : STATUSES[statusByKey[key]];
  }

  /**
   * Returns the current commune of this code.
   *
   * @param code a commune code
   * @return the commune, or empty when the code is not that of a current commune (see {@link
   *     #currentCommuneOf(CommuneCode)} to follow delegated codes and arrondissements)
   */
  public Optional<Commune> commune(CommuneCode code) {
    int key = keyOf(code);
    return key >= 0 && statusByKey[key] == CodeStatus.CURRENT.ordinal()
        ? Optional.of(communeAt(currentByKey[key]))
        : Optional.empty();
  }

  /**
   * Returns the current commune a code stands for today: the commune itself for a current code, the
   * commune nouvelle of a delegated commune, the commune of an associated commune, Paris, Lyon or
   * Marseille for one of their arrondissements.
   *
   * <p>A former code gives empty on purpose: it no longer names anything, and silently replacing it
   * would hide an error in the input; {@link #mergedInto(CommuneCode)} tells where it went, so that
   * a validator can report it with a suggestion.
   *
   * @param code a commune code
   * @return the current commune, or empty for a former or unknown code
   */
  public Optional<Commune> currentCommuneOf(CommuneCode code) {
    int key = keyOf(code);
    return key >= 0 && currentByKey[key] >= 0
        ? Optional.of(communeAt(currentByKey[key]))
        : Optional.empty();
  }

  /**
   * Returns the current commune that a merged commune became part of: for a {@link
   * CodeStatus#FORMER} code, the current commune that lists it among its former codes; for a {@link
   * CodeStatus#DELEGATED} or {@link CodeStatus#ASSOCIATED} code, its current commune.
   *
   * <p>Two codes of version 6.0.0 are listed as former codes of one commune while being delegated
   * or associated communes of another ({@code 55273}, {@code 60455}); the delegated or associated
   * link, which describes the code's present state, is the one returned.
   *
   * @param code a commune code
   * @return the current commune, or empty for a current code, an arrondissement or an unknown code
   */
  public Optional<Commune> mergedInto(CommuneCode code) {
    int index = mergedIndex(code);
    return index < 0 ? Optional.empty() : Optional.of(communeAt(index));
  }

  private int mergedIndex(CommuneCode code) {
    int key = keyOf(code);
    if (key < 0) {
      return -1;
    }
    CodeStatus status = STATUSES[statusByKey[key]];
    if (status == CodeStatus.DELEGATED || status == CodeStatus.ASSOCIATED) {
      return currentByKey[key];
    }
    if (status == CodeStatus.FORMER) {
      return file.formerCommune[Arrays.binarySearch(file.formerKeys, key)];
    }
    return -1;
  }

  /**
   * Returns the name the data gives a code: a current commune's name, or that of a delegated or
   * associated commune or of an arrondissement (e.g. {@code Paris 1er Arrondissement} for {@code
   * 75101}), for messages that show the user what the code they typed stands for.
   *
   * @param code a commune code
   * @return the name, or empty for a former code (the data keeps no name for it) or an unknown code
   */
  public Optional<String> nameOf(CommuneCode code) {
    int key = keyOf(code);
    if (key < 0) {
      return Optional.empty();
    }
    CodeStatus status = STATUSES[statusByKey[key]];
    if (status == CodeStatus.CURRENT) {
      return Optional.of(file.communeNames.get(currentByKey[key]));
    }
    if (status == CodeStatus.FORMER || status == CodeStatus.UNKNOWN) {
      return Optional.empty();
    }
    return Optional.of(file.otherNames.get(Arrays.binarySearch(file.otherKeys, key)));
  }

  /**
   * Returns an EPCI.
   *
   * @param code an EPCI code
   * @return the EPCI, or empty if the data has no EPCI with this SIREN
   */
  public Optional<Epci> epci(EpciCode code) {
    int e = epciIndex(code);
    return e < 0 ? Optional.empty() : Optional.of(epciAt(e));
  }

  /**
   * Returns a département.
   *
   * @param code a département code
   * @return the département, or empty if the data has no such département
   */
  public Optional<Departement> departement(DepartementCode code) {
    Integer d = departementIndex.get(code);
    return d == null ? Optional.empty() : Optional.of(departements.get(d));
  }

  /**
   * Returns a région.
   *
   * @param code a région code
   * @return the région, or empty if the data has no such région
   */
  public Optional<Region> region(RegionCode code) {
    Integer r = regionIndex.get(code);
    return r == null ? Optional.empty() : Optional.of(regions.get(r));
  }

  /**
   * Returns every current commune.
   *
   * @return the communes in code order, unmodifiable
   */
  public List<Commune> communes() {
    return communesInRange(0, communeCount());
  }

  /**
   * Returns every EPCI.
   *
   * @return the EPCIs in code order, unmodifiable
   */
  public List<Epci> epcis() {
    List<Epci> all = new ArrayList<>(epciTypes.length);
    for (int e = 0; e < epciTypes.length; e++) {
      all.add(epciAt(e));
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * Returns every département.
   *
   * @return the départements in code order, unmodifiable
   */
  public List<Departement> departements() {
    return departements;
  }

  /**
   * Returns every région.
   *
   * @return the régions in code order, unmodifiable
   */
  public List<Region> regions() {
    return regions;
  }

  /**
   * Returns the member communes of an EPCI.
   *
   * @param code an EPCI code
   * @return the communes in code order, empty if the EPCI does not exist; unmodifiable
   */
  public List<Commune> communesOf(EpciCode code) {
    int e = epciIndex(code);
    if (e < 0) {
      return List.of();
    }
    List<Commune> members = new ArrayList<>(epciMemberStart[e + 1] - epciMemberStart[e]);
    for (int m = epciMemberStart[e]; m < epciMemberStart[e + 1]; m++) {
      members.add(communeAt(epciMembers[m]));
    }
    return Collections.unmodifiableList(members);
  }

  /**
   * Returns the communes of a département.
   *
   * @param code a département code
   * @return the communes in code order, empty if the département does not exist; unmodifiable
   */
  public List<Commune> communesOf(DepartementCode code) {
    Integer d = departementIndex.get(code);
    return d == null ? List.of() : communesInRange(departementStart[d], departementEnd[d]);
  }

  /**
   * Returns the communes of a région.
   *
   * @param code a région code
   * @return the communes in code order, empty if the région does not exist; unmodifiable
   */
  public List<Commune> communesOf(RegionCode code) {
    Integer r = regionIndex.get(code);
    if (r == null) {
      return List.of();
    }
    List<Commune> communes = new ArrayList<>();
    for (int d : regionDepartements[r]) {
      for (int i = departementStart[d]; i < departementEnd[d]; i++) {
        communes.add(communeAt(i));
      }
    }
    return Collections.unmodifiableList(communes);
  }

  private List<Commune> communesInRange(int from, int to) {
    List<Commune> communes = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      communes.add(communeAt(i));
    }
    return Collections.unmodifiableList(communes);
  }

  // ---------------------------------------------------------------------------------------------------
  // Perimeters

  /**
   * Resolves a perimeter to the current communes it covers.
   *
   * <p>Each code is taken at the level of current communes: a commune code through {@link
   * #currentCommuneOf(CommuneCode)} (so a delegated or associated commune stands for its whole
   * current commune, the finest unit the data describes for it); an EPCI, a département or a région
   * as all its communes. A municipal arrondissement of Paris, Lyon or Marseille is that
   * arrondissement only, with its own population ({@link ResolvedPerimeter#arrondissements()}); all
   * the arrondissements of a commune are the commune. Codes that lead to no current commune
   * (unknown codes, and former codes, which a validator reports) are left out and listed in {@link
   * ResolvedPerimeter#unknownCodes()}.
   *
   * <p>This is the fast path: resolve a perimeter once, then ask the result as many questions as
   * needed. Resolving is proportional to the number of communes the perimeter covers (a few
   * microseconds for twenty EPCIs).
   *
   * @param perimeter any perimeter
   * @return the resolution
   */
  public ResolvedPerimeter resolve(Perimeter perimeter) {
    // First the ranges of commune indices the codes cover, then a bit set over the window of words
    // they span
    // only: a perimeter is a few neighbouring communes far more often than the whole country, and a
    // bit set
    // over all ~35,000 communes cost 4.4 KB and a scan of every département for each resolution (a
    // fifth of
    // an Art. 9 evaluation of a 30-member cluster). Communes are indexed in code order and each
    // département
    // is a contiguous range, so the window of a local perimeter is a few words.
    SortedSet<CommuneCode> unknownCommunes = new TreeSet<>();
    SortedSet<EpciCode> unknownEpcis = new TreeSet<>();
    SortedSet<DepartementCode> unknownDepartements = new TreeSet<>();
    SortedSet<RegionCode> unknownRegions = new TreeSet<>();
    int[] ranges = new int[16]; // from, to (exclusive), from, to, …
    int n = 0;
    int[] arrondissements =
        NO_KEYS; // the keys of the arrondissements named, whose commune is not yet covered
    int named = 0;
    for (CommuneCode code : perimeter.communes()) {
      int key = keyOf(code);
      int index = key < 0 ? -1 : currentByKey[key];
      if (index < 0) {
        unknownCommunes.add(code);
      } else if (statusByKey[key] == ARRONDISSEMENT) {
        arrondissements =
            named < arrondissements.length
                ? arrondissements
                : Arrays.copyOf(arrondissements, named + 4);
        arrondissements[named++] = key;
      } else {
        ranges = addRange(ranges, n, index, index + 1);
        n += 2;
      }
    }
    // Every arrondissement of a commune named: the commune. The arrondissements of one commune have
    // neighbouring
    // keys (751xx, 6938x, 132xx), so the sorted keys group them.
    Arrays.sort(arrondissements, 0, named);
    for (int i = 0; i < named; ) {
      int commune = currentByKey[arrondissements[i]];
      int j = i;
      while (j < named && currentByKey[arrondissements[j]] == commune) {
        j++;
      }
      if (j - i == arrondissementCounts.getOrDefault(commune, 0)) {
        ranges = addRange(ranges, n, commune, commune + 1);
        n += 2;
      }
      i = j;
    }
    for (EpciCode code : perimeter.epcis()) {
      int e = epciIndex(code);
      if (e < 0) {
        unknownEpcis.add(code);
        continue;
      }
      for (int m = epciMemberStart[e]; m < epciMemberStart[e + 1]; m++) {
        ranges = addRange(ranges, n, epciMembers[m], epciMembers[m] + 1);
        n += 2;
      }
    }
    for (DepartementCode code : perimeter.departements()) {
      Integer d = departementIndex.get(code);
      if (d == null) {
        unknownDepartements.add(code);
      } else {
        ranges = addRange(ranges, n, departementStart[d], departementEnd[d]);
        n += 2;
      }
    }
    for (RegionCode code : perimeter.regions()) {
      Integer r = regionIndex.get(code);
      if (r == null) {
        unknownRegions.add(code);
        continue;
      }
      for (int d : regionDepartements[r]) {
        ranges = addRange(ranges, n, departementStart[d], departementEnd[d]);
        n += 2;
      }
    }

    int first = Integer.MAX_VALUE;
    int last = -1;
    for (int i = 0; i < n; i += 2) {
      if (0 <= ranges[i] && ranges[i] < ranges[i + 1]) {
        first = Math.min(first, ranges[i]);
        last = Math.max(last, ranges[i + 1] - 1);
      }
    }
    // The window starts at the word of the first covered commune and ends at that of the last, so
    // that its
    // first and last words are never zero: equal coverage gives an equal window.
    int base = last < 0 ? 0 : first >>> 6;
    long[] covered = new long[last < 0 ? 0 : (last >>> 6) - base + 1];
    for (int i = 0; i < n; i += 2) {
      if (0 <= ranges[i]) {
        setRange(covered, base, ranges[i], ranges[i + 1]);
      }
    }

    // The arrondissements left are those of a commune that no other code covers whole.
    int partial = 0;
    for (int i = 0; i < named; i++) {
      int commune = currentByKey[arrondissements[i]];
      if (!isSet(covered, base, commune)) {
        arrondissements[partial++] = arrondissements[i];
      }
    }
    arrondissements = partial == 0 ? NO_KEYS : Arrays.copyOf(arrondissements, partial);

    int count = 0;
    long population = 0;
    for (int key : arrondissements) {
      population += file.otherPopulation[Arrays.binarySearch(file.otherKeys, key)];
    }
    for (int w = 0; w < covered.length; w++) {
      long word = covered[w];
      count += Long.bitCount(word);
      while (word != 0) {
        population += file.communePopulation[((w + base) << 6) + Long.numberOfTrailingZeros(word)];
        word &= word - 1;
      }
    }
    SortedSet<DepartementCode> touchedDepartements = new TreeSet<>();
    SortedSet<RegionCode> touchedRegions = new TreeSet<>();
    for (int d = 0; d < departementCodes.length; d++) {
      if (departementEnd[d] > first
          && departementStart[d] <= last
          && anySet(
              covered,
              base,
              Math.max(departementStart[d], first),
              Math.min(departementEnd[d], last + 1))) {
        touchedDepartements.add(departementCodes[d]);
        touchedRegions.add(regionCodes[Byte.toUnsignedInt(file.departementRegion[d])]);
      }
    }
    for (int key : arrondissements) {
      int commune = currentByKey[key];
      touchedDepartements.add(
          departementCodes[Byte.toUnsignedInt(file.communeDepartement[commune])]);
      touchedRegions.add(regionCodes[Byte.toUnsignedInt(file.communeRegion[commune])]);
    }
    return new ResolvedPerimeter(
        this,
        perimeter,
        covered,
        base,
        arrondissements,
        count,
        population,
        touchedDepartements,
        touchedRegions,
        unknownCommunes,
        unknownEpcis,
        unknownDepartements,
        unknownRegions);
  }

  /**
   * Returns whether a perimeter covers a commune; resolves the perimeter each time (see {@link
   * #resolve(Perimeter)} and {@link ResolvedPerimeter#contains(CommuneCode)} for repeated
   * questions).
   *
   * @param perimeter any perimeter
   * @param code a commune code; a delegated or associated commune is covered when its current
   *     commune is, an arrondissement when its commune or itself is
   * @return true if the perimeter covers the place the code names (see {@link
   *     ResolvedPerimeter#contains})
   */
  public boolean contains(Perimeter perimeter, CommuneCode code) {
    return resolve(perimeter).contains(code);
  }

  /**
   * Returns the population of a perimeter, each commune counted once; resolves the perimeter.
   *
   * @param perimeter any perimeter
   * @return the sum of the populations of the current communes covered, and of the arrondissements
   *     covered without their whole commune
   */
  public long population(Perimeter perimeter) {
    return resolve(perimeter).population();
  }

  /**
   * Returns the régions a perimeter touches; resolves the perimeter.
   *
   * @param perimeter any perimeter
   * @return the régions of the communes covered, in code order
   */
  public SortedSet<RegionCode> regionsOf(Perimeter perimeter) {
    return resolve(perimeter).regions();
  }

  /**
   * Returns the current communes a perimeter covers; resolves the perimeter.
   *
   * @param perimeter any perimeter
   * @return the communes covered whole, in code order, each once; unmodifiable (a commune of which
   *     the perimeter covers some arrondissements only is in {@link
   *     ResolvedPerimeter#arrondissements()})
   */
  public List<Commune> communesOf(Perimeter perimeter) {
    ResolvedPerimeter resolved = resolve(perimeter);
    List<Commune> communes = new ArrayList<>(resolved.communeCount());
    resolved.forEachIndex(i -> communes.add(communeAt(i)));
    return Collections.unmodifiableList(communes);
  }

  // ---------------------------------------------------------------------------------------------------
  // Search and suggestions

  /**
   * Finds current communes by name, ignoring case, accents, spaces, hyphens, apostrophes and other
   * punctuation ({@code saint etienne} finds {@code Saint-Étienne}).
   *
   * <p>Results are ranked: names equal to the query first, then names that start with it, then
   * names that contain it; within each rank, the most populous first, then in code order. The index
   * of folded names is built on the first search (tens of milliseconds), not when the geography
   * loads.
   *
   * @param query the text typed; a query with no letter or digit finds nothing
   * @param limit the most results to return, at least 0
   * @return the communes, best first
   * @throws IllegalArgumentException if limit is negative
   */
  public List<Commune> searchCommunes(String query, int limit) {
    checkLimit(limit);
    int[] hits = communeNameIndex().search(query, limit);
    List<Commune> result = new ArrayList<>(hits.length);
    for (int i : hits) {
      result.add(communeAt(i));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Finds EPCIs by name, with the folding and ranking of {@link #searchCommunes(String, int)}
   * (population being the EPCI's).
   *
   * @param query the text typed, e.g. {@code pays de grasse}
   * @param limit the most results to return, at least 0
   * @return the EPCIs, best first
   * @throws IllegalArgumentException if limit is negative
   */
  public List<Epci> searchEpcis(String query, int limit) {
    checkLimit(limit);
    int[] hits = epciNameIndex().search(query, limit);
    List<Epci> result = new ArrayList<>(hits.length);
    for (int e : hits) {
      result.add(epciAt(e));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Suggests current communes for a code that is wrong or out of date ("did you mean …").
   *
   * <p>First the commune the code stands for when there is one: the commune it was merged into for
   * a former code, the current commune of a delegated or associated commune or an arrondissement
   * (and the commune itself for a current code). Then the current communes of the same département
   * prefix whose codes are nearest by numeric distance, the lower code first on a tie. Nothing else
   * is suggested for a prefix the data has no commune under.
   *
   * @param code the code that was given
   * @param limit the most suggestions to return, at least 0
   * @return the communes, best first, each once
   * @throws IllegalArgumentException if limit is negative
   */
  public List<Commune> suggestCommunes(CommuneCode code, int limit) {
    checkLimit(limit);
    List<Commune> result = new ArrayList<>(Math.min(limit, 16));
    int key = keyOf(code);
    int first = key < 0 ? -1 : currentByKey[key];
    if (first < 0) {
      first = mergedIndex(code);
    }
    if (first >= 0 && limit > 0) {
      result.add(communeAt(first));
    }
    Integer d = departementIndex.get(code.departement());
    if (d != null) {
      // Within a département the keys grow with the index, so the nearest codes are found by
      // walking
      // outwards from where the code would be.
      int from = departementStart[d];
      int to = departementEnd[d];
      int target = code.key();
      int at = Arrays.binarySearch(file.communeKeys, from, to, target);
      int right = at >= 0 ? at : -at - 1;
      int left = right - 1;
      while (result.size() < limit && (left >= from || right < to)) {
        int pick;
        if (right >= to
            || (left >= from
                && target - file.communeKeys[left] <= file.communeKeys[right] - target)) {
          pick = left--;
        } else {
          pick = right++;
        }
        if (pick != first) {
          result.add(communeAt(pick));
        }
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Suggests EPCIs for an EPCI code that is wrong ("did you mean …").
   *
   * <p>An EPCI code is a SIREN with a Luhn key, so a single mistyped digit is already rejected by
   * {@link EpciCode#parse(CharSequence)}; a valid SIREN that is no EPCI is most often the SIREN of
   * something else. So the suggestions are, in this order: the EPCI itself if the code is one; the
   * EPCI of the commune whose SIREN this is (a commune's SIREN given for its intercommunality);
   * then the EPCIs whose code differs by two swapped neighbouring digits or in at most two digits,
   * fewest differences first, then by numeric distance. Codes merely numerically close are not
   * suggested: SIRENs are allocated in sequence across all of France, so a numeric neighbour is an
   * unrelated body.
   *
   * @param code the code that was given
   * @param limit the most suggestions to return, at least 0
   * @return the EPCIs, best first, each once; often empty
   * @throws IllegalArgumentException if limit is negative
   */
  public List<Epci> suggestEpcis(EpciCode code, int limit) {
    checkLimit(limit);
    List<Integer> picks = new ArrayList<>();
    int self = epciIndex(code);
    if (self >= 0) {
      picks.add(self);
    }
    int siren = sirenValue(code);
    int commune = communeBySiren(siren);
    if (commune >= 0
        && file.communeEpci[commune] >= 0
        && !picks.contains((int) file.communeEpci[commune])) {
      picks.add((int) file.communeEpci[commune]);
    }
    String digits = code.toString();
    List<int[]> near = new ArrayList<>();
    for (int e = 0; e < epciTypes.length; e++) {
      int differences = digitDifferences(digits, nineDigits(file.epciSirens[e]));
      if (differences > 0 && differences <= 2 && !picks.contains(e)) {
        near.add(new int[] {e, differences});
      }
    }
    near.sort(
        Comparator.<int[]>comparingInt(n -> n[1])
            .thenComparingLong(n -> Math.abs((long) file.epciSirens[n[0]] - siren))
            .thenComparingInt(n -> n[0]));
    near.forEach(n -> picks.add(n[0]));
    List<Epci> result = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, picks.size()); i++) {
      result.add(epciAt(picks.get(i)));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Suggests départements for a département code that is not one ("did you mean …"): the
   * département itself if the code is one, then the nearest codes by numeric value, the lower code
   * first on a tie (Corsica's {@code 2A} and {@code 2B} count as {@code 20}, the code they
   * replaced).
   *
   * @param code the code that was given
   * @param limit the most suggestions to return, at least 0
   * @return the départements, best first, each once
   * @throws IllegalArgumentException if limit is negative
   */
  public List<Departement> suggestDepartements(DepartementCode code, int limit) {
    checkLimit(limit);
    int target = numericValue(code);
    return departements.stream()
        .sorted(
            Comparator.<Departement>comparingInt(d -> d.code().equals(code) ? 0 : 1)
                .thenComparingInt(d -> Math.abs(numericValue(d.code()) - target))
                .thenComparing(Departement::code))
        .limit(limit)
        .toList();
  }

  /** The number of a département code, {@code 2A} and {@code 2B} counted as 20. */
  private static int numericValue(DepartementCode code) {
    String text = code.toString();
    return text.startsWith("2A") || text.startsWith("2B") ? 20 : Integer.parseInt(text);
  }

  /**
   * Counts differing positions of two digit strings of equal length; two swapped neighbours count
   * as one.
   */
  private static int digitDifferences(String a, String b) {
    int first = -1;
    int count = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (count == 0) {
          first = i;
        }
        count++;
      }
    }
    boolean swapped =
        count == 2
            && first + 1 < a.length()
            && a.charAt(first) == b.charAt(first + 1)
            && a.charAt(first + 1) == b.charAt(first);
    return swapped ? 1 : count;
  }

  @Override
  public String toString() {
    return "Geography["
        + source.id()
        + ", "
        + communeCount()
        + " communes, "
        + epciCount()
        + " EPCIs]";
  }

  // ---------------------------------------------------------------------------------------------------
  // Internals shared with ResolvedPerimeter

  /** Returns the key under which a code is stored: {@link CommuneCode#key()}. */
  static int keyOf(CommuneCode code) {
    return code.key();
  }

  /** Whether a key is that of a municipal arrondissement. */
  boolean isArrondissement(int key) {
    return statusByKey[key] == ARRONDISSEMENT;
  }

  int[] currentByKey() {
    return currentByKey;
  }

  CommuneCode codeAt(int index) {
    CommuneCode code = codeCache[index];
    if (code == null) {
      code = CommuneCode.parse(codeText(file.communeKeys[index]));
      codeCache[index] = code;
    }
    return code;
  }

  Commune communeAt(int index) {
    Commune commune = communeCache[index];
    if (commune == null) {
      int epci = file.communeEpci[index];
      int siren = file.communeSiren[index];
      commune =
          new Commune(
              codeAt(index),
              file.communeNames.get(index),
              departementCodes[Byte.toUnsignedInt(file.communeDepartement[index])],
              regionCodes[Byte.toUnsignedInt(file.communeRegion[index])],
              epci < 0 ? null : epciCodeAt(epci),
              file.communePopulation[index],
              siren == 0 ? null : Siren.parse(nineDigits(siren)));
      communeCache[index] = commune;
    }
    return commune;
  }

  private Epci epciAt(int e) {
    Epci epci = epciCache[e];
    if (epci == null) {
      List<CommuneCode> members = new ArrayList<>(epciMemberStart[e + 1] - epciMemberStart[e]);
      for (int m = epciMemberStart[e]; m < epciMemberStart[e + 1]; m++) {
        members.add(codeAt(epciMembers[m]));
      }
      epci =
          new Epci(epciCodeAt(e), file.epciNames.get(e), epciTypes[e], members, epciPopulation[e]);
      epciCache[e] = epci;
    }
    return epci;
  }

  private EpciCode epciCodeAt(int e) {
    EpciCode code = epciCodes[e];
    if (code == null) {
      code = EpciCode.parse(nineDigits(file.epciSirens[e]));
      epciCodes[e] = code;
    }
    return code;
  }

  private int epciIndex(EpciCode code) {
    return Arrays.binarySearch(file.epciSirens, sirenValue(code));
  }

  private static int sirenValue(EpciCode code) {
    String digits = code.toString();
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      value = value * 10 + (digits.charAt(i) - '0');
    }
    return value;
  }

  private int communeBySiren(int siren) {
    long[] index = communesBySiren;
    if (index == null) {
      synchronized (lazyLock) {
        index = communesBySiren;
        if (index == null) {
          // SIREN (30 bits) above the commune index (20 bits): sorted longs, searched by SIREN
          // range.
          long[] built = new long[communeCount()];
          int count = 0;
          for (int i = 0; i < built.length; i++) {
            if (file.communeSiren[i] != 0) {
              built[count++] = ((long) file.communeSiren[i] << 20) | i;
            }
          }
          index = Arrays.copyOf(built, count);
          Arrays.sort(index);
          communesBySiren = index;
        }
      }
    }
    int at = Arrays.binarySearch(index, (long) siren << 20);
    int insertion = at >= 0 ? at : -at - 1;
    if (insertion < index.length && (index[insertion] >>> 20) == siren) {
      return (int) (index[insertion] & 0xFFFFF);
    }
    return -1;
  }

  private NameIndex communeNameIndex() {
    NameIndex index = communeNames;
    if (index == null) {
      synchronized (lazyLock) {
        index = communeNames;
        if (index == null) {
          index =
              new NameIndex(communeCount(), file.communeNames::get, i -> file.communePopulation[i]);
          communeNames = index;
        }
      }
    }
    return index;
  }

  private NameIndex epciNameIndex() {
    NameIndex index = epciNames;
    if (index == null) {
      synchronized (lazyLock) {
        index = epciNames;
        if (index == null) {
          index = new NameIndex(epciCount(), file.epciNames::get, e -> epciPopulation[e]);
          epciNames = index;
        }
      }
    }
    return index;
  }

  private static void checkLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be at least 0, got " + limit);
    }
  }

  private static int checkKey(int key) {
    if (key < 0 || key >= KEYS) {
      throw GeographyFile.corrupt("commune key " + key + " out of range [0, " + KEYS + ")");
    }
    return key;
  }

  private static CodeStatus otherStatus(byte kind) {
    switch (kind) {
      case 1:
        return CodeStatus.DELEGATED;
      case 2:
        return CodeStatus.ASSOCIATED;
      case 3:
        return CodeStatus.MUNICIPAL_ARRONDISSEMENT;
      default:
        throw GeographyFile.corrupt("unknown kind of code " + kind);
    }
  }

  private static EpciType epciType(String code) {
    for (EpciType type : EPCI_TYPES) {
      if (type.name().equals(code)) {
        return type;
      }
    }
    throw GeographyFile.corrupt("unknown EPCI type " + code);
  }

  /**
   * The first day of a région as it is today, for the régions loi n° 2015-29 du 16 janvier 2015
   * relative à la délimitation des régions formed by grouping former ones: its Art. 1 III puts the
   * new map in force "à compter du 1er janvier 2016" (Légifrance,
   * https://www.legifrance.gouv.fr/loda/id/JORFSCTA000030109623, read on the law's page; JORF n°
   * 0014 du 17 janvier 2015). Which régions were groupings (seven: Alsace, Champagne-Ardenne and
   * Lorraine; Aquitaine, Limousin and Poitou-Charentes; Auvergne and Rhône-Alpes; Bourgogne and
   * Franche-Comté; Nord - Pas-de-Calais and Picardie; Languedoc-Roussillon and Midi-Pyrénées;
   * Basse- and Haute-Normandie) is read in document n° 2613 of the Assemblée nationale's 14th
   * legislature, whose introduction summarises the law (a secondary copy:
   * https://2012-2017.nosdeputes.fr/14/document/2613), and in the law's Art. 2 I 1° (the Normandie
   * grouping); the codes are those the code officiel géographique gives these régions since 2016.
   * Not in the npm data, which has no dates: kept here, by code.
   */
  private static @Nullable LocalDate regionSince(String code) {
    switch (code) {
      case "27", "28", "32", "44", "75", "76", "84":
        return REGIONS_OF_2016;
      default:
        return null;
    }
  }

  /** The inverse of {@link CommuneCode#key()} for the keys the data uses. */
  static String codeText(int key) {
    char[] code = new char[5];
    int digits = key;
    if ((key >= 20_000 && key < 21_000) || (key >= 96_000 && key < 97_000)) {
      boolean b = key >= 96_000;
      digits = key - (b ? 96_000 : 20_000);
      code[0] = '2';
      code[1] = b ? 'B' : 'A';
      for (int i = 4; i >= 2; i--, digits /= 10) {
        code[i] = (char) ('0' + digits % 10);
      }
      return new String(code);
    }
    for (int i = 4; i >= 0; i--, digits /= 10) {
      code[i] = (char) ('0' + digits % 10);
    }
    return new String(code);
  }

  private static String nineDigits(int value) {
    char[] digits = new char[9];
    int rest = value;
    for (int i = 8; i >= 0; i--, rest /= 10) {
      digits[i] = (char) ('0' + rest % 10);
    }
    return new String(digits);
  }

  /** Appends the range [from, to) at position n of the pairs, growing the array when full. */
  private static int[] addRange(int[] ranges, int n, int from, int to) {
    int[] out = n + 2 <= ranges.length ? ranges : Arrays.copyOf(ranges, ranges.length * 2);
    out[n] = from;
    out[n + 1] = to;
    return out;
  }

  /**
   * Sets the bits [from, to) of commune indices in a window of words starting at word {@code base}.
   */
  private static void setRange(long[] words, int base, int from, int to) {
    for (int i = from; i < to; ) {
      int w = i >>> 6;
      int end = Math.min(to, (w + 1) << 6);
      long mask = (end - i == 64 ? -1L : ((1L << (end - i)) - 1)) << i;
      words[w - base] |= mask;
      i = end;
    }
  }

  /**
   * Whether the bit of a commune index is set, in a window of words starting at word {@code base}.
   */
  static boolean isSet(long[] words, int base, int index) {
    int w = (index >>> 6) - base;
    return index >= 0 && w >= 0 && w < words.length && (words[w] & (1L << index)) != 0;
  }

  /**
   * Whether any bit [from, to) is set, the range lying inside the window starting at word {@code
   * base}.
   */
  private static boolean anySet(long[] words, int base, int from, int to) {
    for (int i = from; i < to; ) {
      int w = i >>> 6;
      int end = Math.min(to, (w + 1) << 6);
      long mask = (end - i == 64 ? -1L : ((1L << (end - i)) - 1)) << i;
      if ((words[w - base] & mask) != 0) {
        return true;
      }
      i = end;
    }
    return false;
  }
}
