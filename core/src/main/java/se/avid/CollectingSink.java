package se.avid;

import java.util.List;
import se.avid.spi.FindingSink;

/**
 * Validates each finding as it arrives and keeps only those that count in this call: enabled
 * types, scores at or above their review threshold. One per call at a time, for each detector in
 * turn ({@link CallLists} keeps it for the thread's next call); keeps explanations only when the
 * call asked for them, and drops one that repeats the found value.
 */
final class CollectingSink implements FindingSink {

  /** The detector that reports now. */
  String detector;
  private String text;
  private Thresholds settings;
  private List<Finding> out;

  /** Starts a call: findings in {@code text} are kept by {@code settings} into {@code out}. */
  CollectingSink start(String text, Thresholds settings, List<Finding> out) {
    this.text = text;
    this.settings = settings;
    this.out = out;
    return this;
  }

  /** Ends the call: lets go of its text and list. */
  void end() {
    detector = null;
    text = null;
    settings = null;
    out = null;
  }

  @Override
  public void add(int start, int end, EntityType type, double score) {
    add(start, end, type, score, null);
  }

  @Override
  public void add(int start, int end, EntityType type, double score, String explanation) {
    if (end > text.length()) {
      throw new IllegalStateException("finding ends at " + end + " past the text length " + text.length());
    }
    if (score >= settings.reviewAt(type) && settings.enabled(type)) {
      String why = explanation == null || !settings.explain() || !Explanations.safe(explanation, text, start, end)
          ? "" : explanation;
      out.add(new Finding(start, end, type, score, detector, why));
    }
  }

  @Override
  public boolean explaining() {
    return settings.explain();
  }
}
