package io.github.ptce.core.cooperation;

/**
 * Activities that members of a cluster share, as named among the selection priorities of the 2015
 * State call (FACTS.md § 1.3: shared jobs, employer groups, shared premises, joint purchasing, HR
 * function, pooled or integrated service offers) and in DESIGN.md (equipment).
 */
public enum SharedActivity {
  /** Shared jobs (time-shared positions). */
  SHARED_JOBS,
  /** An employer group employing staff for several members. */
  EMPLOYER_GROUP,
  /** Shared premises. */
  SHARED_PREMISES,
  /** Shared equipment. */
  SHARED_EQUIPMENT,
  /** Joint purchasing. */
  JOINT_PURCHASING,
  /** A shared human-resources function. */
  SHARED_HR_FUNCTION,
  /** A pooled or integrated offer of services by several members. */
  JOINT_SERVICE_OFFER,
  /** Another shared activity. */
  OTHER
}
