package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EndingTailsTest {

  private static final EndingTails STREETS = EndingTails.of("street-suffixes.txt", 3);

  private static boolean mayEnd(EndingTails tails, String word) {
    char[] chars = ("  " + word + " ").toCharArray(); // the word inside a text, not at its start
    return tails.mayEnd(chars, 2, word.length());
  }

  @Test
  void everyWordWithAStreetEndingMayEndInOne() {
    Lexicon.Cursor suffixes = SwedishLexicon.get().suffixes().cursor();
    for (String word : new String[] {"storgatan", "kungsvägen", "väg", "björkallén", "stortorget", "ekbacken", "kaj"}) {
      char[] chars = word.toCharArray();
      long ending = suffixes.longestSuffix(chars, 0, chars.length);
      assertTrue(Category.STREET_SUFFIX.in(ending) || Category.STREET_SUFFIX_CAPITALISED.in(ending), word);
      assertTrue(mayEnd(STREETS, word), word);
    }
  }

  @Test
  void wordsWithoutAStreetTailAreToldApart() {
    assertFalse(mayEnd(STREETS, "mamma"));
    assertFalse(mayEnd(STREETS, "hus"));
    assertFalse(mayEnd(STREETS, "ja"), "shorter than every ending");
  }

  @Test
  void aTailLongerThanAnEndingIsRefused() {
    assertThrows(IllegalStateException.class, () -> EndingTails.of("street-suffixes.txt", 4));
  }
}
