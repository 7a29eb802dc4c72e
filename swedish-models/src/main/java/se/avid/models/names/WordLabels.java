package se.avid.models.names;

import static se.avid.models.names.NameScores.PERSON_OVER_PLACE;
import static se.avid.models.names.NameScores.REDACT;
import static se.avid.models.names.NameScores.SURE;
import static se.avid.models.names.NameScores.UNKNOWN_WORD_DOUBT;

import se.avid.EntityType;
import se.avid.models.context.ContextScorer;
import se.avid.models.lexicon.Tokens;
import se.avid.spi.FindingSink;

/**
 * What the rules decided about each word of one text: its type ({@link #NAME}, {@link #PLACE},
 * {@link #KEEP} or nothing), its score and the end of its span; the context scorer's judgement
 * where the rules leave the word open; and the findings made of them. Not thread-safe; one per
 * call.
 */
final class WordLabels {

  static final byte NONE = 0;
  static final byte NAME = 1;
  static final byte PLACE = 2;
  /** Decided to keep (a public body, a country): no other rule may claim it. */
  static final byte KEEP = 3;

  private final Tokens tokens;
  private final ContextScorer scorer;
  private final int n;
  /** The type of each word: {@link #NONE}, {@link #NAME}, {@link #PLACE} or {@link #KEEP}. */
  final byte[] type;
  /** The score of each word's type. */
  final double[] score;
  /** End offset of each word (beyond the token for a multiword place), or 0 for none. */
  final int[] spanEnd;
  /** Whether any word was set a name or place; whether any name is sure. */
  boolean anyFound;
  boolean sureName;
  /** The scorer's probability that the word it last judged is a person or a place. */
  private double lastPersonOrPlace;
  private ScorerWindows windows;
  private final int[] windowStart;

  WordLabels(Tokens tokens, ContextScorer scorer, NameWorkspace workspace) {
    this.tokens = tokens;
    this.scorer = scorer;
    this.n = tokens.size();
    this.type = workspace.type;
    this.score = workspace.score;
    this.spanEnd = workspace.spanEnd;
    this.windowStart = workspace.windowStart;
  }

  void set(int t, byte kind, double s) {
    type[t] = kind;
    score[t] = s;
    anyFound = true;
    sureName |= kind == NAME && s >= SURE;
  }

  /**
   * Token {@code t} is unlabelled, or a name too doubtful to redact on its own (a lone capital
   * "A", a particle "bin" read alone as an unknown word): a found name may take it in.
   */
  boolean openToName(int t) {
    return type[t] == NONE || type[t] == NAME && score[t] < REDACT;
  }

  /**
   * Token {@code t} is unlabelled, or a name or place too doubtful to redact on its own ("Nacka
   * Strand": the surname Strand): a found place may take it in.
   */
  boolean openToPlace(int t) {
    return type[t] == NONE || (type[t] == NAME || type[t] == PLACE) && score[t] < REDACT;
  }

  /** Asks the context scorer, if any, about an ambiguous word; else uses the fallback. */
  void judge(int t, byte fallbackType, double fallbackScore) {
    judge(t, fallbackType, fallbackScore, false);
  }

  /**
   * Asks the context scorer whether the word is a person or a place at all; {@code ruleType} keeps
   * the type the rules found (a place ending, a place cue, a surname ending), which the model,
   * seeing only the word's last four letters and its neighbours, knows less well.
   */
  void judge(int t, byte fallbackType, double fallbackScore, boolean ruleType) {
    if (scorer == null) {
      set(t, fallbackType, fallbackScore);
      return;
    }
    if (windows == null) {
      windows = new ScorerWindows(tokens, scorer, windowStart);
    }
    ContextScorer.Judgement j = windows.judge(t);
    lastPersonOrPlace = j.person() + j.place();
    // the chance that the word is a person or a place at all decides the score: a word judged
    // 0.3 person and 0.3 place is more likely a name than not (recall first)
    double entity = Math.min(1.0, lastPersonOrPlace);
    if (ruleType) {
      set(t, fallbackType, entity);
    } else {
      set(t, j.person() * PERSON_OVER_PLACE >= j.place() ? NAME : PLACE, entity);
    }
  }

  /**
   * Like {@link #judge}, for a word that the rules alone would redact: a name-shaped word that no
   * lexicon knows ("Lewin", "Tarkovskij", "Rüger"), or a listed place that is also a word after
   * a strong place cue ("flyttade till lund"). The scorer, trained on edited prose, has seen few
   * of the names that posts hold, so it may raise the score but lower it under the redact
   * threshold only when it is sure the word is neither a person nor a place (recall first); a
   * word it is unsure of keeps the rules' type.
   */
  void judgeUnknown(int t, byte fallbackType, double fallbackScore) {
    judgeUnknown(t, fallbackType, fallbackScore, false);
  }

  void judgeUnknown(int t, byte fallbackType, double fallbackScore, boolean ruleType) {
    judge(t, fallbackType, fallbackScore, ruleType);
    if (scorer != null && score[t] < REDACT && lastPersonOrPlace >= UNKNOWN_WORD_DOUBT) {
      set(t, fallbackType, REDACT);
    }
  }

  /**
   * A person's name has at most this many parts ("Anna Maria Eriksson Lind"); a longer run of name
   * words is reported in pieces of at most this many, each redacted as before: a run of
   * capitalised unknown words of any length ("Xqa Xqb Xqc ...") never becomes one name.
   */
  static final int MAX_NAME_PARTS = 4;

  /** Reports places one by one and runs of adjacent name words as one name, of at most {@value #MAX_NAME_PARTS} words. */
  void report(FindingSink sink) {
    for (int t = 0; t < n; t++) {
      if (type[t] == PLACE) {
        sink.add(tokens.start(t), spanEnd[t], EntityType.PLACE, score[t]);
      } else if (type[t] == NAME) {
        int last = nameRunEnd(t);
        sink.add(tokens.start(t), tokens.end(last), EntityType.NAME, runScore(t, last));
        t = last;
      }
    }
  }

  /**
   * The last word of the name that name word {@code t} begins: adjacent name words, at most
   * {@value #MAX_NAME_PARTS}, all on the same side of the redact threshold as the first.
   */
  int nameRunEnd(int t) {
    int last = t;
    boolean redacted = score[t] >= 0.5;
    while (last + 1 < n && last + 1 - t < MAX_NAME_PARTS && type[last + 1] == NAME && tokens.adjacent(last)
        && (score[last + 1] >= 0.5) == redacted) {
      last++;
    }
    return last;
  }

  /** The score of the name of words {@code t..last}: that of its surest word. */
  double runScore(int t, int last) {
    double best = score[t];
    for (int k = t + 1; k <= last; k++) {
      best = Math.max(best, score[k]);
    }
    return best;
  }
}
