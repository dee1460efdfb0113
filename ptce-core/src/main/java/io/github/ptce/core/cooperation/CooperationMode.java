package io.github.ptce.core.cooperation;

/** The three forms of a PTCE's strategy named by Art. 9 of loi n° 2014-856. */
public enum CooperationMode {
  /** Pooling ("mutualisation") of means, jobs, premises, purchases. */
  POOLING,
  /** Cooperation ("coopération") between the members' activities. */
  COOPERATION,
  /** Partnership ("partenariat"). */
  PARTNERSHIP
}
