package se.avid.tools.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.avid.Finding;

/**
 * The measured reliability of each review signal, read two ways: of the findings a signal leaves
 * for review (under the redact threshold and covered whole by no redacted finding), the share that
 * overlap an entity that {@linkplain GoldLabels#mayBeRedacted may be redacted}; and of the posts in
 * which the signal leaves a finding, the share that leak (an entity avid should find has a letter
 * or digit outside every redacted finding): how often a flag by this signal catches a post that
 * needs it. With the signal's mean score beside them, so that a score can be set to what its signal
 * earns. A signal is a detector and, for the residual-leak detector, the kind of evidence its
 * explanation names ({@code residual: …}). Measured from a run with no review threshold (every
 * finding under the redact threshold is left for review), so that signals scored under a service's
 * review threshold are measured too. Not thread-safe.
 */
final class SignalCalibration {

  /** Explanations of the residual-leak detector begin so; other detectors' explanations vary per finding. */
  static final String RESIDUAL_PREFIX = "residual: ";
  /** What the explanation of a post's risk puts before that of the weak finding it stands on. */
  static final String STRONGEST = "; strongest: ";

  /** A review finding that covers no annotated entity, kept for {@code --list-errors}. */
  record FalseFlag(AnnotatedText text, Finding finding) {}

  /** Per signal: findings, findings on an entity, posts, leaking posts. */
  private final Map<String, long[]> counts = new TreeMap<>();
  private final Map<String, Double> scoreSums = new TreeMap<>();
  private final List<FalseFlag> falseFlags = new ArrayList<>();
  private final boolean keepErrors;
  private final double reviewThreshold;
  private long texts;
  private long flagged;

  /**
   * @param keepErrors whether to keep the findings that cover no entity, for listing
   * @param reviewThreshold the review threshold at which {@link #flagged()} counts a text as flagged
   */
  SignalCalibration(boolean keepErrors, double reviewThreshold) {
    this.keepErrors = keepErrors;
    this.reviewThreshold = reviewThreshold;
  }

  /**
   * Adds the findings of one text.
   *
   * @param text the annotated text, as given to avid
   * @param redacted the findings that were redacted
   * @param review the findings left for review
   */
  void add(AnnotatedText text, List<Finding> redacted, List<Finding> review) {
    Set<String> inPost = new LinkedHashSet<>();
    texts++;
    if (review.stream().anyMatch(f -> f.score() >= reviewThreshold)) {
      flagged++;
    }
    for (Finding f : review) {
      boolean right = PostScoreboard.coversEntity(text, f);
      for (String key : signals(f)) {
        long[] c = counts.computeIfAbsent(key, k -> new long[4]);
        c[0]++;
        scoreSums.merge(key, f.score(), Double::sum);
        if (right) {
          c[1]++;
        }
        inPost.add(key);
      }
      if (!right && keepErrors) {
        falseFlags.add(new FalseFlag(text, f));
      }
    }
    boolean leaks = leaks(text, redacted);
    for (String key : inPost) {
      long[] c = counts.get(key);
      c[2]++;
      if (leaks) {
        c[3]++;
      }
    }
  }

  private static boolean leaks(AnnotatedText text, List<Finding> redacted) {
    for (GoldSpan entity : text.gold()) {
      if (!GoldLabels.findingTypes(entity.label()).isEmpty() && PostScoreboard.leaks(text.text(), entity, redacted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The signal of a finding, and for a post's risk also the signal of the weak finding it stands on
   * and replaces ({@code …; strongest: unknown word}), so that that signal is counted too.
   */
  static List<String> signals(Finding f) {
    String why = f.explanation();
    int strongest = why.indexOf(STRONGEST);
    if (strongest < 0 || !why.startsWith(RESIDUAL_PREFIX)) {
      return List.of(signal(f));
    }
    return List.of(f.detector() + ": " + why.substring(RESIDUAL_PREFIX.length(), strongest),
        f.detector() + ": " + why.substring(strongest + STRONGEST.length()));
  }

  /** The detector, and for a residual finding the kind of evidence its explanation names. */
  static String signal(Finding f) {
    String why = f.explanation();
    return why.startsWith(RESIDUAL_PREFIX) ? f.detector() + ": " + why.substring(RESIDUAL_PREFIX.length()) : f.detector();
  }

  /** Per signal, its review findings that cover an entity. */
  Map<String, Ratio> precision() {
    return ratios(1, 0);
  }

  /** Per signal, the posts it leaves a review finding in that leak. */
  Map<String, Ratio> leakingPosts() {
    return ratios(3, 2);
  }

  private Map<String, Ratio> ratios(int part, int whole) {
    Map<String, Ratio> out = new LinkedHashMap<>();
    counts.forEach((k, c) -> out.put(k, new Ratio(c[part], c[whole])));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The texts with a review finding at or above the review threshold: the texts a service that
   * reviews from there would flag, for corpora that are not posts (SUC's sentences).
   */
  Ratio flagged() {
    return new Ratio(flagged, texts);
  }

  /** The review threshold that {@link #flagged()} counts by. */
  double reviewThreshold() {
    return reviewThreshold;
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
