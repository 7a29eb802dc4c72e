package se.avid.tools.eval;

/**
 * An annotated entity: where it is and its {@link GoldLabels label}. Immutable.
 *
 * @param start first char
 * @param end one past the last char
 * @param label a SUC tag ({@code PER}, {@code LOC}, …) or an {@link se.avid.EntityType} name
 */
public record GoldSpan(int start, int end, String label) {

  public GoldSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (!GoldLabels.isKnown(label)) {
      throw new IllegalArgumentException("unknown entity type: " + label);
    }
  }

  /** True when this entity shares at least one char with {@code start..end}. */
  public boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
