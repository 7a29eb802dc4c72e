package se.avid.rules;

import java.util.Set;
import se.avid.EntityType;
import se.avid.text.ScanText;

/**
 * One {@code [pattern NAME]} of a rules file: a {@link Shape}, the type and score of its matches,
 * and context words that raise or lower the score when one of them stands within
 * {@code window} words before or after the match. Immutable and thread-safe.
 */
final class PatternRule {

  /** Context is looked for at most this many chars away, so that one long word cannot make it costly. */
  private static final int MAX_CONTEXT_CHARS = 200;

  private final String name;
  private final EntityType type;
  private final Shape shape;
  private final double score;
  private final Set<String> raise;
  private final double raiseBy;
  private final Set<String> lower;
  private final double lowerBy;
  private final int window;

  PatternRule(String name, EntityType type, Shape shape, double score, Set<String> raise, double raiseBy,
      Set<String> lower, double lowerBy, int window) {
    this.name = name;
    this.type = type;
    this.shape = shape;
    this.score = score;
    this.raise = Set.copyOf(raise);
    this.raiseBy = raiseBy;
    this.lower = Set.copyOf(lower);
    this.lowerBy = lowerBy;
    this.window = window;
  }

  String name() {
    return name;
  }

  EntityType type() {
    return type;
  }

  Shape shape() {
    return shape;
  }

  /** The score of a match at {@code [start, end)}: the base score, raised or lowered by context, within 0..1. */
  double scoreAt(ScanText text, int start, int end) {
    double s = score;
    if (!raise.isEmpty() && cueNear(text, start, end, raise) != null) {
      s += raiseBy;
    }
    if (!lower.isEmpty() && cueNear(text, start, end, lower) != null) {
      s -= lowerBy;
    }
    return Math.max(0.0, Math.min(1.0, s));
  }

  /**
   * Why a match at {@code [start, end)} scored as it did: the pattern and the context words (from
   * this rule's own lists, never the match) that moved its score.
   */
  String explanationAt(ScanText text, int start, int end) {
    StringBuilder why = new StringBuilder("matches the shape of pattern '").append(name).append('\'');
    String up = raise.isEmpty() ? null : cueNear(text, start, end, raise);
    String down = lower.isEmpty() ? null : cueNear(text, start, end, lower);
    if (up != null) {
      why.append(", raised by the cue '").append(up).append('\'');
    }
    if (down != null) {
      why.append(", lowered by the cue '").append(down).append('\'');
    }
    return why.toString();
  }

  /** The first of {@code words} within the window around the match, or {@code null}. */
  private String cueNear(ScanText text, int start, int end, Set<String> words) {
    int limit = Math.max(0, start - MAX_CONTEXT_CHARS);
    int i = start - 1;
    for (int seen = 0; seen < window; seen++) {
      while (i >= limit && !text.isWordChar(i)) {
        i--;
      }
      if (i < limit) {
        break;
      }
      int wordEnd = i + 1;
      while (i >= limit && text.isWordChar(i)) {
        i--;
      }
      String word = text.normalized(i + 1, wordEnd).toLowerCase(java.util.Locale.ROOT);
      if (words.contains(word)) {
        return word;
      }
    }
    int max = Math.min(text.length(), end + MAX_CONTEXT_CHARS);
    i = end;
    for (int seen = 0; seen < window; seen++) {
      while (i < max && !text.isWordChar(i)) {
        i++;
      }
      if (i >= max) {
        break;
      }
      int wordStart = i;
      while (i < max && text.isWordChar(i)) {
        i++;
      }
      String word = text.normalized(wordStart, i).toLowerCase(java.util.Locale.ROOT);
      if (words.contains(word)) {
        return word;
      }
    }
    return null;
  }
}
