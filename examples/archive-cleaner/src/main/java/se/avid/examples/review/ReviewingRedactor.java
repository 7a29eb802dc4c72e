package se.avid.examples.review;

import java.util.List;
import java.util.Objects;
import se.avid.AnalysisResult;
import se.avid.Anonymizer;
import se.avid.Finding;
import se.avid.RedactionException;
import se.avid.RedactionResult;

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
 * <p>A thin adapter over {@link Anonymizer#process(String)} with a review threshold, shaped for the
 * archive cleaner and the forum: one analysis per text. The anonymizer splits findings into redacted
 * and review before it resolves overlaps, so a doubtful name overlapping a certain personnummer
 * never hides the personnummer. Immutable and thread-safe.
 */
public final class ReviewingRedactor {

  /** Findings scored at or above this, and under the redact threshold, are set aside for review. */
  public static final double DEFAULT_REVIEW_THRESHOLD = 0.3;

  private final Anonymizer anonymizer;

  private ReviewingRedactor(Anonymizer anonymizer) {
    this.anonymizer = anonymizer;
  }

  /**
   * Builds the anonymizer from {@code builder} with these thresholds (its own are overwritten).
   *
   * @throws IllegalArgumentException unless {@code 0 <= reviewThreshold <= redactThreshold <= 1}
   */
  public static ReviewingRedactor of(Anonymizer.Builder builder, double reviewThreshold, double redactThreshold) {
    Objects.requireNonNull(builder, "builder");
    if (!(reviewThreshold >= 0.0 && reviewThreshold <= redactThreshold && redactThreshold <= 1.0)) {
      throw new IllegalArgumentException("need 0 <= review threshold (" + reviewThreshold
          + ") <= redact threshold (" + redactThreshold + ") <= 1");
    }
    return new ReviewingRedactor(builder.redactThreshold(redactThreshold).reviewThreshold(reviewThreshold).build());
  }

  /** The default anonymizer (every detector on the classpath) with the default thresholds. */
  public static ReviewingRedactor defaults() {
    return of(Anonymizer.builder(), DEFAULT_REVIEW_THRESHOLD, Anonymizer.DEFAULT_REDACT_THRESHOLD);
  }

  /** The names of the detectors in use. */
  public List<String> detectorNames() {
    return anonymizer.detectorNames();
  }

  /**
   * Analyses {@code text} once and redacts it.
   *
   * @throws RedactionException if the text could not be fully analysed; nothing is returned then
   */
  public Result clean(String text) {
    RedactionResult result = anonymizer.process(text);
    AnalysisResult analysis = result.analysis();
    return new Result(result.redactedText(), analysis.redacted(), analysis.forReview());
  }

  /**
   * Replaces spans a person chose (a moderator's edits) by the strategies of this redactor's
   * anonymizer, and tells where each replacement landed ({@link RedactionResult#replacements()}).
   *
   * @param text the original text
   * @param spans spans of {@code text}, not overlapping
   * @return the redacted text and the replacements
   * @throws IllegalArgumentException if a span ends past the text or two spans overlap
   */
  public RedactionResult redactSpans(String text, List<Finding> spans) {
    return anonymizer.redactSpans(text, spans);
  }

  /**
   * Replaces each of {@code spans} (not overlapping) by its type's Swedish label, e.g.
   * {@code [NAMN]} or a custom type's {@code [DIARIENUMMER]}.
   *
   * @param text the original text
   * @param spans spans of {@code text}, not overlapping
   * @return the redacted text
   * @throws IllegalArgumentException if a span ends past the text or two spans overlap
   */
  public static String redact(String text, List<Finding> spans) {
    return spans.isEmpty() ? text : LabelsOnly.ANONYMIZER.redactSpans(text, spans).redactedText();
  }

  /** An anonymizer without detectors, for its default label strategy; built on first use. */
  private static final class LabelsOnly {
    static final Anonymizer ANONYMIZER = Anonymizer.builder().serviceLoading(false).build();
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
  }
}
