package se.avid.models.places;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Words;

/**
 * A lowercase word that no list holds but that is shaped like a Swedish place name: no word, name
 * or listed place, and it ends in a place-name ending of {@code place-endings.txt} after a part of
 * its own ({@code kattängen}, {@code ramstabacken}, {@code tallmoåsen}, {@code kvarntorp}). The
 * smaller localities, farms, hills and neighbourhoods are too many for any list; after a
 * preposition of place ({@code vid kattängen}) the shape says a place is meant. Stateless.
 */
final class UnlistedPlaces {

  /** The shortest such word ("hageby" has six letters). */
  static final int MIN_LENGTH = 6;
  /** The shortest part before the ending ("katt|ängen", "hage|by"). */
  private static final int MIN_HEAD = 3;
  /** The shortest ending taken ("by", "ås"; not "ö", which ends too many words). */
  private static final int MIN_ENDING = 2;

  /** No place's shape. */
  static final int NONE = 0;
  /** A place's shape whose first part is an ordinary word ("kattängen"): as often a common noun the dictionary lacks. */
  static final int WORD_HEAD = 1;
  /** A place's shape whose first part is no word, or a place or a name ("ramstabacken", "eksjöängen"). */
  static final int NAMED_HEAD = 2;

  /** A first part that names: a place or a person. */
  private static final long NAMED = Category.bits(Category.MUNICIPALITY, Category.REGION, Category.TOWN,
      Category.DISTRICT, Category.FIRST_NAME, Category.SURNAME);

  private UnlistedPlaces() {}

  /**
   * How a lowercase word {@code lower[start, start+length)} is shaped like a place that no list
   * holds: {@link #NONE} unless it is no word, name, place or kept term of the lexicon, not even
   * as a compound of words, and ends in a place-name ending; then {@link #NAMED_HEAD} when the
   * part before the ending is no word or is a place or name ({@code ramsta|backen}, {@code
   * eksjö|ängen}), else {@link #WORD_HEAD} ({@code katt|ängen}, but also {@code häst|hagen} and
   * {@code buss|torget}, which the dictionary lacks as compounds).
   *
   * @param lexicon the lexicon that knows the words and the endings
   * @param lower the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @param facts the word's facts ({@link SwedishLexicon#facts})
   * @param ending the word's longest listed ending, as {@code Lexeme.ending()} gives it
   * @return {@link #NONE}, {@link #WORD_HEAD} or {@link #NAMED_HEAD}
   */
  static int shape(SwedishLexicon lexicon, char[] lower, int start, int length, long facts, long ending) {
    int head = placeEndingHead(lower, start, length, ending);
    if (head < 0) {
      return NONE;
    }
    char[] scratch = new char[length + 2];
    if (SwedishLexicon.categories(facts) != 0 || SwedishLexicon.isFrequentOrListedWord(facts)
        || lexicon.isCommonWord(facts, lower, start, length, scratch)) {
      return NONE;
    }
    if (endsInLongerWord(lexicon, lower, start, length, head, scratch)) {
      return NONE; // "fyrtioårsåldern": the ending ("ern") is only the end of a word ("åldern")
    }
    boolean linked = lower[start + head - 1] == 's' && head > MIN_HEAD;
    if (isNamed(lexicon, lower, start, head) || linked && isNamed(lexicon, lower, start, head - 1)) {
      return NAMED_HEAD;
    }
    boolean word = lexicon.isCommonWord(lower, start, head, scratch)
        || linked && lexicon.isCommonWord(lower, start, head - 1, scratch);
    return word ? WORD_HEAD : NAMED_HEAD;
  }

  /**
   * A lowercase word that the lexicon holds in no form of its own ({@code facts == 0}) but reads as
   * a compound of words, with a place-name ending after a part of its own ({@code hammar|skogen},
   * {@code lill|kärret}): {@link #shape} leaves it, as such a compound is as often a common noun
   * ("granskogen"); after a verb of residence ("bor i", "flyttade från") a place is meant.
   *
   * @param lower the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @param facts the word's facts ({@link SwedishLexicon#facts})
   * @param ending the word's longest listed ending, as {@code Lexeme.ending()} gives it
   * @return whether it is a compound shaped like a place
   */
  static boolean isCompoundShaped(SwedishLexicon lexicon, char[] lower, int start, int length, long facts, long ending) {
    int head = facts == 0 ? placeEndingHead(lower, start, length, ending) : -1;
    return head >= 0 && !endsInLongerWord(lexicon, lower, start, length, head, new char[length + 2]);
  }

  /**
   * The length of the part before the word's place-name ending, or -1 when the word has no such
   * ending after a part of its own, or is written as no place is: with a char other than a
   * letter, as a verb's noun, or as a genitive.
   */
  private static int placeEndingHead(char[] lower, int start, int length, long ending) {
    if (length < MIN_LENGTH) {
      return -1;
    }
    int head = length - (int) (ending >>> 32);
    if (!Category.PLACE_SUFFIX.in(ending) || length - head < MIN_ENDING || head < MIN_HEAD) {
      return -1; // most words: no place-name ending
    }
    if (!Words.isLetters(lower, start, length)) {
      return -1; // "ab-byn", "x2by": no place written so
    }
    if (endsInVerbalNoun(lower, start + length) || lower[start + length - 1] == 's') {
      // "omhändertagandet": a verb's noun in -andet, which the ending "landet" only looks like;
      // "i hallbergs": a genitive after a preposition owns the noun after it, a person as often as a place
      return -1;
    }
    return head;
  }

  /** The word before {@code end} ends in -andet or -endet, a verb's noun ("omhändertagandet", "beteendet"). */
  private static boolean endsInVerbalNoun(char[] lower, int end) {
    return lower[end - 1] == 't' && lower[end - 2] == 'e' && lower[end - 3] == 'd' && lower[end - 4] == 'n'
        && (lower[end - 5] == 'a' || lower[end - 5] == 'e');
  }

  /**
   * The word ends in an ordinary word longer than its place-name ending, which the ending is then
   * only the end of ("fyrtioårs|åldern", not "ramsta|backen").
   */
  private static boolean endsInLongerWord(SwedishLexicon lexicon, char[] lower, int start, int length, int head, char[] scratch) {
    for (int from = start + head - 1; from > start + 1; from--) {
      if (lexicon.isCommonWord(lower, from, start + length - from, scratch)) {
        return true;
      }
    }
    return false;
  }

  /** The part is a listed place or a person's name ("eksjö", "anders"). */
  private static boolean isNamed(SwedishLexicon lexicon, char[] lower, int start, int length) {
    return (SwedishLexicon.categories(lexicon.facts(lower, start, length)) & NAMED) != 0;
  }
}
