package se.avid.examples.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.avid.Anonymizer;
import se.avid.EntityType;
import se.avid.Finding;
import se.avid.RedactionException;

/**
 * Redacts findings scored at or above the redact threshold and sets aside, unredacted, the findings
 * between the review threshold and the redact threshold for a person to look at (the "review band").
 *
 * <pre>{@code
 * ReviewingRedactor redactor = ReviewingRedactor.of(Anonymizer.builder(), 0.3, 0.5);
 * ReviewingRedactor.Result r = redactor.clean("ring mig på 070-123 45 67");
 * r.text();      // "ring mig på [TELEFON]"
 * r.review();    // findings scored 0.3 ≤ score < 0.5, left in the text
 * }</pre>
 *
 * <p>A stand-in, kept to this one class, until {@link Anonymizer} offers a review band itself; the
 * callers only use {@link #clean} and {@link Result}. It builds two anonymizers from one builder:
 * one at the review threshold (everything worth a look) and one at the redact threshold. The
 * second pass is needed because the anonymizer merges overlapping findings into one that takes
 * the score of its longest member: a review-band name that overlaps a certain personnummer would
 * otherwise hide the personnummer inside a low-scored group, and it would be published. It runs
 * only for texts that have a review-band finding, so texts without one cost a single pass.
 *
 * <p>The redacted text replaces each span by {@code '[' + type.swedishLabel() + ']'}, whatever
 * strategy the builder was given. Immutable and thread-safe.
 */
public final class ReviewingRedactor {

  /** Findings scored at or above this, and under the redact threshold, are set aside for review. */
  public static final double DEFAULT_REVIEW_THRESHOLD = 0.3;

  private final Anonymizer reviewPass;
  private final Anonymizer redactPass;
  private final double redactThreshold;

  private ReviewingRedactor(Anonymizer reviewPass, Anonymizer redactPass, double redactThreshold) {
    this.reviewPass = reviewPass;
    this.redactPass = redactPass;
    this.redactThreshold = redactThreshold;
  }

  /**
   * Builds both anonymizers from {@code builder} (its own threshold is overwritten).
   *
   * @throws IllegalArgumentException unless {@code 0 <= reviewThreshold <= redactThreshold <= 1}
   */
  public static ReviewingRedactor of(Anonymizer.Builder builder, double reviewThreshold, double redactThreshold) {
    Objects.requireNonNull(builder, "builder");
    if (!(reviewThreshold >= 0.0 && reviewThreshold <= redactThreshold && redactThreshold <= 1.0)) {
      throw new IllegalArgumentException("need 0 <= review threshold (" + reviewThreshold
          + ") <= redact threshold (" + redactThreshold + ") <= 1");
    }
    Anonymizer review = builder.redactThreshold(reviewThreshold).build();
    Anonymizer redact = builder.redactThreshold(redactThreshold).build();
    return new ReviewingRedactor(review, redact, redactThreshold);
  }

  /** The default anonymizer (every detector on the classpath) with the default thresholds. */
  public static ReviewingRedactor defaults() {
    return of(Anonymizer.builder(), DEFAULT_REVIEW_THRESHOLD, Anonymizer.DEFAULT_REDACT_THRESHOLD);
  }

  /** The names of the detectors in use. */
  public List<String> detectorNames() {
    return redactPass.detectorNames();
  }

  /**
   * Analyses {@code text} once (twice if it has a review-band finding) and redacts it.
   *
   * @throws RedactionException if the text could not be fully analysed; nothing is returned then
   */
  public Result clean(String text) {
    List<Finding> all = reviewPass.analyze(text);
    if (all.isEmpty()) {
      return new Result(text, List.of(), List.of());
    }
    List<Finding> sure = new ArrayList<>(all.size());
    List<Finding> review = new ArrayList<>();
    for (Finding f : all) {
      (f.score() >= redactThreshold ? sure : review).add(f);
    }
    if (!review.isEmpty()) {
      sure = union(sure, redactPass.analyze(text));
      review = uncovered(review, sure);
    }
    return new Result(redact(text, sure), sure, review);
  }

  /** The findings of {@code candidates} not wholly inside one of {@code spans} (both sorted). */
  private static List<Finding> uncovered(List<Finding> candidates, List<Finding> spans) {
    List<Finding> out = new ArrayList<>(candidates.size());
    int s = 0;
    for (Finding c : candidates) {
      while (s < spans.size() && spans.get(s).end() <= c.start()) {
        s++;
      }
      boolean covered = s < spans.size() && spans.get(s).start() <= c.start() && c.end() <= spans.get(s).end();
      if (!covered) {
        out.add(c);
      }
    }
    return out;
  }

  /** Replaces each of {@code spans} (sorted, non-overlapping) by its type's Swedish label. */
  public static String redact(String text, List<Finding> spans) {
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16 * spans.size());
    int last = 0;
    for (Finding f : spans) {
      out.append(text, last, f.start()).append('[').append(f.type().swedishLabel()).append(']');
      last = f.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  /**
   * Merges two sorted lists of non-overlapping findings into one, joining findings that overlap
   * into their union (so that no char either list covers is left out). The joined finding keeps
   * the type of its longest member and the highest score.
   */
  public static List<Finding> union(List<Finding> a, List<Finding> b) {
    List<Finding> sorted = new ArrayList<>(a.size() + b.size());
    sorted.addAll(a);
    sorted.addAll(b);
    sorted.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
        : Integer.compare(y.end(), x.end()));
    List<Finding> out = new ArrayList<>(sorted.size());
    Finding group = null;
    for (Finding f : sorted) {
      if (group != null && f.start() < group.end()) {
        Finding longer = f.length() > group.length() ? f : group;
        group = new Finding(group.start(), Math.max(group.end(), f.end()), longer.type(),
            Math.max(group.score(), f.score()), longer.detector());
      } else {
        if (group != null) {
          out.add(group);
        }
        group = f;
      }
    }
    if (group != null) {
      out.add(group);
    }
    return out;
  }

  /**
   * What {@link #clean} made of one text.
   *
   * @param text the text with every {@code redacted} span replaced by its label
   * @param redacted the spans replaced, sorted, non-overlapping, offsets into the original text
   * @param review the review-band findings, left in {@code text}; offsets into the original text
   */
  public record Result(String text, List<Finding> redacted, List<Finding> review) {
    public Result {
      Objects.requireNonNull(text, "text");
      redacted = List.copyOf(redacted);
      review = List.copyOf(review);
    }

    /** Whether anything was redacted or set aside. */
    public boolean hasFindings() {
      return !redacted.isEmpty() || !review.isEmpty();
    }

    /** Counts of redacted findings by type, added into {@code counts} (indexed by ordinal). */
    public void countRedacted(long[] counts) {
      for (Finding f : redacted) {
        counts[f.type().ordinal()]++;
      }
    }

    /** Counts of review-band findings by type, added into {@code counts} (indexed by ordinal). */
    public void countReview(long[] counts) {
      for (Finding f : review) {
        counts[f.type().ordinal()]++;
      }
    }
  }

  /** The number of entity types, for count arrays indexed by {@link EntityType#ordinal()}. */
  public static int typeCount() {
    return EntityType.values().length;
  }
}
