package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The letters of a word read like a first name or like a Swedish word ({@link NameLetters}). */
class NameLettersTest {

  private static boolean nameLike(String word) {
    char[] c = word.toCharArray();
    return NameLetters.nameLike(c, 0, c.length);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mahboubeh", "jawahir", "yamina", "nadezhda", "sadija", "azize", "meeri", "sobhan"})
  void firstNamesOfManyCommunitiesReadAsNames(String name) {
    assertTrue(nameLike(name), name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"jobbigt", "snälla", "kanske", "kompis", "ocksa", "liksom", "tjej", "socialtjänsten"})
  void swedishWordsAndTheirTyposReadAsWords(String word) {
    assertFalse(nameLike(word), word);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"nẵng", "tuấn", "müller", "ørsted", "ñuñoa", "anna"})
  void aVowelWithADiacriticIsAVowel(String word) {
    char[] c = word.toCharArray();
    assertTrue(NameLetters.hasVowel(c, 0, c.length), word);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"pls", "đ", "ňť", "btw"})
  void consonantsAloneHaveNoVowel(String word) {
    char[] c = word.toCharArray();
    assertFalse(NameLetters.hasVowel(c, 0, c.length), word);
  }
}
