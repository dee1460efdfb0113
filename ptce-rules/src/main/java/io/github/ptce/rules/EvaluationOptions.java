package io.github.ptce.rules;

/**
 * Readings of the law that are a choice, not a fact, made explicit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param minimumSseEnterprises how many SSE enterprises Art. 9 I requires: the text says
 *     "entreprises" (plural) of the SSE; the literal reading asks for at least one ({@link
 *     #LITERAL}), a stricter reading for at least two ({@link #STRICT})
 */
public record EvaluationOptions(int minimumSseEnterprises) {

  /** The literal reading of Art. 9 I: at least one SSE enterprise. The default. */
  public static final EvaluationOptions LITERAL = new EvaluationOptions(1);

  /** The stricter reading of the plural in Art. 9 I: at least two SSE enterprises. */
  public static final EvaluationOptions STRICT = new EvaluationOptions(2);

  /**
   * Checks the options.
   *
   * @param minimumSseEnterprises 1 or 2
   * @throws IllegalArgumentException for another value
   */
  public EvaluationOptions {
    if (minimumSseEnterprises != 1 && minimumSseEnterprises != 2) {
      throw new IllegalArgumentException(
          "minimumSseEnterprises is 1 (literal reading) or 2 (strict reading), was "
              + minimumSseEnterprises);
    }
  }
}
