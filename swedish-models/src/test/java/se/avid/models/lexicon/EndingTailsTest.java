package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
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

  @Test
  void theTailsOfWordsAreTheirLastLetters() {
    EndingTails tails = EndingTails.ofWords(List.of("förskola", "boende", "hem", "bo"), 3);
    assertTrue(mayEnd(tails, "förskola"));
    assertTrue(mayEnd(tails, "trollskola"), "the same last three letters");
    assertTrue(mayEnd(tails, "gruppboende"));
    assertTrue(mayEnd(tails, "hem"));
    assertFalse(mayEnd(tails, "bo"), "shorter than the tail: no tail");
    assertFalse(mayEnd(tails, "förskolan"));
    assertFalse(mayEnd(tails, "kol"));
  }

  @Test
  void fourLettersFitATailAndEveryLetterCounts() {
    EndingTails tails = EndingTails.ofWords(List.of("skolan", "gård", "hemmet"), 4);
    assertTrue(mayEnd(tails, "byskolan"));
    assertTrue(mayEnd(tails, "lindgård"));
    assertFalse(mayEnd(tails, "byskolen"));
    assertFalse(mayEnd(tails, "lindgard"), "a without ring: another tail");
    assertThrows(IllegalArgumentException.class, () -> EndingTails.ofWords(List.of("skolan"), 5));
  }

  @Property(tries = 300, seed = "15")
  void aWordMayEndInATailExactlyWhenItsLastLettersAreOne(
      @ForAll @Size(min = 1, max = 40) List<@StringLength(min = 3, max = 6) @CharRange(from = 'a', to = 'e') String> words,
      @ForAll @StringLength(min = 0, max = 8) @CharRange(from = 'a', to = 'e') String word) {
    EndingTails tails = EndingTails.ofWords(words, 3);
    boolean expected = false;
    for (String w : words) {
      expected |= word.length() >= 3 && word.endsWith(w.substring(w.length() - 3));
    }
    assertEquals(expected, mayEnd(tails, word));
  }
}
