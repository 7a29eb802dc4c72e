package se.avid.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.avid.EntityType;
import se.avid.Finding;
import se.avid.text.ScanText;

/**
 * The names of things that detector providers keep (banks, shops, brands, apps, medicines): the
 * part of an {@link AllowList} that comes from {@link se.avid.spi.DetectorProvider#keptTerms()}.
 * They are narrower than the terms of a rules file's {@code [allow]} section, which the
 * organisation chose itself and which allow whatever found them:
 * <ul>
 *   <li>they protect only findings of the types a name of a thing can be mistaken for
 *       ({@link #PROTECTED_TYPES}: a name, a place, an address, a handle or link, a plate such as
 *       {@code Bet365}); never a personnummer, a phone number, an e-mail address or any other
 *       number or custom type, whatever text it stands in;</li>
 *   <li>they never protect findings of the detectors of the user's own rules ({@link #overriding}):
 *       a team that puts {@code Tele2} on its deny list gets it redacted.</li>
 * </ul>
 * A finding is protected when it lies wholly inside an occurrence of a kept term in the text, on
 * word boundaries, any case, perhaps in the genitive: {@code Tele2} or {@code tele2s} found as a
 * name, {@code Jones} found inside {@code Jack & Jones}. A finding that holds a kept term and more
 * ({@code Anna Tele2son}, {@code Anna på Tele2}) is not.
 *
 * <p>Occurrences are looked for only around the findings they could protect: a finding whose
 * text is no run of whole words of a kept term ({@code Anna}, most findings) costs one hash probe,
 * and only for the others ({@code Jones}, {@code Bet365}) is a window of the longest term on each
 * side searched; a post pays for its findings, not for its length. Immutable and thread-safe.
 */
final class KeptTerms {

  /** The types a kept term protects: what a mistaken name of a thing is found as. */
  static final Set<EntityType> PROTECTED_TYPES = Set.of(EntityType.NAME, EntityType.PLACE, EntityType.ADDRESS,
      EntityType.URL, EntityType.VEHICLE_REGISTRATION, EntityType.OTHER);

  static final KeptTerms NONE = new KeptTerms(Index.EMPTY, Set.of());

  private final Index index;
  /** Detectors whose findings no kept term protects: those of the user's own rules. */
  private final Set<String> overriding;

  private KeptTerms(Index index, Set<String> overriding) {
    this.index = index;
    this.overriding = overriding;
  }

  /**
   * The terms, the runs of their words and their matcher. Building them takes a while (1,800 terms:
   * tens of milliseconds), so the last one built is kept and shared: every anonymizer built on the
   * same class path gets the same terms from its providers and pays for them once.
   */
  private static final class Index {
    static final Index EMPTY = new Index(Set.of(), Map.of(), null, new WordRunFilter());
    private static volatile Index last = EMPTY;

    final Set<String> terms;
    /**
     * Every run of whole words of a term ("jack", "jones", "jack & jones"), what a protected finding
     * reads, with how far beyond it the longest term holding it reaches (in chars, on either side).
     */
    final Map<String, Integer> parts;
    final TermMatcher matcher;
    /** Says without a string which findings cannot read as any of {@link #parts}. */
    final WordRunFilter filter;

    private Index(Set<String> terms, Map<String, Integer> parts, TermMatcher matcher, WordRunFilter filter) {
      this.terms = terms;
      this.parts = parts;
      this.matcher = matcher;
      this.filter = filter;
    }

    static Index of(Set<String> terms) {
      Index known = last;
      if (known.terms.equals(terms)) {
        return known;
      }
      Map<String, Integer> parts = parts(terms);
      WordRunFilter filter = new WordRunFilter();
      parts.keySet().forEach(filter::add);
      Index built = new Index(Set.copyOf(terms), parts, new TermMatcher(new ArrayList<>(terms)), filter);
      last = built;
      return built;
    }

