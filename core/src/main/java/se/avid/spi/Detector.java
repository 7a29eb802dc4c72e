package se.avid.spi;

import java.util.Set;
import se.avid.EntityType;
import se.avid.text.ScanText;

/**
 * Finds one family of personal data in a text.
 *
 * <p>Implementations must be immutable and thread-safe: one instance serves every thread of an
 * {@link se.avid.Anonymizer}. They must run in time linear in the text length (no backtracking
 * regular expressions over user text), must not log the text or what they find, and may throw:
 * the pipeline turns any exception into a {@link se.avid.RedactionException} so that nothing is
 * published half-redacted.
 *
 * <p>To add detectors without code changes, ship a {@link DetectorProvider}.
 */
public interface Detector {

  /**
   * A short stable name, e.g. {@code "personnummer"}; a detector added with the name of another replaces it.
   *
   * @return the name
   */
  String name();

  /**
   * The types this detector may report.
   *
   * @return the types
   */
  Set<EntityType> types();

  /**
   * Reports every finding in {@code text} to {@code sink}, in any order; overlaps are resolved later.
   *
   * @param text the text, e.g. a post
   * @param sink receives the findings
   */
  void detect(ScanText text, FindingSink sink);

  /**
   * The highest score this detector ever reports. A detector that only flags for review (every
   * finding under the redact threshold) says so here, and the pipeline does not run it in a call
   * whose review threshold for each of its {@link #types()} lies above this score, where every
   * finding it made would be dropped: an anonymizer without a review band pays nothing for it.
   *
   * @return the highest score, 1 unless the detector knows a lower bound
   */
  default double maxScore() {
    return 1.0;
  }
}
