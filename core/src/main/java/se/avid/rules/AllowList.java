package se.avid.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.avid.text.ScanText;

/**
 * Terms that are never redacted: the organisation's own name, helplines, public bodies. A finding
 * is dropped when its whole text equals an allowed term, compared case-insensitively, with
 * separators collapsed and with a genitive tolerated ({@code BRIS}, {@code Bris:s},
 * {@code Malmö stads} all match {@code BRIS} / {@code Malmö stad}), or when it lies wholly inside an
 * occurrence of an allowed term in the text ({@code Malmö} found as a place inside
 * {@code Malmö stad}). A finding that merely contains or overlaps an allowed term is kept:
 * {@code Anna på Malmö stad} is still redacted if a detector found it as one name.
 *
 * <p>Immutable and thread-safe. Equality is one hash probe per candidate form; occurrences are
 * found in one {@link TermMatcher} pass, linear in the text.
 */
public final class AllowList {

  private static final AllowList EMPTY = new AllowList(Set.of());

  private final Set<String> terms;
  private final TermMatcher matcher;

  private AllowList(Set<String> terms) {
    this.terms = terms;
    this.matcher = terms.isEmpty() ? null : new TermMatcher(new ArrayList<>(terms));
  }

  /**
   * An allow-list of {@code terms}.
   *
   * @param terms the terms
   * @return the allow-list
   */
  public static AllowList of(Collection<String> terms) {
    Set<String> normalized = new HashSet<>();
    for (String t : terms) {
      String n = Terms.normalize(t);
      if (!n.isEmpty()) {
        normalized.add(n);
      }
    }
    return normalized.isEmpty() ? EMPTY : new AllowList(Set.copyOf(normalized));
  }

  /**
   * The allow-list that allows nothing.
   *
   * @return an allow-list that allows nothing
   */
  public static AllowList empty() {
    return EMPTY;
  }

  /**
   * One allow-list holding the terms of all of {@code lists}.
   *
   * @param lists the allow-lists
   * @return one allow-list holding every term of {@code lists}
   */
  public static AllowList union(Collection<AllowList> lists) {
    Set<String> all = new HashSet<>();
    for (AllowList l : lists) {
      all.addAll(l.terms);
    }
    return all.isEmpty() ? EMPTY : new AllowList(Set.copyOf(all));
  }

  /**
   * True when {@code text[start, end)} is an allowed term, perhaps in the genitive.
   *
   * @param text the text, e.g. a post
   * @param start first char
   * @param end one past the last char
   * @return whether the span is allowed
   */
  public boolean allows(CharSequence text, int start, int end) {
    if (terms.isEmpty()) {
      return false;
    }
    return allowsNormalized(Terms.normalize(text.subSequence(start, end)));
  }

  /**
   * True when {@code value} is an allowed term, perhaps in the genitive.
   *
   * @param value a found value
   * @return whether the value is allowed
   */
  public boolean allows(CharSequence value) {
    return !terms.isEmpty() && allowsNormalized(Terms.normalize(value));
  }

  private boolean allowsNormalized(String n) {
    if (terms.contains(n)) {
      return true;
    }
    if (n.endsWith(":s") || n.endsWith("'s") || n.endsWith("’s")) {
      return terms.contains(n.substring(0, n.length() - 2));
    }
    return n.endsWith("s") && terms.contains(n.substring(0, n.length() - 1));
  }

  /**
   * Where allowed terms occur in {@code text} (on word boundaries, any case, with a genitive
   * {@code -s}), for {@link Occurrences#covers}.
   *
   * @param text the text, e.g. a post
   * @return where the terms stand in the text
   */
  public Occurrences occurrencesIn(ScanText text) {
    if (matcher == null) {
      return Occurrences.NONE;
    }
    List<int[]> spans = new ArrayList<>();
    matcher.find(text, (term, start, end) -> spans.add(new int[] {start, end}));
    return Occurrences.of(spans);
  }

  /** The spans of a text where allowed terms occur, overlapping ones merged. Immutable and thread-safe. */
  public static final class Occurrences {
    static final Occurrences NONE = new Occurrences(new int[0], new int[0]);

    private final int[] starts;
    private final int[] ends;

    private Occurrences(int[] starts, int[] ends) {
      this.starts = starts;
      this.ends = ends;
    }

    static Occurrences of(List<int[]> spans) {
      if (spans.isEmpty()) {
        return NONE;
      }
      spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
      int[] starts = new int[spans.size()];
      int[] ends = new int[spans.size()];
      int n = 0;
      for (int[] s : spans) {
        if (n > 0 && s[0] < ends[n - 1]) {
          ends[n - 1] = Math.max(ends[n - 1], s[1]);
        } else {
          starts[n] = s[0];
          ends[n] = s[1];
          n++;
        }
      }
      return new Occurrences(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /**
     * True when {@code [start, end)} lies wholly inside one occurrence.
     *
     * @param start first char
     * @param end one past the last char
     * @return whether an occurrence covers the span
     */
    public boolean covers(int start, int end) {
      int i = Arrays.binarySearch(starts, start);
      if (i < 0) {
        i = -i - 2; // the last occurrence starting before
      }
      return i >= 0 && ends[i] >= end;
    }

    /**
     * The number of (merged) occurrences.
     *
     * @return the number of occurrences
     */
    public int count() {
      return starts.length;
    }

    @Override
    public String toString() {
      return "Occurrences[" + starts.length + "]";
    }
  }

  /** True when {@code term} (normalised) is on this list as written, without genitive tolerance. */
  boolean containsExactly(String normalizedTerm) {
    return terms.contains(normalizedTerm);
  }

  /**
   * The number of distinct terms.
   *
   * @return the number of terms
   */
  public int size() {
    return terms.size();
  }

  @Override
  public String toString() {
    return "AllowList[" + terms.size() + " terms]";
  }
}
