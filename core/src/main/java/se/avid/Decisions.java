package se.avid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.avid.pipeline.OverlapResolver;
import se.avid.rules.AllowList;

/**
 * The decision step of the pipeline: drops allow-listed findings, splits the rest by the redact
 * threshold of their type (before overlaps are resolved, so that a doubtful finding never hides a
 * certain one), resolves overlaps in each part, and adds explanations when the call asked for them.
 */
final class Decisions {

  /** Logs under the anonymizer's name, where users configure avid's logging. */
  private static final Logger LOG = LoggerFactory.getLogger(Anonymizer.class);

  private Decisions() {}

  /**
   * Decides the raw findings of {@code lists}; sorts and fills its other lists, which the result
   * does not keep.
   */
  static AnalysisResult decide(String text, CallLists lists, AllowList allowList,
      AllowList.Occurrences allowedSpans, Thresholds call) {
    List<Finding> raw = lists.raw;
    List<Finding> toRedact = lists.toRedact;
    List<Finding> toReview = lists.toReview;
    int allowed = 0;
    for (Finding f : raw) {
      if (allowList.allows(text, f, allowedSpans)) {
        allowed++;
      } else if (f.score() >= call.redactAt(f.type())) {
        toRedact.add(f);
      } else {
        toReview.add(f);
      }
    }
    List<Finding> redacted = OverlapResolver.resolveReordering(toRedact);
    List<Finding> review = withoutCovered(text, OverlapResolver.resolveReordering(toReview), redacted);
    if (LOG.isDebugEnabled()) {
      LOG.debug("analysed {} chars: {} raw findings, {} allow-listed, {} redacted {}, {} for review {}",
          text.length(), raw.size(), allowed, redacted.size(), countByType(redacted), review.size(),
          countByType(review));
    }
    // the lists are this call's own: the result wraps them instead of copying them
    return call.explain() ? AnalysisResult.wrapping(explained(redacted, text), explained(review, text))
        : AnalysisResult.wrapping(redacted, review);
  }

  private static List<Finding> explained(List<Finding> findings, String text) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(Explanations.explained(f, text));
    }
    return out;
  }

  /**
   * The review findings that leave a letter or digit uncovered by the redacted findings; both lists
   * sorted by start. A finding that redacted ones cover only together ("1203 164 31" of a flat's
   * number and a postal code) leaves nothing to review: a post leaks by a letter or digit shown.
   */
  private static List<Finding> withoutCovered(String text, List<Finding> review, List<Finding> redacted) {
    if (review.isEmpty() || redacted.isEmpty()) {
      return review;
    }
    List<Finding> kept = new ArrayList<>(review.size());
    int j = 0;
    for (Finding f : review) {
      while (j < redacted.size() && redacted.get(j).end() <= f.start()) {
        j++;
      }
      if (!coveredWhole(text, f, redacted, j)) {
        kept.add(f);
      }
    }
    return kept;
  }

  /** Every letter and digit of {@code f} lies in a redacted finding, the first that may hold one at {@code j}. */
  private static boolean coveredWhole(String text, Finding f, List<Finding> redacted, int j) {
    int k = j;
    for (int p = f.start(); p < f.end(); p++) {
      while (k < redacted.size() && redacted.get(k).end() <= p) {
        k++;
      }
      if (k < redacted.size() && redacted.get(k).start() <= p) {
        p = redacted.get(k).end() - 1; // inside: on past it
      } else if (Character.isLetterOrDigit(text.charAt(p))) {
        return false;
      }
    }
    return true;
  }

  private static Map<EntityType, Integer> countByType(List<Finding> findings) {
    Map<EntityType, Integer> counts = new java.util.TreeMap<>();
    for (Finding f : findings) {
      counts.merge(f.type(), 1, Integer::sum);
    }
    return counts;
  }
}
