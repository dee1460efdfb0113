package io.github.ptce.core.provenance;

/** How a source knows what it says. */
public enum SourceKind {
  /** Declared by the cluster or the member itself (an application form, its own answers). */
  DECLARED,
  /**
   * Published by a third party or the cluster: a web page, a report, a press release, a list of
   * laureates.
   */
  PUBLISHED,
  /** Read from an official register, such as INSEE's Sirene register or the RNA. */
  REGISTER,
  /** Inferred by the person or the tool that wrote the description, from other facts. */
  INFERRED
}
