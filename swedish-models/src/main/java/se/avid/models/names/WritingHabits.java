package se.avid.models.names;

import se.avid.models.lexicon.Tokens;

/**
 * How the writer of a text types it: with a capital opening most sentences or not, and with å,
 * ä, ö or never. A name rule reads a lowercase word that is also a word as the word in a text
 * written with capitals, and a function word typed without its letters ("nar", "pa") as that
 * word in a text that never has them. Not thread-safe, one per call.
 */
final class WritingHabits {

  /** The fewest sentences whose capitals say how the writer writes. */
  private static final int MIN_SENTENCES = 2;

  private final Tokens tokens;
  /** Whether the text has no å, ä or ö: 0 not yet known, 1 it has none, -1 it has one. */
  private int withoutDiacritics;

  WritingHabits(Tokens tokens) {
    this.tokens = tokens;
  }

  /**
   * Whether the writer uses capitals: at least {@value #MIN_SENTENCES} sentences, and at least
   * three in four open with a capital.
   *
   * @param tokens the tokens of a text
   * @return whether its sentences open with capitals
   */
  static boolean withCapitals(Tokens tokens) {
    int sentences = 0;
    int capitalised = 0;
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.isWord(t) && tokens.has(t, Tokens.SENTENCE_START)) {
        sentences++;
        if (tokens.has(t, Tokens.CAPITALISED)) {
          capitalised++;
        }
      }
    }
    return sentences >= MIN_SENTENCES && capitalised * 4 >= sentences * 3;
  }

  /** The fewest words of a text that tells, by having no å, ä or ö, that its writer types none. */
  private static final int MIN_WORDS_WITHOUT_DIACRITICS = 6;

  /**
   * Whether no word of the text has an å, ä or ö, in a text of at least {@value
   * #MIN_WORDS_WITHOUT_DIACRITICS} words: a shorter one may lack them by chance ("g. von platen").
   * Read once, when first asked: few texts ask.
   *
   * @return whether the writer never types å, ä, ö
   */
  boolean withoutDiacritics() {
    if (withoutDiacritics == 0) {
      char[] lower = tokens.lower();
      int words = 0;
      for (int t = 0; t < tokens.size() && words < MIN_WORDS_WITHOUT_DIACRITICS; t++) {
        words += tokens.isWord(t) ? 1 : 0;
      }
      withoutDiacritics = words < MIN_WORDS_WITHOUT_DIACRITICS ? -1 : 1;
      for (int t = 0; t < tokens.size() && withoutDiacritics == 1; t++) {
        for (int i = tokens.start(t), end = tokens.end(t); i < end; i++) {
          char c = lower[i];
          if (c == 'å' || c == 'ä' || c == 'ö') {
            withoutDiacritics = -1;
            break;
          }
        }
      }
    }
    return withoutDiacritics == 1;
  }
}
