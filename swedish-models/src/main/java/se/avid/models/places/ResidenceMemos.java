package se.avid.models.places;

import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.WordMemo;

/**
 * The residence detector's costlier tests of a word alone, found once per word and kept in its
 * {@link Lexeme} ({@link WordMemo}) rather than at every occurrence: {@link
 * FoldedPlaces#isPlaceAndNoWord}, some dozens of look-ups of the word's readings without å, ä, ö,
 * and {@link PlaceCompounds#isPlaceCompound}, a few look-ups for each way to split the word. The answer is that test's, which depends on the word's chars, the lexicon (whose
 * record {@code x} must be) and the categories alone: one field per set of categories.
 * The memos are found once, for the detector's categories, not at every ask ({@link WordMemo#of}
 * scans the table of memos). Immutable and thread-safe.
 */
final class ResidenceMemos {

  private final long places;
  private final long kept;
  private final WordMemo placeAndNoWord;
  private final WordMemo placeCompound;

  ResidenceMemos(long places, long kept) {
    this.places = places;
    this.kept = kept;
    this.placeAndNoWord = WordMemo.of("FoldedPlaces.isPlaceAndNoWord", places, kept, 2);
    this.placeCompound = WordMemo.of("PlaceCompounds.isPlaceCompound", places, kept, 2);
  }

  /** {@link FoldedPlaces#isPlaceAndNoWord} of the word {@code chars[start, start+length)}, whose record is {@code x}. */
  boolean isPlaceAndNoWord(SwedishLexicon lexicon, Lexeme x, char[] chars, int start, int length) {
    return isPlaceAndNoWord(placeAndNoWord, lexicon, x, chars, start, length, places, kept);
  }

  /** {@link PlaceCompounds#isPlaceCompound} of the word {@code chars[start, start+length)}, whose record is {@code x}. */
  boolean isPlaceCompound(SwedishLexicon lexicon, Lexeme x, char[] chars, int start, int length, char[] scratch) {
    return isPlaceCompound(placeCompound, lexicon, x, chars, start, length, places, kept, scratch);
  }

  /** {@link FoldedPlaces#isPlaceAndNoWord} of the word {@code chars[start, start+length)}, whose record is {@code x}. */
  static boolean isPlaceAndNoWord(SwedishLexicon lexicon, Lexeme x, char[] chars, int start, int length, long places,
      long kept) {
    WordMemo memo = WordMemo.of("FoldedPlaces.isPlaceAndNoWord", places, kept, 2);
    return isPlaceAndNoWord(memo, lexicon, x, chars, start, length, places, kept);
  }

  private static boolean isPlaceAndNoWord(WordMemo memo, SwedishLexicon lexicon, Lexeme x, char[] chars, int start,
      int length, long places, long kept) {
    int known = memo.get(x);
    return known >= 0 ? known == 1 : memo.keep(x, FoldedPlaces.isPlaceAndNoWord(lexicon, chars, start, length, places, kept));
  }

  private static boolean isPlaceCompound(WordMemo memo, SwedishLexicon lexicon, Lexeme x, char[] chars, int start,
      int length, long places, long kept, char[] scratch) {
    int known = memo.get(x);
    return known >= 0 ? known == 1
        : memo.keep(x, PlaceCompounds.isPlaceCompound(lexicon, chars, start, length, places, kept, scratch));
  }
}
