package se.avid.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
 * <p>Occurrences are looked for only in a window around each finding they could protect (the
 * longest term on each side), not in the whole text: a post pays for its findings, not its
 * length. Immutable and thread-safe.
 */
final class KeptTerms {

  /** The types a kept term protects: what a mistaken name of a thing is found as. */
  static final Set<EntityType> PROTECTED_TYPES = Set.of(EntityType.NAME, EntityType.PLACE, EntityType.ADDRESS,
      EntityType.URL, EntityType.VEHICLE_REGISTRATION, EntityType.OTHER);

  static final KeptTerms NONE = new KeptTerms(Set.of(), Set.of());

  private final Set<String> terms;
  private final TermMatcher matcher;
  /** The longest term in chars: how far around a finding an occurrence covering it can reach. */
  private final int reach;
  /** Detectors whose findings no kept term protects: those of the user's own rules. */
  private final Set<String> overriding;

  private KeptTerms(Set<String> terms, Set<String> overriding) {
    this.terms = terms;
    this.overriding = overriding;
    this.matcher = terms.isEmpty() ? null : new TermMatcher(new ArrayList<>(terms));
    int longest = 0;
    for (String t : terms) {
      longest = Math.max(longest, t.length());
    }
    this.reach = longest;
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
    return normalized.isEmpty() ? NONE : new KeptTerms(Set.copyOf(normalized), Set.of());
  }

  /** All terms and overriding detectors of {@code all}. */
  static KeptTerms union(Collection<KeptTerms> all) {
    Set<String> terms = new HashSet<>();
    Set<String> overriding = new HashSet<>();
    for (KeptTerms k : all) {
      terms.addAll(k.terms);
      overriding.addAll(k.overriding);
    }
    return terms.isEmpty() && overriding.isEmpty() ? NONE : new KeptTerms(Set.copyOf(terms), Set.copyOf(overriding));
  }

  /** These terms, not protecting the findings of {@code detectors} (besides those already named). */
  KeptTerms overriddenBy(Collection<String> detectors) {
    Set<String> all = new HashSet<>(overriding);
    all.addAll(detectors);
    return new KeptTerms(terms, Set.copyOf(all));
  }

  /** True when a kept term may protect {@code f}: a type of {@link #PROTECTED_TYPES}, not found by the user's rules. */
  boolean mayProtect(Finding f) {
    return !terms.isEmpty() && PROTECTED_TYPES.contains(f.type()) && !overriding.contains(f.detector());
  }

  /**
   * Adds to {@code spans} where kept terms stand around the findings they may protect, as
   * {@code {start, end}}, in no particular order.
   */
  void occurrencesAround(ScanText text, List<Finding> findings, List<int[]> spans) {
    if (matcher == null) {
      return;
    }
    for (int[] w : windows(text.length(), findings)) {
      matcher.find(text, w[0], w[1], (term, start, end) -> spans.add(new int[] {start, end}));
    }
  }

  /** The merged windows, sorted, that reach a term's length around each finding a kept term may protect. */
  private int[][] windows(int length, List<Finding> findings) {
    List<int[]> windows = new ArrayList<>();
    for (Finding f : findings) {
      if (mayProtect(f)) {
        // twice the reach: a run of spaces in the text is one space of a term
        windows.add(new int[] {Math.max(0, f.start() - 2 * reach), Math.min(length, f.end() + 2 * reach)});
      }
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

  int size() {
    return terms.size();
  }

  @Override
  public String toString() {
    return "KeptTerms[" + terms.size() + " terms, " + overriding.size() + " overriding detectors]";
  }

}
