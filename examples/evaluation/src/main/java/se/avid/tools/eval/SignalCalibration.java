package se.avid.tools.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.avid.Finding;

/**
 * The measured reliability of each review signal: of the findings a signal leaves for review
 * (under the redact threshold and covered whole by no redacted finding), the share that overlap an
 * entity that {@linkplain GoldLabels#mayBeRedacted may be redacted}, with the signal's mean score
 * beside it, so that a score can be set to what its signal earns. A signal is a detector and, for
 * the residual-leak detector, the kind of evidence its explanation names ({@code residual: …}).
 * Measured from a run with no review threshold (every finding under the redact threshold is left
 * for review), so that signals scored under a service's review threshold are measured too. Not
 * thread-safe.
 */
final class SignalCalibration {

  /** Explanations of the residual-leak detector begin so; other detectors' explanations vary per finding. */
  static final String RESIDUAL_PREFIX = "residual: ";

  /** A review finding that covers no annotated entity, kept for {@code --list-errors}. */
  record FalseFlag(AnnotatedText text, Finding finding) {}

  private final Map<String, long[]> counts = new TreeMap<>();
  private final List<FalseFlag> falseFlags = new ArrayList<>();
  private final boolean keepErrors;

  /** @param keepErrors whether to keep the findings that cover no entity, for listing */
  SignalCalibration(boolean keepErrors) {
    this.keepErrors = keepErrors;
  }
  private final Map<String, Double> scoreSums = new TreeMap<>();

  /**
   * Adds the review findings of one text.
   *
   * @param text the annotated text, as given to avid
   * @param review the findings left for review
   */
  void add(AnnotatedText text, List<Finding> review) {
    for (Finding f : review) {
      String key = signal(f);
      long[] c = counts.computeIfAbsent(key, k -> new long[2]);
      c[0]++;
      scoreSums.merge(key, f.score(), Double::sum);
      if (PostScoreboard.coversEntity(text, f)) {
        c[1]++;
      } else if (keepErrors) {
        falseFlags.add(new FalseFlag(text, f));
      }
    }
  }

  /** The detector, and for a residual finding the kind of evidence its explanation names. */
  static String signal(Finding f) {
    String why = f.explanation();
    return why.startsWith(RESIDUAL_PREFIX) ? f.detector() + ": " + why.substring(RESIDUAL_PREFIX.length()) : f.detector();
  }

  /** Per signal, its review findings that cover an entity. */
  Map<String, Ratio> precision() {
    Map<String, Ratio> out = new LinkedHashMap<>();
    counts.forEach((k, c) -> out.put(k, new Ratio(c[1], c[0])));
    return Collections.unmodifiableMap(out);
  }

  /** The review findings that cover no entity, if errors are kept. */
  List<FalseFlag> falseFlags() {
    return Collections.unmodifiableList(falseFlags);
  }

  /** Per signal, the mean score of its review findings. */
  Map<String, Double> meanScore() {
    Map<String, Double> out = new LinkedHashMap<>();
    counts.forEach((k, c) -> out.put(k, scoreSums.get(k) / c[0]));
    return Collections.unmodifiableMap(out);
  }
}
