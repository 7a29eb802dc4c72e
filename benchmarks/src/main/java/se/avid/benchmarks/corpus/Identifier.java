package se.avid.benchmarks.corpus;

import se.avid.EntityType;

/**
 * An identifier the generator put into a post, at chars {@code start} (inclusive) to {@code end}
 * (exclusive). The generator's own record of what a perfect redaction would remove; used to check
 * the corpus, never to help a detector. Immutable and thread-safe.
 */
public record Identifier(int start, int end, EntityType type) {

  /**
   * Checks that the span is not empty and starts at 0 or later.
   *
   * @param start the offset of the first char
   * @param end the offset after the last char
   * @param type its type
   * @throws IllegalArgumentException if the span is empty or starts before 0
   */
  public Identifier {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
