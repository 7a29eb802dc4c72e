package se.avid.redact;

import se.avid.EntityType;
import se.avid.Finding;

/** Findings of a value inside a sentence, for strategy tests. */
final class StrategiesTestSupport {

  private StrategiesTestSupport() {}

  /** The finding of the first occurrence of {@code value} in {@code text}. */
  static Finding finding(String text, String value, EntityType type) {
    int start = text.indexOf(value);
    if (start < 0) {
      throw new IllegalArgumentException("not in the text");
    }
    return new Finding(start, start + value.length(), type, 0.9, "test");
  }
}
