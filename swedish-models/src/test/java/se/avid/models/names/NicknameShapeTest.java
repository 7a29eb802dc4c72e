package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A nickname's shape: a vowel, a doubled consonant, a nickname ending; not a past tense in -dde or -tte. */
class NicknameShapeTest {

  private static boolean shaped(String word) {
    return NicknameShape.of(word.toCharArray(), 0, word.length());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "kattis, true", "lollo, true", "talle, true", "tessan, true", "samme, true", "abbe, true",
    "smidde, false", "utsatte, false", "bil, false", "kalender, false", "anna, false",
  })
  void aDoubledConsonantAfterAVowelAndANicknameEnding(String word, boolean expected) {
    assertEquals(expected, shaped(word));
  }
}
