package se.avid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * What {@link Anonymizer#assess(String)} found in one text: the findings it would redact and those
 * in the review band (scored between the review and the redact threshold of their type), each with
 * offsets into the text. The redacted findings never overlap each other, nor do the review
 * findings; a review finding may overlap a redacted one in part (it is dropped when a redacted
 * finding covers it whole).
 *
 * <p>Immutable and thread-safe; holds no text, so {@link #toString()} is safe to log.
 */
public final class AnalysisResult {

  static final AnalysisResult EMPTY = new AnalysisResult(List.of(), List.of());

  private final List<Finding> redacted;
  private final List<Finding> forReview;

  AnalysisResult(List<Finding> redacted, List<Finding> forReview) {
    this.redacted = List.copyOf(redacted);
    this.forReview = List.copyOf(forReview);
  }

  private AnalysisResult(List<Finding> redacted, List<Finding> forReview, boolean owned) {
    this.redacted = unmodifiable(redacted);
    this.forReview = unmodifiable(forReview);
  }

  /**
   * A result that wraps {@code redacted} and {@code forReview} unmodifiable instead of copying
   * them: for lists of null-free findings that no one else holds or changes (the pipeline's own).
   */
  static AnalysisResult wrapping(List<Finding> redacted, List<Finding> forReview) {
    return new AnalysisResult(redacted, forReview, true);
  }

  /** {@code list} unmodifiable; the shared empty list for an empty one, as {@link List#copyOf} gives it. */
  static <T> List<T> unmodifiable(List<T> list) {
    return list.isEmpty() ? List.of() : Collections.unmodifiableList(list);
  }

  /**
   * Findings that are redacted, sorted by start (what {@link Anonymizer#analyze(String)} returns).
   *
   * @return the findings, sorted by start
   */
  public List<Finding> redacted() {
    return redacted;
  }

  /**
   * Findings left in the text for a human to check, sorted by start.
   *
   * @return the findings, sorted by start
   */
  public List<Finding> forReview() {
    return forReview;
  }

  /**
   * True when at least one finding is in the review band: a human should look before publishing.
   *
   * @return whether a human should look
   */
  public boolean needsReview() {
    return !forReview.isEmpty();
  }

  /**
   * Every finding with its decision, sorted by start (redacted first at equal starts).
   *
   * @return every finding with its decision
   */
  public List<DecidedFinding> findings() {
    List<DecidedFinding> all = new ArrayList<>(redacted.size() + forReview.size());
    for (Finding f : redacted) {
      all.add(new DecidedFinding(f, Decision.REDACTED));
    }
    for (Finding f : forReview) {
      all.add(new DecidedFinding(f, Decision.REVIEW));
    }
    all.sort(Comparator.comparingInt(DecidedFinding::start).thenComparing(DecidedFinding::decision));
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return "AnalysisResult[" + redacted.size() + " redacted, " + forReview.size() + " for review]";
  }
}
