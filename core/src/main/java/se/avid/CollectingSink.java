package se.avid;

import java.util.List;
import se.avid.spi.FindingSink;

/**
 * Validates each finding as it arrives and keeps only those that count in this call: enabled
 * types, scores at or above their review threshold. One per call, for each detector in turn; keeps
 * explanations only when the call asked for them, and drops one that repeats the found value.
 */
final class CollectingSink implements FindingSink {

  /** The detector that reports now. */
  String detector;
  private final String text;
  private final Thresholds settings;
  private final List<Finding> out;

  CollectingSink(String text, Thresholds settings, List<Finding> out) {
    this.text = text;
    this.settings = settings;
    this.out = out;
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
