package se.avid.models.names;

import se.avid.models.context.ContextScorer;
import se.avid.models.lexicon.Tokens;

/**
 * Gives a {@link ContextScorer} the sentence of a word as token strings, cut into windows of at
 * most {@value #MAX_WINDOW} tokens so that a text without full stops costs linear time; each
 * window's strings are made once. Made on the first ambiguous word of a call; not thread-safe.
 */
final class ScorerWindows {

  static final int MAX_WINDOW = 64;

  private final Tokens tokens;
  private final ContextScorer scorer;
  /** Per token, the first token of its window. */
  private final int[] windowStart;
  private String[] window;
  private int windowFirst = -1;

  ScorerWindows(Tokens tokens, ContextScorer scorer) {
    this.tokens = tokens;
    this.scorer = scorer;
    int n = tokens.size();
    this.windowStart = new int[n];
    int first = 0;
    for (int t = 0; t < n; t++) {
      if (tokens.isWord(t) && tokens.has(t, Tokens.SENTENCE_START) || t - first >= MAX_WINDOW) {
        first = t;
      }
      windowStart[t] = first;
    }
  }

  /** The scorer's judgement of token {@code t} in its window. */
  ContextScorer.Judgement judge(int t) {
    int first = windowStart[t];
    if (first != windowFirst) {
      int last = first + 1;
      while (last < tokens.size() && windowStart[last] == first) {
        last++;
      }
      window = new String[last - first];
      for (int i = first; i < last; i++) {
        window[i - first] = tokens.original(i);
      }
      windowFirst = first;
    }
    return scorer.judge(window, t - first);
  }
}
