package se.avid.benchmarks.corpus;

import se.avid.EntityType;

/**
 * An identifier the generator put into a post, at chars {@code start} (inclusive) to {@code end}
 * (exclusive). The generator's own record of what a perfect redaction would remove; used to check
 * the corpus, never to help a detector. Immutable and thread-safe.
 */
public record Identifier(int start, int end, EntityType type) {

  public Identifier {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
