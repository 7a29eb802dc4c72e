package se.avid.tools.eval;

/**
 * A stretch of text by UTF-16 offsets, end exclusive. Immutable.
 *
 * @param start first char
 * @param end one past the last char
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** True when the two spans share at least one char. */
  public boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
