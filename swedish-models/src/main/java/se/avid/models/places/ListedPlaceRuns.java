package se.avid.models.places;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.names.AsciiFolding;
import se.avid.models.names.Localities;

/**
 * Where a listed place begins a run of words: one word or two that the lexicon lists as a
 * municipality, region, town or district, a smaller locality (also one that is a name or a rare
 * word), or one typed without å/ä/ö. Asked
 * where the context already says a place is meant. Stateless; the lexicon is shared.
 */
final class ListedPlaceRuns {

  /** What a listed locality may be besides a place: a first name, a surname, a rare word. */
  private static final long NAME_OR_WORD = Category.bits(Category.FIRST_NAME, Category.SURNAME, Category.COMMON_WORD,
      Category.MULTIWORD_HEAD);

  private final SwedishLexicon lexicon;
  private final long places;
  private final long kept;

  ListedPlaceRuns(SwedishLexicon lexicon, long places, long kept) {
    this.lexicon = lexicon;
    this.places = places;
    this.kept = kept;
  }

  /**
   * The end of a listed place at word {@code u}: two words that the lexicon lists as one
   * ("upplands väsby", "lilla edet"), one listed word, or one typed without å/ä/ö; 0 for none.
   */
  int placeEnd(Tokens tokens, int u) {
    char[] lower = tokens.lower();
    int start = tokens.start(u);
    int length = tokens.length(u);
    long categories = SwedishLexicon.categories(lexicon.facts(lower, start, length));
    if ((categories & kept) != 0) {
      return 0;
    }
    if (Category.MULTIWORD_HEAD.in(categories) && tokens.adjacent(u) && tokens.isWord(u + 1)) {
      int end = tokens.end(u + 1);
      long pair = SwedishLexicon.categories(lexicon.facts(lower, start, end - start));
      if ((pair & places) != 0 && (pair & kept) == 0) {
        return end;
      }
    }
    // a locality that is also a name or a rare word ("bor i hammar", "i ljung", "från holm"), but no
    // frequent word ("skog"), pronoun or cue: the context already says a place is meant
    if ((categories & places) != 0 || (categories & ~NAME_OR_WORD) == 0 && Localities.contains(lower, start, length)
        && (categories == 0 || !SwedishLexicon.isFrequentWord(lexicon.facts(lower, start, length)))) {
      return tokens.end(u);
    }
    if (length >= 3 && !SwedishLexicon.isFrequentWord(lexicon.facts(lower, start, length))
        && (AsciiFolding.hasReading(lexicon, lower, start, length, places)
            || categories == 0 && AsciiFolding.hasLocalityReading(lower, start, length))) {
      // "bor i tranas": Tranås, though "tränas" is a word; "bor i halleforsnas": a smaller
      // locality (Hälleforsnäs); the verb says a place is meant
      return tokens.end(u);
    }
    return 0;
  }

}
