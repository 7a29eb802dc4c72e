package se.avid.models.names;

import se.avid.models.lexicon.PlaceStems;
import se.avid.models.lexicon.SwedishLexicon;

/**
 * The place names among the capitalised stems of the Hunspell sv_SE dictionary (LanguageTool's
 * {@code language-sv} jar, LGPL-3.0): stems carrying the affix flag {@code e}, which the dictionary
 * gives to towns, villages, islands and foreign cities ("Rimbo", "Bagdad", "Bryssel") and not to
 * persons, or the flag {@code v}, which it gives to Swedish places ("Alnarp", "Trondheim") but also
 * to some surnames of place-name shape ("Strindberg", "Sjöberg"). They let a proper noun the
 * project's lists lack be reported as a place rather than a name ("flyttade till Narvik").
 *
 * <p>Read with the lexicon's other Hunspell stems, in its one pass over the dictionary
 * ({@link PlaceStems}); lowercased. Immutable and thread-safe.
 */
final class DictionaryPlaces {

  private DictionaryPlaces() {}

  /** True if the lowercase word is a capitalised Hunspell stem flagged {@code e}: surely a place. */
  static boolean isPlace(char[] chars, int offset, int length) {
    return Holder.STEMS.isPlace(chars, offset, length);
  }

  /**
   * True if the lowercase word is a capitalised Hunspell stem flagged {@code v} and not {@code e}:
   * a place, or a surname shaped like one ("Strindberg").
   */
  static boolean isPlaceOrSurname(char[] chars, int offset, int length) {
    return Holder.STEMS.isPlaceOrSurname(chars, offset, length);
  }

  private static final class Holder {
    static final PlaceStems STEMS = SwedishLexicon.get().placeStems();
  }
}