    /**
     * The runs of whole words of every term, from a word's first char to a word's last; the letters
     * and the digits of a word count as words of their own ("tele" of "tele2", "bet" of "bet365"),
     * as a detector that reads letters may find them.
     */
    private static Map<String, Integer> parts(Set<String> terms) {
      Map<String, Integer> parts = new HashMap<>();
      for (String t : terms) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
          if (!Terms.isWordChar(t.charAt(i)) || i > 0 && !boundary(t, i)) {
            continue; // no word starts here
          }
          for (int j = i + 1; j <= n; j++) {
            if (Terms.isWordChar(t.charAt(j - 1)) && (j == n || boundary(t, j))) {
              parts.merge(t.substring(i, j), n - (j - i), Math::max);
            }
          }
        }
      }
      return Map.copyOf(parts);
    }

    /** Whether a word may end before char {@code i} of {@code t} (0 < i < length): a non-word char, or letters meet digits. */
    private static boolean boundary(String t, int i) {
      char before = t.charAt(i - 1);
      char at = t.charAt(i);
      return !Terms.isWordChar(before) || !Terms.isWordChar(at) || Character.isDigit(before) != Character.isDigit(at);
    }
  }

  /** Kept terms given in any form; blank ones are dropped. */
  static KeptTerms of(Collection<String> terms) {
    Set<String> normalized = new HashSet<>();
    for (String t : terms) {
      String n = Terms.normalize(t);
      if (!n.isEmpty()) {
        normalized.add(n);
      }
    }
    return normalized.isEmpty() ? NONE : new KeptTerms(Index.of(normalized), Set.of());
  }

  /** All terms and overriding detectors of {@code all}. */
  static KeptTerms union(Collection<KeptTerms> all) {
    Index shared = Index.EMPTY;
    Set<String> terms = new HashSet<>();
    Set<String> overriding = new HashSet<>();
    for (KeptTerms k : all) {
      if (k.index != Index.EMPTY) {
        shared = shared == Index.EMPTY || shared == k.index ? k.index : null;
        terms.addAll(k.index.terms);
      }
      overriding.addAll(k.overriding);
    }
    if (terms.isEmpty() && overriding.isEmpty()) {
      return NONE;
    }
    Index index = shared != null ? shared : Index.of(terms); // one provider's terms: no new index
    return new KeptTerms(index, Set.copyOf(overriding));
  }

  /** These terms, not protecting the findings of {@code detectors} (besides those already named). */
  KeptTerms overriddenBy(Collection<String> detectors) {
    Set<String> all = new HashSet<>(overriding);
    all.addAll(detectors);
    return new KeptTerms(index, Set.copyOf(all));
  }

  /** True when a kept term may protect {@code f}: a type of {@link #PROTECTED_TYPES}, not found by the user's rules. */
  boolean mayProtect(Finding f) {
    return index != Index.EMPTY && PROTECTED_TYPES.contains(f.type()) && !overriding.contains(f.detector());
  }

  /**
   * Adds to {@code spans} where kept terms stand around the findings they may protect, as
   * {@code {start, end}}, in no particular order.
   */
  void occurrencesAround(ScanText text, List<Finding> findings, List<int[]> spans) {
    if (index.matcher == null) {
      return;
    }
    for (int[] w : windows(text, findings)) {
      index.matcher.find(text, w[0], w[1], (term, start, end) -> spans.add(new int[] {start, end}));
    }
  }

  /**
   * How far beyond {@code f} a kept term that holds its text as a run of whole words (perhaps in
   * the genitive) reaches; -1 when no term does, and so no occurrence can cover it.
   */
  private int reachAround(ScanText text, Finding f) {
    if (!index.filter.mayHold(text, f.start(), f.end())) {
      return -1; // nearly every finding: no string built
    }
    String n = Terms.normalize(text.original().subSequence(f.start(), f.end()));
    Map<String, Integer> parts = index.parts;
    Integer reach = parts.get(n);
    if (reach == null && (n.endsWith(":s") || n.endsWith("'s") || n.endsWith("’s"))) {
      reach = parts.get(n.substring(0, n.length() - 2));
    } else if (reach == null && n.endsWith("s")) {
      reach = parts.get(n.substring(0, n.length() - 1));
    }
    return reach == null ? -1 : reach;
  }

  /** The merged windows, sorted, that reach a term's length around each finding a kept term may protect. */
  private int[][] windows(ScanText text, List<Finding> findings) {
    int length = text.length();
    List<int[]> windows = null;
    for (Finding f : findings) {
      int reach = mayProtect(f) ? reachAround(text, f) : -1;
      if (reach >= 0) {
        // twice the reach, and a genitive: a run of spaces in the text is one space of a term
        int r = 2 * reach + 2;
        if (windows == null) {
          windows = new ArrayList<>();
        }
        windows.add(new int[] {Math.max(0, f.start() - r), Math.min(length, f.end() + r)});
      }
    }
    if (windows == null) {
      return NO_WINDOWS;
    }
    windows.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] w : windows) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && w[0] <= last[1]) {
        last[1] = Math.max(last[1], w[1]);
      } else {
        merged.add(w);
      }
    }
    return merged.toArray(new int[0][]);
  }

  private static final int[][] NO_WINDOWS = new int[0][];

  int size() {
    return index.terms.size();
  }

  @Override
  public String toString() {
    return "KeptTerms[" + index.terms.size() + " terms, " + overriding.size() + " overriding detectors]";
  }

}
