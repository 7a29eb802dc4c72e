package se.avid.benchmarks.corpus;

/**
 * The input sizes measured, in UTF-8 bytes. Up to {@link #LONG_10KB} an input is one post; from
 * {@link #DOC_100KB} up it is a document of many posts (a thread or a day's queue), separated by
 * blank lines. Immutable and thread-safe.
 */
public enum PostSize {
  /** A short message, 200 B. */
  SHORT_200B(200),
  /** A typical post, 1 KB. */
  TYPICAL_1KB(1024),
  /** A long post, 10 KB. */
  LONG_10KB(10 * 1024),
  /** A thread of posts, 100 KB. */
  DOC_100KB(100 * 1024),
  /** A day of posts, 1 MB. */
  DOC_1MB(1024 * 1024),
  /** A large archive file, 10 MB. */
  DOC_10MB(10 * 1024 * 1024);

  private final int bytes;

  PostSize(int bytes) {
    this.bytes = bytes;
  }

  /**
   * The exact UTF-8 length of every input of this size.
   *
   * @return the size in bytes
   */
  public int bytes() {
    return bytes;
  }

  /**
   * How many different inputs a benchmark cycles through: about 256 KB of text, at least one input.
   *
   * @return the number of inputs
   */
  public int inputCount() {
    return Math.max(1, (256 * 1024) / bytes);
  }
}
