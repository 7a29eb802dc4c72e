package se.avid.spi;

import se.avid.EntityType;

/** Receives the findings of one detector during one call. Not thread-safe; valid only during {@code detect}. */
@FunctionalInterface
public interface FindingSink {

  /**
   * Reports that chars {@code start} (inclusive) to {@code end} (exclusive) hold a {@code type}
   * with certainty {@code score} (0 to 1).
   */
  void add(int start, int end, EntityType type, double score);
}
