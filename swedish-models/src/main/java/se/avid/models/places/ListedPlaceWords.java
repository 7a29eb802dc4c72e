package se.avid.models.places;

import static se.avid.models.places.ResidencePlaceDetector.KEPT;
import static se.avid.models.places.ResidencePlaceDetector.PLACES;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.names.Localities;

/**
 * The listed places that are also ordinary words, and when one after a preposition of place is
 * the place ({@code utanför lund}, {@code i agunnaryd}, {@code i skara}, {@code polisen i ed}):
 * the tests of {@link ResidencePlaceDetector} on a word's facts, each asked of the word after a
 * preposition. Stateless.
 */
final class ListedPlaceWords {

  private ListedPlaceWords() {}

  /** Endings of a noun's definite singular. */
  private static final String[] DEFINITE_ENDINGS = {"en", "et"};

  /**
   * Word {@code u} is a listed municipality, town or district that is also a word, but no
   * frequent one ({@code utanför lund}, {@code i skara}; not {@code nära vara}): after a
   * preposition of place the place is meant.
   */
  static boolean isRarePlace(Tokens tokens, int u, long facts) {
    long categories = SwedishLexicon.categories(facts);
    return (categories & PLACES) != 0 && (categories & KEPT) == 0 && !Category.WORD_FORM.in(categories)
        && !SwedishLexicon.isFrequentWord(facts) && tokens.length(u) >= FoldedPlaces.MIN_LENGTH;
  }

  /**
   * Word {@code u} is a smaller locality of the list that is no common or frequent word, inflected
   * form or kept name ({@code i agunnaryd}; not {@code i rot}), no definite noun's form ({@code vid
   * viken}) nor a noun's measure ({@code i kärna av}), and no first part of a
   * compound: after a preposition of place the locality is meant.
   */
  static boolean isRareLocality(Tokens tokens, int u, long facts) {
    long categories = SwedishLexicon.categories(facts);
    int length = tokens.length(u);
    return length >= FoldedPlaces.MIN_LENGTH && (categories & KEPT) == 0 && !Category.WORD_FORM.in(categories)
        && !Category.COMMON_WORD.in(categories) && !SwedishLexicon.isFrequentWord(facts) && !tokens.is(u + 1, "av")
        && !(tokens.isPunct(u + 1, '-') && tokens.end(u) == tokens.start(u + 1)) && !tokens.endsWithAny(u, DEFINITE_ENDINGS)
        && Localities.contains(tokens.lower(), tokens.start(u), length);
  }

  /**
   * Word {@code u} right after a preposition of place is a listed municipality, town or district
   * that is also a frequent noun in its bare indefinite form ({@code skara}, {@code kista}): no
   * article or determiner comes between, which the noun would need ("i en skara", "i kistan"),
   * so the place is meant. Not a definite form ({@code i handen}, {@code i boden}) and not an
   * inflected form of another word ({@code vara}, {@code bara}), which a preposition may well
   * take bare; and not before {@code av} ({@code i skara av folk}: the noun's measure) or a
   * hyphen that makes it the first part of a compound ({@code från mark- och miljödomstolen}).
   */
  static boolean isBareNounPlace(Tokens tokens, int u, long facts) {
    if (tokens.is(u + 1, "av") || tokens.isPunct(u + 1, '-') && tokens.end(u) == tokens.start(u + 1)) {
      return false; // "i skara av folk"; "från mark- och miljödomstolen": the first part of a compound
    }
    char[] lower = tokens.lower();
    int start = tokens.start(u);
    int length = tokens.length(u);
    if (length < FoldedPlaces.MIN_LENGTH || lower[start + length - 1] == 'n' || lower[start + length - 1] == 't') {
      return false;
    }
    long categories = SwedishLexicon.categories(facts);
    return (categories & PLACES) != 0 && (categories & KEPT) == 0 && !Category.WORD_FORM.in(categories)
        && SwedishLexicon.isFrequentWord(facts);
  }

  /** The shortest listed place taken after a town's service and "i" ("polisen i ed"): the service says a town follows. */
  private static final int MIN_SERVICE_PLACE = 2;

  /**
   * Word {@code u} is a listed place or locality that is also an ordinary word, but no frequent
   * one and no form of another word ({@code vidja}, {@code kärna}, {@code ed}; not {@code
   * stigen}, {@code bara}).
   */
  static boolean isListedWordPlace(Tokens tokens, int u, long facts) {
    char[] lower = tokens.lower();
    int start = tokens.start(u);
    int length = tokens.length(u);
    if (length < MIN_SERVICE_PLACE) {
      return false;
    }
    long categories = SwedishLexicon.categories(facts);
    return ((categories & PLACES) != 0 || Localities.contains(lower, start, length)) && (categories & KEPT) == 0
        && !Category.WORD_FORM.in(categories) && !SwedishLexicon.isFrequentWord(facts);
  }
}
