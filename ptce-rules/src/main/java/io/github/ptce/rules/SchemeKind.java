package io.github.ptce.rules;

/** What a scheme is, which decides where it is listed. */
public enum SchemeKind {
  /** A legal definition: is the cluster a PTCE, is a member an SSE enterprise. */
  DEFINITION,
  /** A support scheme one applies to: a call, an aid, a call for expressions of interest. */
  SUPPORT,
  /** A charter or label one signs. */
  CHARTER
}
