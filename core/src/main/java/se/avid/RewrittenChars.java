package se.avid;

import java.util.Arrays;

/**
 * The chars of a rewritten text, built from the original's stretches and the replacements, in a
 * buffer that one thread reuses from call to call ({@link Replacer}).
 *
 * <p>Why chars and not a {@link StringBuilder}: a builder that once held a char beyond Latin-1
 * (an emoji, an en dash in one post) stays two bytes a char for good, so every later text built
 * in it, though all Latin-1, was appended char by char and compressed again by {@code toString}:
 * a fifth of the structured detectors' time on the generated posts. Copying stretches into a
 * {@code char[]} and making the string from it takes the JDK's vectorised copy and compression
 * whatever the texts before were. Not thread-safe: one per thread and call.
 */
final class RewrittenChars {

  private char[] chars;
  private int length;

  /**
   * An empty buffer with room for {@code capacity} chars.
   *
   * @param capacity the chars to make room for
   */
  RewrittenChars(int capacity) {
    chars = new char[Math.max(capacity, 16)];
  }

  /** Empties the buffer for the next text; the room stays. */
  void clear() {
    length = 0;
  }

  /** How many chars the buffer holds. */
  int length() {
    return length;
  }

  /** How many chars the buffer has room for. */
  int capacity() {
    return chars.length;
  }

  /** Appends {@code s[start, end)}. */
  void append(String s, int start, int end) {
    int n = end - start;
    ensure(n);
    s.getChars(start, end, chars, length);
    length += n;
  }

  /** Appends all of {@code s}. */
  void append(String s) {
    append(s, 0, s.length());
  }

  /** The chars appended since the last {@link #clear}, as a new string. */
  String text() {
    return new String(chars, 0, length);
  }

  private void ensure(int more) {
    int needed = length + more;
    if (needed > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(needed, 2 * chars.length));
    }
  }
}
