package io.github.ptce.testkit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A case file of a scheme: {@code <root>/<scheme id>/<name>.json}.
 *
 * @param schemeId the scheme the case is about: the name of its directory
 * @param path the file
 */
public record CaseFile(String schemeId, Path path) {

  /**
   * Creates a case file.
   *
   * @param schemeId the scheme id
   * @param path the file
   */
  public CaseFile {
    Objects.requireNonNull(schemeId, "schemeId");
    Objects.requireNonNull(path, "path");
  }

  /**
   * Returns how tests and failures name the case.
   *
   * @return {@code <scheme id>/<file name>}
   */
  public String name() {
    return schemeId + "/" + path.getFileName();
  }
}
