package se.avid.models.review;

import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.WordMemo;

/**
 * The residual-leak detector's tests of a word alone, each found once per word and kept in its
 * {@link Lexeme} ({@link WordMemo}) rather than at every occurrence: each is a loop of look-ups
 * over the word's parts or its readings without å, ä, ö. Every answer is that of the
 * {@link ResidualWords} test it keeps, which depends on the word's chars and the detector's
 * lexicon alone (the record must be from that lexicon). Stateless and thread-safe.
 */
final class ResidualMemos {

  private static final WordMemo COMPOUND = WordMemo.claim(2);
  private static final WordMemo NO_WORD = WordMemo.claim(2);
  private static final WordMemo FOLDED_PLACE = WordMemo.claim(2);
  private static final WordMemo TYPED_WORD = WordMemo.claim(2);
  private static final WordMemo KEPT_GENITIVE = WordMemo.claim(2);
  private static final WordMemo INFLECTION = WordMemo.claim(2);

  private ResidualMemos() {}

  /** {@link ResidualWords#isCompound} of the word {@code lower[start, start+length)}, whose record is {@code x}. */
  static boolean isCompound(ResidualWords words, Lexeme x, char[] lower, int start, int length, char[] scratch) {
    int kept = COMPOUND.get(x);
    return kept >= 0 ? kept == 1 : COMPOUND.keep(x, words.isCompound(lower, start, length, scratch));
  }

  /** {@link ResidualWords#isNoWord} of the word {@code lower[start, start+length)}, whose record is {@code x}. */
  static boolean isNoWord(ResidualWords words, Lexeme x, char[] lower, int start, int length, char[] scratch) {
    int kept = NO_WORD.get(x);
    return kept >= 0 ? kept == 1 : NO_WORD.keep(x, words.isNoWord(lower, start, length, scratch));
  }

  /** {@link ResidualWords#hasFoldedPlaceReading} of the word {@code lower[start, start+length)}, whose record is {@code x}. */
  static boolean hasFoldedPlaceReading(ResidualWords words, Lexeme x, char[] lower, int start, int length) {
    int kept = FOLDED_PLACE.get(x);
    return kept >= 0 ? kept == 1 : FOLDED_PLACE.keep(x, words.hasFoldedPlaceReading(lower, start, length));
  }

  /** {@link ResidualWords#isTypedWord} of the word {@code lower[start, start+length)}, whose record is {@code x}. */
  static boolean isTypedWord(ResidualWords words, Lexeme x, char[] lower, int start, int length) {
    int kept = TYPED_WORD.get(x);
    return kept >= 0 ? kept == 1 : TYPED_WORD.keep(x, words.isTypedWord(lower, start, length));
  }

  /** {@link ResidualWords#isKeptGenitive} of the word {@code lower[start, start+length)}, whose record is {@code x}. */
  static boolean isKeptGenitive(ResidualWords words, Lexeme x, char[] lower, int start, int length) {
    int kept = KEPT_GENITIVE.get(x);
    return kept >= 0 ? kept == 1 : KEPT_GENITIVE.keep(x, words.isKeptGenitive(lower, start, length));
  }

  /** {@link ResidualWords#isInflectionOfWord} of the word {@code lower[start, start+length)}, whose record is {@code x}. */
  static boolean isInflectionOfWord(ResidualWords words, Lexeme x, char[] lower, int start, int length, char[] scratch) {
    int kept = INFLECTION.get(x);
    return kept >= 0 ? kept == 1 : INFLECTION.keep(x, words.isInflectionOfWord(lower, start, length, scratch));
  }
}
