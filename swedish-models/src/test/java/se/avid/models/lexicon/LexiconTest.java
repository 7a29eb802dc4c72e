package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconTest {

  private static long get(Lexicon lexicon, String word) {
    char[] c = ("xx" + word + "yy").toCharArray();
    return lexicon.cursor().get(c, 2, word.length());
  }

  @Test
  void looksUpWordsFromAnyOffset() {
    Lexicon lexicon = Lexicon.builder().add("Kiruna", Category.MUNICIPALITY).add("anna", Category.FIRST_NAME).build();
    assertEquals(Category.MUNICIPALITY.bit(), get(lexicon, "kiruna"));
    assertEquals(Category.FIRST_NAME.bit(), get(lexicon, "anna"));
    assertEquals(0, get(lexicon, "ann"));
    assertEquals(0, get(lexicon, "annas"));
    assertEquals(2, lexicon.size());
  }

  @Test
  void mergesTheCategoriesOfAWordAddedTwice() {
    Lexicon lexicon = Lexicon.builder().add("mark", Category.MUNICIPALITY).add("mark", Category.FIRST_NAME).build();
    long flags = get(lexicon, "mark");
    assertTrue(Category.MUNICIPALITY.in(flags));
    assertTrue(Category.FIRST_NAME.in(flags));
    assertFalse(Category.SURNAME.in(flags));
  }

  @Test
  void findsTheLongestEndingInAReversedLexicon() {
    Lexicon endings = Lexicon.builder()
        .addReversed("gatan", Category.STREET_SUFFIX.bit())
        .addReversed("an", Category.SURNAME_SUFFIX.bit())
        .build();
    char[] word = "storgatan".toCharArray();
    long hit = endings.cursor().longestSuffix(word, 0, word.length);
    assertEquals(5, (int) (hit >>> 32));
    assertTrue(Category.STREET_SUFFIX.in(hit));
    char[] none = "storgata".toCharArray();
    assertEquals(0, endings.cursor().longestSuffix(none, 0, none.length));
  }

  @Test
  void findsTheLongestBeginningWithAGivenCategory() {
    Lexicon lexicon = Lexicon.builder()
        .add("göteborg", Category.MUNICIPALITY).add("göte", Category.FIRST_NAME).add("götebor", Category.COMMON_WORD)
        .build();
    char[] word = "göteborgstrakten".toCharArray();
    long hit = lexicon.cursor().longestPrefix(word, 0, word.length, Category.bits(Category.MUNICIPALITY, Category.FIRST_NAME));
    assertEquals(8, (int) (hit >>> 32));
    assertTrue(Category.MUNICIPALITY.in(hit));
    char[] whole = "göteborg".toCharArray();
    assertEquals(4, (int) (lexicon.cursor().longestPrefix(whole, 0, whole.length, Category.bits(Category.MUNICIPALITY,
        Category.FIRST_NAME)) >>> 32), "the whole word is no prefix of itself");
  }

  @Test
  void anEmptyLexiconFindsNothing() {
    Lexicon empty = Lexicon.builder().build();
    assertEquals(0, get(empty, "anna"));
  }
}
