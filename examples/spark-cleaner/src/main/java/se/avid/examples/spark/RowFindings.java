package se.avid.examples.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import se.avid.AnalysisResult;
import se.avid.Finding;

/** What was found in the chosen columns of one row: types only, never values. Not thread-safe. */
final class RowFindings {

  private final List<String> redacted = new ArrayList<>();
  private final List<String> review = new ArrayList<>();

  void add(AnalysisResult analysis) {
    for (Finding f : analysis.redacted()) {
      redacted.add(f.type().name());
    }
    for (Finding f : analysis.forReview()) {
      review.add(f.type().name());
    }
  }

  /** The type of each redacted finding, one entry per finding. */
  List<String> redactedTypes() {
    return redacted;
  }

  /** The type of each finding in the review band (left in the text), one entry per finding. */
  List<String> reviewTypes() {
    return review;
  }

  /** The distinct review types, sorted: the row's review mark; null when there are none. */
  String[] reviewMark() {
    return review.isEmpty() ? null : new TreeSet<>(review).toArray(String[]::new);
  }

  boolean any() {
    return !redacted.isEmpty() || !review.isEmpty();
  }
}
