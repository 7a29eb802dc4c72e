package se.avid.models.names;

import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.NONE;
import static se.avid.models.names.WordLabels.PLACE;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The word of a trade that makes part of a small firm's name: "pizzeria bella napoli", "salong
 * lilja", "bistro kajen", "dicle livs", "mostar grill". Such a firm names the one who runs or
 * works in it as a street does; its proper part alone, redacted, leaves the trade beside it, and
 * the annotators mark the whole name. A trade word before a name or place found, or after one,
 * joins it into one place; a trade word that goes first in such names ("pizzeria", "salong")
 * before a word that may be a name makes both one ("salong lilja på"). Only words next to those
 * the rules found, or a trade word, are read. Not thread-safe; one per call.
 */
final class FirmNames {

  /** Trades whose word goes before a firm's proper name: "Pizzeria Roma", "Salong Lilja", "Café Blom". */
  private static final WordSieve BEFORE = WordSieve.of("pizzeria", "salong", "bistro", "café", "cafe", "kafé",
      "restaurang", "gatukök", "bageri", "konditori", "frisörsalong", "hårsalong", "frisersalong", "kiosk", "hotell",
      "pensionat", "nagelstudio");
  /** Trades whose word goes after it: "Dicle Livs", "Mostar Grill", "Ankara Kebab", "Roma Pizzeria". */
  private static final WordSieve AFTER = WordSieve.of("livs", "grill", "kebab", "pizzeria", "bistro", "café",
      "kafé", "pub", "sushi", "bageri", "konditori", "salong");

  private final Tokens tokens;
  private final WordFacts words;
  private final WordLabels labels;
  private final byte[] type;
  private final double[] score;

  FirmNames(Tokens tokens, WordFacts words, WordLabels labels) {
    this.tokens = tokens;
    this.words = words;
    this.labels = labels;
    this.type = labels.type;
    this.score = labels.score;
  }

  /** Joins every trade word next to a name or place found, or before a word that may be a name, to it. */
  void join() {
    int n = tokens.size();
    for (int t = 1; t < n; t++) {
      int before = t - 1;
      if (!tokens.isWord(t) || !tokens.adjacent(before) || !labels.openToPlace(before) || !BEFORE.has(tokens, before)) {
        continue;
      }
      if (found(t) || labels.openToPlace(t) && mayBeFirmName(t)) {
        t = makeFirm(before, t); // "pizzeria bella napoli", "salong lilja"
      }
    }
    for (int t = 0; t + 1 < n; t++) {
      if (found(t) && (t == 0 || !found(t - 1) || !tokens.adjacent(t - 1))) {
        int last = lastOfRun(t);
        if (tokens.adjacent(last) && labels.openToPlace(last + 1) && AFTER.has(tokens, last + 1)) {
          t = makeFirm(t, last + 1); // "dicle livs", "mostar grill"
        }
      }
    }
  }

  /** A name or place found with evidence enough to redact. */
  private boolean found(int t) {
    return (type[t] == NAME || type[t] == PLACE) && score[t] >= NameScores.REDACT;
  }


  /**
   * Word {@code t}, after a trade that goes first, may be the firm's proper name: a first name or
   * surname that is no frequent word ("salong lilja"), or a word no list holds ("bistro kaskad").
   */
  private boolean mayBeFirmName(int t) {
    return tokens.length(t) >= 3 && !words.isFrequent(t)
        && (words.firstNameBearers(t) > 0 || Category.SURNAME.in(words.flags[t])
            || words.flags[t] == 0 && !words.listedWord(t) && !words.isCommon(t));
  }

  /** The last word of the run of adjacent words found from {@code t} on (a multi-word span counts to its end). */
  private int lastOfRun(int t) {
    int last = t;
    int n = tokens.size();
    while (last + 1 < n && (tokens.start(last + 1) < labels.spanEnd[t]
        || tokens.adjacent(last) && found(last + 1))) {
      last++;
    }
    return last;
  }

  /**
   * Makes the words from {@code first} to {@code last}, and the run found after {@code last}, one place.
   *
   * @return the last word of it
   */
  private int makeFirm(int first, int last) {
    int end = lastOfRun(last);
    double s = Math.max(NameScores.REDACT, score[last]);
    for (int k = first; k <= end; k++) {
      s = Math.max(s, found(k) ? score[k] : 0);
      type[k] = NONE;
    }
    type[first] = PLACE;
    score[first] = s;
    labels.spanEnd[first] = Math.max(labels.spanEnd[end], tokens.end(end));
    return end;
  }
}
