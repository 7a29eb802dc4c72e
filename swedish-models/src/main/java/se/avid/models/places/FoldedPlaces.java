package se.avid.models.places;

import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.names.AsciiFolding;

/**
 * A word typed without å, ä and ö that is no listed word as written (a stem or a frequent form;
 * {@code boras} may be a passive the stemmer reads, no one writes it) but a place with its letters
 * put back: {@code boras} (Borås), {@code nykoping} (Nyköping), {@code malmo} in {@code
 * malmotrakten}, {@code halleforsnas} (Hälleforsnäs, a locality of {@code localities.txt}). For a
 * slot that already says a place is meant ({@code socialtjänsten i boras}, an area word after
 * it); a written word ({@code bostad}, though {@code Båstad} is a place) stays a word, and so
 * does a country. Stateless.
 */
final class FoldedPlaces {

  /** The shortest such word ("ange" of Ånge, "are" of Åre are words; "kil" has no letter to fold). */
  static final int MIN_LENGTH = 4;

  private FoldedPlaces() {}

  /**
   * True if the lowercase word {@code chars[start, start+length)} is no word, name or place as
   * written, and a place of {@code places} or a listed locality with å, ä, ö put back, and no
   * kept name ({@code kept}) that way.
   *
   * @param lexicon the lexicon that lists the places and words
   * @param chars the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @param places the categories that count as a place
   * @param kept the categories that stay (countries, public bodies)
   * @return whether it is a place typed without its letters
   */
  static boolean isPlace(SwedishLexicon lexicon, char[] chars, int start, int length, long places, long kept) {
    long facts = lexicon.facts(chars, start, length);
    if (length < MIN_LENGTH || SwedishLexicon.categories(facts) != 0 || SwedishLexicon.isFrequentOrListedWord(facts)) {
      return false;
    }
    return (AsciiFolding.hasReading(lexicon, chars, start, length, places)
        || AsciiFolding.hasLocalityReading(chars, start, length))
        && !AsciiFolding.hasReading(lexicon, chars, start, length, kept);
  }

  /**
   * {@link #isPlace}, and no reading with å, ä, ö put back is a listed word or frequent form: {@code varas} in
   * {@code i varas} is "i våras" (last spring), though a place reads so too. For a preposition
   * alone, which a word follows as often as a place.
   *
   * @param lexicon the lexicon that lists the places and words
   * @param chars the chars, lowercase
   * @param start where the word starts in them
   * @param length the word's length
   * @param places the categories that count as a place
   * @param kept the categories that stay (countries, public bodies)
   * @return whether it is a place typed without its letters and no word so
   */
  static boolean isPlaceAndNoWord(SwedishLexicon lexicon, char[] chars, int start, int length, long places, long kept) {
    if (!isPlace(lexicon, chars, start, length, places, kept)) {
      return false;
    }
    AsciiFolding.Reading reading = AsciiFolding.read(lexicon, chars, start, length, places);
    return reading != AsciiFolding.Reading.LISTED_WORD; // a stemmed reading alone is too loose ("boras")
  }
}
