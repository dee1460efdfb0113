package io.github.ptce.examples.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sample clusters bundled with the tool, looked up by name only: a name is never turned into a
 * path, so nothing outside this fixed list can be read through it.
 *
 * <p>Four are modelled on public facts of real PTCEs (the sources are named in each document's
 * {@code description}, and what is not published is left out, so that the report shows what is
 * missing); one is synthetic, complete and eligible.
 */
public enum Sample {
  /** SCIC TETRIS, Grasse, Communauté d'agglomération du Pays de Grasse. */
  TETRIS("tetris", false),
  /** Emergence Beauvaisis, Communauté d'agglomération du Beauvaisis. */
  EMERGENCE_BEAUVAISIS("emergence-beauvaisis", false),
  /** Pôle Sud Archer, Romans-sur-Isère, Valence Romans Agglo. */
  POLE_SUD_ARCHER("pole-sud-archer", false),
  /** Maison d'économie solidaire du Pays de Bray, La Chapelle-aux-Pots (Oise). */
  PAYS_DE_BRAY("pays-de-bray", false),
  /**
   * A synthetic, complete cluster, eligible to Art. 9 and to décret 2015-431 with its bundled
   * assessment.
   */
  SYNTHETIC_ELIGIBLE("synthetic-eligible", true);

  private static final String FOLDER = "/io/github/ptce/examples/samples/";

  private final String sampleName;
  private final boolean hasAssessments;

  Sample(String sampleName, boolean hasAssessments) {
    this.sampleName = sampleName;
    this.hasAssessments = hasAssessments;
  }

  /**
   * Returns the name given to {@code --sample}.
   *
   * @return e.g. {@code tetris}
   */
  public String sampleName() {
    return sampleName;
  }

  /**
   * Returns the names of every sample, in this order.
   *
   * @return the names
   */
  public static List<String> names() {
    return Arrays.stream(values()).map(Sample::sampleName).toList();
  }

  /**
   * Finds a sample by name, ignoring case.
   *
   * @param name the name
   * @return the sample, empty if none has that name
   */
  public static Optional<Sample> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.sampleName.equals(wanted)).findFirst();
  }

  /**
   * Returns the file name of the cluster document.
   *
   * @return e.g. {@code tetris.json}
   */
  public String fileName() {
    return sampleName + ".json";
  }

  /**
   * Returns the cluster document (format {@code ptce-cluster/2}).
   *
   * @return UTF-8 JSON
   */
  public byte[] cluster() {
    return read(fileName());
  }

  /**
   * Returns the assessments bundled with the sample: a JSON array of assessments of the criteria
   * that need a person's judgement, applied when the sample is evaluated unless others are given.
   *
   * @return UTF-8 JSON, empty if the sample has none
   */
  public Optional<byte[]> assessments() {
    return hasAssessments ? Optional.of(read(sampleName + ".assessments.json")) : Optional.empty();
  }

  private static byte[] read(String file) {
    try (InputStream in = Sample.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("missing sample resource " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample " + file, e);
    }
  }
}
