package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Helpers on words as char ranges. */
class WordsTest {

  private static final String[] PLACE_NOUNS = {"område", "kust", "hav", "ö"};

  @Test
  void aWordThatBeginsWithOneOfTheNounsStartsWithIt() {
    char[] text = "i balkanområdet".toCharArray();
    assertTrue(Words.startsWithAny(text, 8, 7, PLACE_NOUNS)); // "området"
    assertTrue(Words.startsWithAny(text, 8, 6, PLACE_NOUNS)); // "område" exactly
  }

  @Test
  void aWordShorterThanTheNounOrBeginningOtherwiseDoesNot() {
    char[] text = "i balkanområdet".toCharArray();
    assertFalse(Words.startsWithAny(text, 8, 5, PLACE_NOUNS)); // "områd": cut short
    assertFalse(Words.startsWithAny(text, 2, 6, PLACE_NOUNS)); // "balkan"
    assertFalse(Words.startsWithAny(text, 2, 0, PLACE_NOUNS));
  }

  @Property(tries = 300, seed = "15")
  void startsWithAnyIsStringStartsWithOfTheRange(
      @ForAll @CharRange(from = 'a', to = 'f') @StringLength(min = 0, max = 8) String word,
      @ForAll @CharRange(from = 'a', to = 'f') @StringLength(min = 1, max = 3) String a,
      @ForAll @CharRange(from = 'a', to = 'f') @StringLength(min = 1, max = 3) String b) {
    char[] text = ("xy" + word + "z").toCharArray();
    boolean expected = Arrays.stream(new String[] {a, b}).anyMatch(word::startsWith);
    assertEquals(expected, Words.startsWithAny(text, 2, word.length(), new String[] {a, b}));
  }

  @Test
  void aCompassPointIsOneOfTheWordsButALongerOrShorterRangeIsNot() {
    char[] text = "söderkliniken".toCharArray();
    String[] points = {"norr", "söder"};
    assertTrue(Words.isAnyOf(text, 0, 5, points)); // "söder"
    assertFalse(Words.isAnyOf(text, 0, 4, points)); // "söde"
    assertFalse(Words.isAnyOf(text, 0, 6, points)); // "söderk"
  }

  @Property(tries = 300, seed = "16")
  void isAnyOfIsStringEqualsOfTheRange(
      @ForAll @CharRange(from = 'a', to = 'c') @StringLength(min = 0, max = 3) String word,
      @ForAll @CharRange(from = 'a', to = 'c') @StringLength(min = 1, max = 3) String a,
      @ForAll @CharRange(from = 'a', to = 'c') @StringLength(min = 1, max = 3) String b) {
    char[] text = ("xy" + word + "z").toCharArray();
    boolean expected = word.equals(a) || word.equals(b);
    assertEquals(expected, Words.isAnyOf(text, 2, word.length(), new String[] {a, b}));
  }

  @Test
  void aPlaceNameIsLettersOnly() {
    char[] text = "i köpinge, ab-byn och x2by".toCharArray();
    assertTrue(Words.isLetters(text, 2, 7)); // "köpinge"
    assertFalse(Words.isLetters(text, 2, 8)); // "köpinge,"
    assertFalse(Words.isLetters(text, 11, 6)); // "ab-byn"
    assertFalse(Words.isLetters(text, 22, 4)); // "x2by"
  }
}
