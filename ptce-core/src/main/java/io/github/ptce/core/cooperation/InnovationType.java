package io.github.ptce.core.cooperation;

/**
 * How a project is innovative, in the words of Art. 9 of loi n° 2014-856: "socialement ou
 * technologiquement".
 */
public enum InnovationType {
  /** Socially innovative. */
  SOCIAL,
  /** Technologically innovative. */
  TECHNOLOGICAL
}
