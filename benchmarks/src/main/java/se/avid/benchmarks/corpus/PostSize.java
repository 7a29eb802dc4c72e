package se.avid.benchmarks.corpus;

/**
 * The input sizes measured, in UTF-8 bytes. Up to {@link #LONG_10KB} an input is one post; from
 * {@link #DOC_100KB} up it is a document of many posts (a thread or a day's queue), separated by
 * blank lines. Immutable and thread-safe.
 */
public enum PostSize {
  SHORT_200B(200),
  TYPICAL_1KB(1024),
  LONG_10KB(10 * 1024),
  DOC_100KB(100 * 1024),
  DOC_1MB(1024 * 1024),
  DOC_10MB(10 * 1024 * 1024);

  private final int bytes;

  PostSize(int bytes) {
    this.bytes = bytes;
  }

  /** The exact UTF-8 length of every input of this size. */
  public int bytes() {
    return bytes;
  }

  /** How many different inputs a benchmark cycles through: about 256 KB of text, at least one input. */
  public int inputCount() {
    return Math.max(1, (256 * 1024) / bytes);
  }
}
