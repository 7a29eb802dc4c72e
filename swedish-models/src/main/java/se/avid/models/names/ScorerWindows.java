package se.avid.models.names;

import se.avid.models.context.ContextScorer;
import se.avid.models.context.MaxentContextScorer;
import se.avid.models.lexicon.Tokens;

/**
 * Gives a {@link ContextScorer} the sentence of a word as token strings, cut into windows of at
 * most {@value #MAX_WINDOW} tokens so that a text without full stops costs linear time; each
 * window's strings are made once. The bundled {@link MaxentContextScorer} reads the tokens
 * without strings instead ({@link MaxentContextScorer#forTokens}). Made on the first ambiguous
 * word of a call; not thread-safe.
 */
final class ScorerWindows {

  static final int MAX_WINDOW = 64;

  private final Tokens tokens;
  private final ContextScorer scorer;
  /** The bundled scorer's judge of these tokens, or null for another scorer. */
  private final MaxentContextScorer.TokenJudge tokenJudge;
  /** Per token up to {@link #known}, the first token of its window. */
  private final int[] windowStart;
  /** The number of tokens whose window start is known. */
  private int known;
  /** The first token of the window of the last token in {@link #windowStart}. */
  private int lastFirst;
  /** The window whose end is {@link #end}, or -1. */
  private int endFirst = -1;
  private int end;
  private String[] window;
  private int windowFirst = -1;

  /** A judge of {@code tokens} by {@code scorer}; {@code windowStart}, at least as long as the tokens, is reused memory. */
  ScorerWindows(Tokens tokens, ContextScorer scorer, int[] windowStart) {
    this.tokens = tokens;
    this.scorer = scorer;
    this.tokenJudge = scorer instanceof MaxentContextScorer maxent ? maxent.forTokens(tokens) : null;
    this.windowStart = windowStart;
  }

  /** The scorer's judgement of token {@code t} in its window. */
  ContextScorer.Judgement judge(int t) {
    int first = windowStart(t);
    if (first != endFirst) {
      int last = t + 1;
      while (last < tokens.size() && windowStart(last) == first) {
        last++;
      }
      endFirst = first;
      end = last;
    }
    int last = end;
    if (tokenJudge != null) {
      return tokenJudge.judge(first, last, t);
    }
    if (first != windowFirst) {
      window = new String[last - first];
      for (int i = first; i < last; i++) {
        window[i - first] = tokens.original(i);
      }
      windowFirst = first;
    }
    return scorer.judge(window, t - first);
  }

  /** The first token of the window of token {@code t}, found by a scan that goes no further than needed. */
  private int windowStart(int t) {
    while (known <= t) {
      int u = known;
      if (tokens.isWord(u) && tokens.has(u, Tokens.SENTENCE_START) || u - lastFirst >= MAX_WINDOW) {
        lastFirst = u;
      }
      windowStart[u] = lastFirst;
      known++;
    }
    return windowStart[t];
  }
}
