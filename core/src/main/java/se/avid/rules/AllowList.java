package se.avid.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.avid.Finding;
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
 * <p>Two kinds of terms, compared the same way. <em>Allowed</em> terms ({@link #of}: a rules file's
 * {@code [allow]} section) were chosen by the organisation and allow whatever found them.
 * <em>Kept</em> terms ({@link #keeping}: the banks, shops, brands and medicines that a
 * {@link se.avid.spi.DetectorProvider} keeps) are general facts, so they yield where they could do
 * harm: they protect only findings of name-like types (never a personnummer, phone number or
 * e-mail address), and never findings of the user's own rules ({@link #overriddenBy}), so that a
 * team can still redact a term the provider keeps.
 *
 * <p>Immutable and thread-safe. Equality is one hash probe per candidate form; occurrences of
 * allowed terms are found in one {@link TermMatcher} pass, linear in the text, and those of kept
 * terms only around the findings they may protect.
 */
public final class AllowList {

  private static final AllowList EMPTY = new AllowList(Set.of(), KeptTerms.NONE);

  private final Set<String> terms;
  private final TermMatcher matcher;
  private final KeptTerms kept;

  private AllowList(Set<String> terms, KeptTerms kept) {
    this.terms = terms;
    this.matcher = terms.isEmpty() ? null : new TermMatcher(new ArrayList<>(terms));
    this.kept = kept;
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
    return normalized.isEmpty() ? EMPTY : new AllowList(Set.copyOf(normalized), KeptTerms.NONE);
  }

  /**
   * An allow-list of kept terms: names of things that a detector provider keeps (banks, shops,
   * brands, apps, medicines). Unlike the terms of {@link #of}, they protect only findings of
   * name-like types, and not those of detectors named by {@link #overriddenBy}.
   *
   * @param terms the kept terms
   * @return the allow-list
   */
  public static AllowList keeping(Collection<String> terms) {
    KeptTerms k = KeptTerms.of(terms);
    return k == KeptTerms.NONE ? EMPTY : new AllowList(Set.of(), k);
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
    List<KeptTerms> kept = new ArrayList<>();
    for (AllowList l : lists) {
      all.addAll(l.terms);
      kept.add(l.kept);
    }
    KeptTerms k = KeptTerms.union(kept);
    return all.isEmpty() && k == KeptTerms.NONE ? EMPTY : new AllowList(Set.copyOf(all), k);
  }

  /**
   * This allow-list with its kept terms not protecting what {@code detectors} find: the detectors
   * of the user's own rules, whose deny terms and patterns win over a provider's kept terms.
   * Allowed terms ({@link #of}) still apply to them: those the user chose too.
   *
   * @param detectors detector names
   * @return the allow-list
   */
  public AllowList overriddenBy(Collection<String> detectors) {
    if (kept == KeptTerms.NONE || detectors.isEmpty()) {
      return this;
    }
    return new AllowList(terms, kept.overriddenBy(detectors));
  }

  /**
   * True when {@code text[start, end)} is an allowed term, perhaps in the genitive. Kept terms are
   * not consulted: whether they apply depends on the finding; see {@link #allows(CharSequence,
   * Finding, Occurrences)}.
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
   * True when {@code value} is an allowed term, perhaps in the genitive (kept terms not consulted).
   *
   * @param value a found value
   * @return whether the value is allowed
   */
  public boolean allows(CharSequence value) {
    return !terms.isEmpty() && allowsNormalized(Terms.normalize(value));
  }

  /**
   * The whole decision on one finding: true when its text is an allowed term or lies inside an
   * occurrence of one, or when a kept term may protect it (a name-like type, not found by the
   * user's rules) and it lies inside an occurrence of a kept term (being one is the simplest case).
   *
   * @param text the text the finding was made in
   * @param finding the finding
   * @param occurrences where the terms stand, from {@link #occurrencesIn(ScanText, List)} of the same text
   * @return whether the finding is dropped
   */
  public boolean allows(CharSequence text, Finding finding, Occurrences occurrences) {
    int start = finding.start();
    int end = finding.end();
    if (occurrences.covers(start, end) || (occurrences.keptCover(start, end) && kept.mayProtect(finding))) {
      return true;
    }
    return !terms.isEmpty() && allowsNormalized(Terms.normalize(text.subSequence(start, end)));
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
   * {@code -s}), for {@link Occurrences#covers}. Kept terms are not looked for.
   *
   * @param text the text, e.g. a post
   * @return where the terms stand in the text
   */
  public Occurrences occurrencesIn(ScanText text) {
    return occurrencesIn(text, List.of());
  }

  /**
   * Where allowed terms occur in {@code text}, and kept terms around those of {@code findings}
   * that they may protect, for {@link #allows(CharSequence, Finding, Occurrences)}.
   *
   * @param text the text, e.g. a post
   * @param findings the findings to be decided
   * @return where the terms stand in the text
   */
  public Occurrences occurrencesIn(ScanText text, List<Finding> findings) {
    List<int[]> spans = new ArrayList<>();
    if (matcher != null) {
      matcher.find(text, (term, start, end) -> spans.add(new int[] {start, end}));
    }
    List<int[]> keptSpans = new ArrayList<>();
    kept.occurrencesAround(text, findings, keptSpans);
    return spans.isEmpty() && keptSpans.isEmpty() ? Occurrences.NONE
        : new Occurrences(Spans.of(spans), Spans.of(keptSpans));
  }

  /**
   * The spans of a text where allowed terms occur, and where kept terms occur around the findings
   * they may protect; overlapping ones merged. Immutable and thread-safe.
   */
  public static final class Occurrences {
    static final Occurrences NONE = new Occurrences(Spans.NONE, Spans.NONE);

    private final Spans allowed;
    private final Spans kept;

    private Occurrences(Spans allowed, Spans kept) {
      this.allowed = allowed;
      this.kept = kept;
    }

    /**
     * True when {@code [start, end)} lies wholly inside one occurrence of an allowed term.
     *
     * @param start first char
     * @param end one past the last char
     * @return whether an occurrence covers the span
     */
    public boolean covers(int start, int end) {
      return allowed.covers(start, end);
    }

    /** True when {@code [start, end)} lies wholly inside one occurrence of a kept term. */
    boolean keptCover(int start, int end) {
      return kept.covers(start, end);
    }

    /**
     * The number of (merged) occurrences of allowed terms.
     *
     * @return the number of occurrences
     */
    public int count() {
      return allowed.count();
    }

    @Override
    public String toString() {
      return "Occurrences[" + allowed.count() + " allowed, " + kept.count() + " kept]";
    }
  }

  /** Sorted, merged spans. */
  private static final class Spans {
    static final Spans NONE = new Spans(new int[0], new int[0]);

    private final int[] starts;
    private final int[] ends;

    private Spans(int[] starts, int[] ends) {
      this.starts = starts;
      this.ends = ends;
    }

    static Spans of(List<int[]> spans) {
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
      return new Spans(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    boolean covers(int start, int end) {
      int i = Arrays.binarySearch(starts, start);
      if (i < 0) {
        i = -i - 2; // the last span starting before
      }
      return i >= 0 && ends[i] >= end;
    }

    int count() {
      return starts.length;
    }
  }

  /** True when {@code term} (normalised) is on this list as written, without genitive tolerance. */
  boolean containsExactly(String normalizedTerm) {
    return terms.contains(normalizedTerm);
  }

  /**
   * The number of distinct terms, allowed and kept.
   *
   * @return the number of terms
   */
  public int size() {
    return terms.size() + kept.size();
  }

  @Override
  public String toString() {
    return "AllowList[" + terms.size() + " terms" + (kept.size() > 0 ? ", " + kept.size() + " kept" : "") + "]";
  }
}
