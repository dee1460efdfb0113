package io.github.ptce.core.territory;

import java.util.Map;
import java.util.Objects;

/**
 * Where the bundled geography comes from: the npm package, its version, its licence, the sha256 of
 * the tarball it was derived from, and the vintage (millésime) of the code officiel géographique it
 * follows.
 *
 * <p>Every value is read from the resource's header, which the converter filled from the package
 * itself; nothing here is typed by hand in Java. Immutable and thread-safe; a value type.
 */
public final class GeographySource {
  private final String packageName;
  private final String version;
  private final String licence;
  private final String dataLicence;
  private final String tarballSha256;
  private final String vintage;

  private GeographySource(Map<String, String> metadata) {
    this.packageName = required(metadata, "package");
    this.version = required(metadata, "version");
    this.licence = required(metadata, "licence");
    this.dataLicence = required(metadata, "dataLicence");
    this.tarballSha256 = required(metadata, "tarballSha256");
    this.vintage = required(metadata, "vintage");
  }

  static GeographySource from(Map<String, String> metadata) {
    return new GeographySource(metadata);
  }

  private static String required(Map<String, String> metadata, String key) {
    String value = metadata.get(key);
    if (value == null || value.isBlank()) {
      throw GeographyFile.corrupt("metadata " + key + " is missing");
    }
    return value;
  }

  /**
   * Returns the npm package the data was derived from.
   *
   * @return {@code @etalab/decoupage-administratif}
   */
  public String packageName() {
    return packageName;
  }

  /**
   * Returns the version of the package.
   *
   * @return e.g. {@code 6.0.0}
   */
  public String version() {
    return version;
  }

  /**
   * Returns the package's licence, as its {@code package.json} declares it.
   *
   * @return {@code MIT}; its text ships in the jar as {@code
   *     META-INF/LICENSE-decoupage-administratif.txt}
   */
  public String licence() {
    return licence;
  }

  /**
   * Returns the licence that the package's README gives for the data itself (it gives MIT for the
   * code).
   *
   * @return {@code Licence Ouverte} (Etalab's open licence)
   */
  public String dataLicence() {
    return dataLicence;
  }

  /**
   * Returns the sha256 of the package tarball the resource was derived from, in lower-case hex.
   *
   * @return 64 hex digits
   */
  public String tarballSha256() {
    return tarballSha256;
  }

  /**
   * Returns the year of the data, as the package README's table of vintages (millésimes) states it
   * for this version.
   *
   * @return e.g. {@code 2026}
   */
  public String vintage() {
    return vintage;
  }

  /**
   * Returns the source as one identifier.
   *
   * @return {@code npm:<package>@<version>}, e.g. {@code npm:@etalab/decoupage-administratif@6.0.0}
   */
  public String id() {
    return "npm:" + packageName + "@" + version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GeographySource s
        && packageName.equals(s.packageName)
        && version.equals(s.version)
        && licence.equals(s.licence)
        && dataLicence.equals(s.dataLicence)
        && tarballSha256.equals(s.tarballSha256)
        && vintage.equals(s.vintage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(packageName, version, licence, dataLicence, tarballSha256, vintage);
  }

  /**
   * Returns the identifier, licence and vintage, e.g. {@code
   * npm:@etalab/decoupage-administratif@6.0.0 (MIT, 2026)}.
   */
  @Override
  public String toString() {
    return id() + " (" + licence + ", " + vintage + ")";
  }
}
