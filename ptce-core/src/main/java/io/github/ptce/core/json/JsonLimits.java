package io.github.ptce.core.json;

/**
 * The limits {@link PtceJson} enforces while reading, so that a hostile or broken document is
 * rejected early with an error that names the limit, instead of exhausting memory or time.
 *
 * <p>The defaults ({@link #DEFAULT}) are far above what a real cluster needs (a cluster of 5,000
 * members is about 2 MB of JSON) and far below what would hurt a server:
 *
 * <ul>
 *   <li>document size: {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes (8 MiB);
 *   <li>nesting depth: {@value #DEFAULT_MAX_NESTING_DEPTH} (the format itself needs about 8);
 *   <li>string length: {@value #DEFAULT_MAX_STRING_LENGTH} characters (the longest text field
 *       allows 4,000);
 *   <li>number length: {@value #DEFAULT_MAX_NUMBER_LENGTH} characters;
 *   <li>members of a cluster: {@value #DEFAULT_MAX_MEMBERS}; items of any other list: {@value
 *       #DEFAULT_MAX_ITEMS};
 *   <li>violations reported for one document: {@value #DEFAULT_MAX_VIOLATIONS} (a document of
 *       unknown properties would otherwise give one violation per property: a small input, a large
 *       answer);
 *   <li>property name length: {@value #MAX_NAME_LENGTH} characters, or the string length if smaller
 *       ({@link #maxNameLength()}).
 * </ul>
 *
 * <p>Each exceeded limit is reported as a violation whose code names it ({@code
 * json.limit.documentSize}, {@code json.limit.depth}, {@code json.limit.stringLength}, {@code
 * json.limit.numberLength}, {@code json.limit.nameLength}, {@code json.limit.items}, {@code
 * json.limit.violations}) and whose message says the limit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxDocumentBytes the largest document accepted, in bytes (in characters for text input)
 * @param maxNestingDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxMembers the most members in a cluster
 * @param maxItems the most items in any other list
 * @param maxViolations the most violations reported for one document; beyond them one more
 *     violation, {@code json.limit.violations}, says that the list is cut
 */
public record JsonLimits(
    long maxDocumentBytes,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxMembers,
    int maxItems,
    int maxViolations) {

  /** The default maximum document size: 8 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;

  /** The default maximum nesting depth. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /** The default maximum string length. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10_000;

  /** The default maximum number length. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 40;

  /** The default maximum number of members. */
  public static final int DEFAULT_MAX_MEMBERS = 5_000;

  /** The default maximum number of items of other lists. */
  public static final int DEFAULT_MAX_ITEMS = 1_000;

  /** The default maximum number of violations reported for one document. */
  public static final int DEFAULT_MAX_VIOLATIONS = 1_000;

  /** The longest property name, in characters, unless the string limit is smaller. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The default limits. */
  public static final JsonLimits DEFAULT =
      new JsonLimits(
          DEFAULT_MAX_DOCUMENT_BYTES,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_MEMBERS,
          DEFAULT_MAX_ITEMS,
          DEFAULT_MAX_VIOLATIONS);

  /**
   * Checks that every limit is positive.
   *
   * @param maxDocumentBytes the largest document
   * @param maxNestingDepth the deepest nesting
   * @param maxStringLength the longest string
   * @param maxNumberLength the longest number
   * @param maxMembers the most members
   * @param maxItems the most items of other lists
   * @param maxViolations the most violations reported
   * @throws IllegalArgumentException naming the first limit that is not positive
   */
  public JsonLimits {
    positive("maxDocumentBytes", maxDocumentBytes);
    positive("maxNestingDepth", maxNestingDepth);
    positive("maxStringLength", maxStringLength);
    positive("maxNumberLength", maxNumberLength);
    positive("maxMembers", maxMembers);
    positive("maxItems", maxItems);
    positive("maxViolations", maxViolations);
  }

  /**
   * Creates limits with the default maximum number of violations ({@value
   * #DEFAULT_MAX_VIOLATIONS}).
   *
   * @param maxDocumentBytes the largest document
   * @param maxNestingDepth the deepest nesting
   * @param maxStringLength the longest string
   * @param maxNumberLength the longest number
   * @param maxMembers the most members
   * @param maxItems the most items of other lists
   * @throws IllegalArgumentException naming the first limit that is not positive
   */
  public JsonLimits(
      long maxDocumentBytes,
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      int maxMembers,
      int maxItems) {
    this(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxMembers,
        maxItems,
        DEFAULT_MAX_VIOLATIONS);
  }

  /**
   * Returns the longest property name accepted: {@value #MAX_NAME_LENGTH} characters, or the string
   * length limit if it is smaller.
   *
   * @return the limit, in characters
   */
  public int maxNameLength() {
    return Math.min(maxStringLength, MAX_NAME_LENGTH);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  /**
   * Returns these limits with another maximum number of members.
   *
   * @param members the most members in a cluster
   * @return the new limits
   */
  public JsonLimits withMaxMembers(int members) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        members,
        maxItems,
        maxViolations);
  }

  /**
   * Returns these limits with another maximum document size.
   *
   * @param bytes the largest document accepted
   * @return the new limits
   */
  public JsonLimits withMaxDocumentBytes(long bytes) {
    return new JsonLimits(
        bytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxMembers,
        maxItems,
        maxViolations);
  }

  /**
   * Returns these limits with another maximum number of violations reported.
   *
   * @param violations the most violations reported for one document
   * @return the new limits
   */
  public JsonLimits withMaxViolations(int violations) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxMembers,
        maxItems,
        violations);
  }
}
