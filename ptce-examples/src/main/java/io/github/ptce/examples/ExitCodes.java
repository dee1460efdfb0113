package io.github.ptce.examples;

import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.SchemeOutcome;
import io.github.ptce.rules.SchemeReport;

/**
 * The exit codes of the {@code ptce} command.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>eligible (check), valid (validate), done (every other command)</td></tr>
 *   <tr><td>1</td><td>not eligible</td></tr>
 *   <tr><td>2</td><td>undetermined: a fact or an assessment is missing</td></tr>
 *   <tr><td>3</td><td>invalid input: a file cannot be read, is not valid JSON, or has violations; a territory
 *   query finds nothing; a batch skipped a file</td></tr>
 *   <tr><td>4</td><td>usage error: unknown command or option, bad option value (such as a date outside
 *   {@link io.github.ptce.examples.EvaluationDates#EARLIEST} to {@link io.github.ptce.examples.EvaluationDates#LATEST}),
 *   unknown scheme or sample; the {@code --out} file or standard output cannot be written (a report lost on
 *   standard output turns the outcome's 0, 1, 2 or 6 into 4)</td></tr>
 *   <tr><td>5</td><td>internal error (a bug: please report it, with {@code --debug}); also a run that ran out of
 *   memory or stack, with one message that says so</td></tr>
 *   <tr><td>6</td><td>no scheme applies ({@code check}): none is in force for the cluster at the date, or for its
 *   territory, so it is eligible to nothing; told apart from 1 so that a script can tell "no" from "nothing
 *   to ask"</td></tr>
 *   <tr><td>7</td><td>a register could not be used ({@code enrich}, {@code registers prepare}, and {@code check}
 *   or {@code batch} with {@code --sirene} or {@code --online}): the stock directory or a stock file is missing or
 *   unreadable, its prepared database was made from other files, the Recherche d'entreprises API cannot be
 *   reached; for {@code enrich} and {@code batch}, also when the register could not answer for some identifiers
 *   (the output is written, those members' facts left unknown). A {@code check} whose register answered only in
 *   part still exits with its outcome's code, and says so on standard error.</td></tr>
 * </table>
 *
 * <p>When {@code check} evaluates several schemes, the exit code is the three-valued conjunction of
 * the outcomes of the reports about the cluster (the per-member reports, such as the Art. 1 test of
 * each member, feed the cluster's criteria and are not counted again; reports of schemes that do
 * not apply are ignored): 1 if any scheme is not eligible, else 2 if any is undetermined, else 0 if
 * at least one is eligible. With no scheme that applies, the code is 6 ({@link #NONE_APPLIES}).
 * When only schemes evaluated per member were asked for ({@code --scheme fr.law.2014-856.art1}),
 * the members' reports are combined in the same way.
 */
public final class ExitCodes {
  /** Eligible, valid, or done. */
  public static final int OK = 0;

  /** Not eligible. */
  public static final int NOT_ELIGIBLE = 1;

  /** Undetermined. */
  public static final int UNDETERMINED = 2;

  /** Invalid input. */
  public static final int INVALID_INPUT = 3;

  /** Usage error. */
  public static final int USAGE = 4;

  /** Internal error. */
  public static final int INTERNAL = 5;

  /** No scheme applies: none is in force for the cluster at the date, or for its territory. */
  public static final int NONE_APPLIES = 6;

  /** A register could not be used, or could not answer for every identifier. */
  public static final int REGISTER = 7;

  private ExitCodes() {}

  /**
   * Returns the combined outcome of the reports about the cluster: the Kleene conjunction described
   * above.
   *
   * @param report the report
   * @return {@code ELIGIBLE}, {@code NOT_ELIGIBLE}, {@code UNDETERMINED}, or {@code NOT_APPLICABLE}
   *     when no scheme applies
   */
  public static SchemeOutcome combined(EligibilityReport report) {
    boolean aboutCluster = report.schemes().stream().anyMatch(s -> s.subject().isEmpty());
    boolean eligible = false;
    boolean undetermined = false;
    for (SchemeReport scheme : report.schemes()) {
      if (aboutCluster && scheme.subject().isPresent()) {
        continue;
      }
      switch (scheme.outcome()) {
        case NOT_ELIGIBLE -> {
          return SchemeOutcome.NOT_ELIGIBLE;
        }
        case UNDETERMINED -> undetermined = true;
        case ELIGIBLE -> eligible = true;
        case NOT_APPLICABLE -> {}
        default -> throw new IllegalStateException(scheme.outcome().name());
      }
    }
    if (undetermined) {
      return SchemeOutcome.UNDETERMINED;
    }
    return eligible ? SchemeOutcome.ELIGIBLE : SchemeOutcome.NOT_APPLICABLE;
  }

  /**
   * Returns the exit code of a report.
   *
   * @param report the report
   * @return 0, 1, 2 or 6
   */
  public static int of(EligibilityReport report) {
    return switch (combined(report)) {
      case ELIGIBLE -> OK;
      case UNDETERMINED -> UNDETERMINED;
      case NOT_ELIGIBLE -> NOT_ELIGIBLE;
      case NOT_APPLICABLE -> NONE_APPLIES;
    };
  }
}
