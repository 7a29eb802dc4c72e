package se.avid.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Terms that are never redacted: the organisation's own name, helplines, public bodies. A finding
 * whose whole text equals an allowed term is dropped, compared case-insensitively, with separators
 * collapsed and with a genitive tolerated ({@code BRIS}, {@code Bris:s}, {@code Malmö stads} all
 * match {@code BRIS} / {@code Malmö stad}). A finding that merely contains an allowed term is kept:
 * {@code Anna på Malmö stad} is still redacted if a detector found it as one name.
 *
 * <p>Immutable and thread-safe; lookups are one hash probe per candidate form.
 */
public final class AllowList {

  private static final AllowList EMPTY = new AllowList(Set.of());

  private final Set<String> terms;

  private AllowList(Set<String> terms) {
    this.terms = terms;
  }

  /** An allow-list of {@code terms}. */
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

  /** The allow-list that allows nothing. */
  public static AllowList empty() {
    return EMPTY;
  }

  /** One allow-list holding the terms of all of {@code lists}. */
  public static AllowList union(Collection<AllowList> lists) {
    Set<String> all = new HashSet<>();
    for (AllowList l : lists) {
      all.addAll(l.terms);
    }
    return all.isEmpty() ? EMPTY : new AllowList(Set.copyOf(all));
  }

  /** True when {@code text[start, end)} is an allowed term, perhaps in the genitive. */
  public boolean allows(CharSequence text, int start, int end) {
    if (terms.isEmpty()) {
      return false;
    }
    return allowsNormalized(Terms.normalize(text.subSequence(start, end)));
  }

  /** True when {@code value} is an allowed term, perhaps in the genitive. */
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

  /** True when {@code term} (normalised) is on this list as written, without genitive tolerance. */
  boolean containsExactly(String normalizedTerm) {
    return terms.contains(normalizedTerm);
  }

  /** The number of distinct terms. */
  public int size() {
    return terms.size();
  }

  @Override
  public String toString() {
    return "AllowList[" + terms.size() + " terms]";
  }
}
