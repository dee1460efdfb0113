package io.github.ptce.rules;

/** What a scheme is evaluated for. */
public enum SchemeSubject {
  /** The cluster as a whole: one result per cluster. */
  CLUSTER,
  /** Each member: one result per active member (e.g. "is this member an SSE enterprise?"). */
  MEMBER
}
