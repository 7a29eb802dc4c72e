package se.avid.models.names;

import static se.avid.models.names.NameScores.REDACT;
import static se.avid.models.names.WordLabels.KEEP;
import static se.avid.models.names.WordLabels.NAME;

import se.avid.models.lexicon.Tokens;
import se.avid.text.QuoteMarks;

/**
 * A nickname in quote marks between a found first name and a found surname names the person as
 * surely as they do. A follow-up pass of {@link NameRules}; not thread-safe, one per call.
 */
final class QuotedNicknames {

  private final Tokens tokens;
  private final WordLabels labels;
  private final byte[] type;
  private final double[] score;
  private final char[] lower;
  private final int n;

  QuotedNicknames(Tokens tokens, WordLabels labels) {
    this.tokens = tokens;
    this.labels = labels;
    this.type = labels.type;
    this.score = labels.score;
    this.lower = tokens.lower();
    this.n = tokens.size();
  }

  /**
   * "Anders "Ankan" Svensson", "kalle "kackis" karlsson": one or two words in quote marks right
   * between a found first name and a found surname are the person's nickname, which names them as
   * surely.
   */
  void join() {
    for (int t = 0; t + 4 < n; t++) {
      if (type[t] != NAME || score[t] < REDACT || !quote(t + 1)) {
        continue;
      }
      int last = tokens.isWord(t + 2) && quote(t + 3) ? t + 2
          : tokens.isWord(t + 2) && tokens.isWord(t + 3) && quote(t + 4) ? t + 3 : -1;
      int surname = last + 2;
      if (last < 0 || surname >= n || type[surname] != NAME || score[surname] < REDACT) {
        continue;
      }
      for (int k = t + 2; k <= last; k++) {
        if (type[k] != KEEP) {
          labels.set(k, NAME, Math.min(score[t], score[surname]));
        }
      }
    }
  }

  private boolean quote(int t) {
    return t < n && tokens.kind(t) == Tokens.PUNCT && QuoteMarks.isQuote(lower[tokens.start(t)]);
  }
}
