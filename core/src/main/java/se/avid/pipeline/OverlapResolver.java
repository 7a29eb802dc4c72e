package se.avid.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.avid.Finding;

/**
 * Turns overlapping findings into one finding per overlapping group.
 *
 * <p>The group's span is the <em>union</em> of its members, so that no part of any finding is
 * left visible (redacting only the winner of {@code "Anna Storgatan 5"} found as a name and as an
 * address would leak half of the other). The group takes the type, score and detector of its
 * winner: the longest member, then the most certain. Stateless and thread-safe.
 */
public final class OverlapResolver {

  private static final Comparator<Finding> BY_START = Comparator.comparingInt(Finding::start)
      .thenComparing(Comparator.comparingInt(Finding::end).reversed());

  private OverlapResolver() {}

  /**
   * Resolves {@code findings} (any order) into non-overlapping findings sorted by start.
   *
   * @param findings findings in any order, possibly overlapping
   * @return non-overlapping findings, sorted by start
   */
  public static List<Finding> resolve(List<Finding> findings) {
    if (findings.size() < 2) {
      return List.copyOf(findings);
    }
    return resolveSorted(sortInPlace(new ArrayList<>(findings)));
  }

  /**
   * Like {@link #resolve}, for a list of the caller's own that it may reorder: sorts it in place
   * instead of copying it (a copy per call was a tenth of the pipeline's own garbage).
   *
   * @param findings findings in any order, possibly overlapping; left sorted by start
   * @return non-overlapping findings, sorted by start
   */
  public static List<Finding> resolveReordering(List<Finding> findings) {
    if (findings.size() < 2) {
      return List.copyOf(findings);
    }
    return resolveSorted(sortInPlace(findings));
  }

  private static List<Finding> sortInPlace(List<Finding> findings) {
    findings.sort(BY_START);
    return findings;
  }

  private static List<Finding> resolveSorted(List<Finding> sorted) {
    List<Finding> out = new ArrayList<>(sorted.size());
    Finding winner = sorted.get(0);
    int groupStart = winner.start();
    int groupEnd = winner.end();
    for (int i = 1; i < sorted.size(); i++) {
      Finding f = sorted.get(i);
      if (f.start() < groupEnd) {
        groupEnd = Math.max(groupEnd, f.end());
        if (beats(f, winner)) {
          winner = f;
        }
      } else {
        out.add(span(winner, groupStart, groupEnd));
        winner = f;
        groupStart = f.start();
        groupEnd = f.end();
      }
    }
    out.add(span(winner, groupStart, groupEnd));
    return out;
  }

  private static boolean beats(Finding a, Finding b) {
    if (a.length() != b.length()) {
      return a.length() > b.length();
    }
    return a.score() > b.score();
  }

  private static Finding span(Finding winner, int start, int end) {
    if (winner.start() == start && winner.end() == end) {
      return winner;
    }
    return new Finding(start, end, winner.type(), winner.score(), winner.detector());
  }
}
