package se.avid.models.lexicon;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The place names among the capitalised stems of the Hunspell sv_SE dictionary (LanguageTool's
 * {@code language-sv} jar, LGPL-3.0): stems carrying the affix flag {@code e}, which the dictionary
 * gives to towns, villages, islands and foreign cities ("Rimbo", "Bagdad", "Bryssel") and not to
 * persons, or the flag {@code v}, which it gives to Swedish places ("Alnarp", "Trondheim") but also
 * to some surnames of place-name shape ("Strindberg", "Sjöberg"). Only stems written capitalised
 * then lowercase count ("Rimbo", not "AP-fond"); kept lowercased.
 *
 * <p>Collected in {@link HunspellWords}'s one pass over the dictionary ({@link DictionaryStems}),
 * not in a second one: reading and scanning the 2.3 MB file again cost a cold start 30–40 ms.
 * Immutable once loaded and thread-safe.
 */
public final class PlaceStems {

  private final CharArraySet places = new CharArraySet(1_000, false);
  private final CharArraySet placesOrSurnames = new CharArraySet(1_500, false);

  PlaceStems() {}

  /**
   * Adds a stem of the dictionary: to the places if flagged {@code e}, else to the places or
   * surnames. Only while the dictionary is read.
   */
  void add(char[] lower, int length, boolean flaggedE) {
    (flaggedE ? places : placesOrSurnames).add(new String(lower, 0, length));
  }

  /**
   * True if the lowercase word is a capitalised Hunspell stem flagged {@code e}: surely a place.
   *
   * @param chars the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return whether it is such a stem
   */
  public boolean isPlace(char[] chars, int offset, int length) {
    return places.contains(chars, offset, length);
  }

  /**
   * True if the lowercase word is a capitalised Hunspell stem flagged {@code v} (on a line
   * without {@code e}): a place, or a surname shaped like one ("Strindberg").
   *
   * @param chars the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return whether it is such a stem
   */
  public boolean isPlaceOrSurname(char[] chars, int offset, int length) {
    return placesOrSurnames.contains(chars, offset, length);
  }
}
