package se.avid.tools.eval;

import java.util.Objects;

/**
 * Something annotated as to be kept: a helpline, a public body, an amount, a word that looks like
 * a name. Redacting any of it costs readability. Immutable.
 *
 * @param start first char
 * @param end one past the last char
 * @param what the kind, e.g. {@code public_body}, {@code word}, {@code medicine}
 */
public record KeepItem(int start, int end, String what) {

  /** The kind of an item annotated without one. */
  public static final String UNSPECIFIED = "unspecified";

  public KeepItem {
    Objects.requireNonNull(what, "what");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad keep item " + start + ".." + end);
    }
  }
}
