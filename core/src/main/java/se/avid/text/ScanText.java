package se.avid.text;

import java.util.Objects;

/**
 * A text prepared for detection: the original as given by the caller and its
 * {@linkplain TextNormalizer normalised} copy of the same length.
 *
 * <p>Detectors match on {@link #charAt(int)} (normalised) and report offsets that are valid in
 * both. One instance is made per call; it is immutable but holds a private array, so detectors
 * must not keep it after {@code detect} returns. Thread-safe for reading.
 */
public final class ScanText {

  private final String original;
  private final char[] normalized;

  private ScanText(String original, char[] normalized) {
    this.original = original;
    this.normalized = normalized;
  }

  /** Normalises {@code text} once. */
  public static ScanText of(String text) {
    Objects.requireNonNull(text, "text");
    return new ScanText(text, TextNormalizer.normalize(text));
  }

  /** The text as given. */
  public String original() {
    return original;
  }

  public int length() {
    return normalized.length;
  }

  /** The normalised char at {@code i}. */
  public char charAt(int i) {
    return normalized[i];
  }

  /** The normalised chars from {@code start} to {@code end}, as a new string. */
  public String normalized(int start, int end) {
    return new String(normalized, start, end - start);
  }

  /** True for an ASCII digit after normalisation. */
  public boolean isDigit(int i) {
    char c = normalized[i];
    return c >= '0' && c <= '9';
  }

  /** True when {@code i} holds a letter or digit (normalised), so a match must not start or end next to it. */
  public boolean isWordChar(int i) {
    if (i < 0 || i >= normalized.length) {
      return false;
    }
    char c = normalized[i];
    if (c < 0x80) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetterOrDigit(c);
  }

  /** True for a zero-width char that scanners treat as absent. */
  public boolean isIgnorable(int i) {
    return normalized[i] == TextNormalizer.IGNORABLE;
  }
}
