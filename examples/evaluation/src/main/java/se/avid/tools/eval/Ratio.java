package se.avid.tools.eval;

import java.util.Locale;

/**
 * A count of hits out of a total, e.g. entities found out of entities annotated. Immutable.
 *
 * @param hits how many counted
 * @param total out of how many
 */
public record Ratio(long hits, long total) {

  public Ratio {
    if (hits < 0 || total < hits) {
      throw new IllegalArgumentException("bad ratio " + hits + "/" + total);
    }
  }

  /** Hits over total, or NaN when the total is zero. */
  public double share() {
    return total == 0 ? Double.NaN : (double) hits / total;
  }

  /** E.g. {@code 91.3% (1008/1104)}, or {@code – (0/0)}. */
  public String format() {
    return format(1);
  }

  /** With as many decimals of the percentage, e.g. {@code 0.02% (15/86537)} with 2. */
  public String format(int decimals) {
    return total == 0
        ? "– (0/0)"
        : String.format(Locale.ROOT, "%." + decimals + "f%% (%d/%d)", 100.0 * hits / total, hits, total);
  }
}
