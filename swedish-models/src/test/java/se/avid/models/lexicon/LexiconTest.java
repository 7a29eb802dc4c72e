package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
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
  void addsCategoriesToAWordOnceTheTrieIsPlaced() {
    Lexicon lexicon = Lexicon.of(Map.of("björn", Category.FIRST_NAME.bit(), "björnen", Category.SURNAME.bit()));
    lexicon.addCategories("björn".toCharArray(), 5, Category.COMMON_WORD.bit());
    assertEquals(Category.FIRST_NAME.bit() | Category.COMMON_WORD.bit(), get(lexicon, "björn"));
    assertEquals(Category.SURNAME.bit(), get(lexicon, "björnen"));
  }

  @Test
  void refusesToAddCategoriesToAWordItLacks() {
    Lexicon lexicon = Lexicon.of(Map.of("björnen", Category.SURNAME.bit()));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> lexicon.addCategories("björn".toCharArray(), 5, Category.COMMON_WORD.bit()));
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

  @Test
  void aWordIsFoundButNotTheBeginningsItShares() {
    Lexicon lexicon = Lexicon.builder().add("annika", Category.FIRST_NAME).add("ann", Category.FIRST_NAME).build();
    assertEquals(Category.FIRST_NAME.bit(), get(lexicon, "ann"));
    assertEquals(0, get(lexicon, "anni"), "only the beginning of a word");
    assertEquals(0, get(lexicon, "a"));
    assertEquals(Category.FIRST_NAME.bit(), get(lexicon, "annika"));
    assertEquals(0, get(lexicon, "annikas"));
  }

  @Test
  void aWholeWordCountsAsItsOwnEnding() {
    Lexicon endings = Lexicon.builder().addReversed("väg", Category.STREET_SUFFIX.bit()).build();
    char[] word = "väg".toCharArray();
    long hit = endings.cursor().longestSuffix(word, 0, word.length);
    assertEquals(3, (int) (hit >>> 32));
    assertTrue(Category.STREET_SUFFIX.in(hit));
  }

  /** Seeded random words over a small alphabet, so that many share beginnings and hashes collide. */
  @Test
  void agreesWithAPlainMapOnThousandsOfRandomWords() {
    Random random = new Random(42);
    Map<String, Long> expected = new HashMap<>();
    Lexicon.Builder builder = Lexicon.builder();
    Lexicon.Builder reversed = Lexicon.builder();
    for (int i = 0; i < 5000; i++) {
      String w = randomWord(random);
      long flags = 1L << random.nextInt(Category.values().length);
      expected.merge(w, flags, (a, b) -> a | b);
      builder.add(w, flags);
      reversed.addReversed(w, flags);
    }
    Lexicon lexicon = builder.build();
    Lexicon endings = reversed.build();
    assertEquals(expected.size(), lexicon.size());
    for (int i = 0; i < 20_000; i++) {
      String w = randomWord(random);
      assertEquals(expected.getOrDefault(w, 0L), get(lexicon, w), w);
      assertEquals(longestEnding(expected, w), endings.cursor().longestSuffix(w.toCharArray(), 0, w.length()), w);
      long mask = Category.FIRST_NAME.bit() | Category.TOWN.bit();
      assertEquals(longestBeginning(expected, w, mask),
          lexicon.cursor().longestPrefix(w.toCharArray(), 0, w.length(), mask), w);
    }
  }

  /** Few endings over a large alphabet: most words end in a pair no ending begins with, and are passed over at once. */
  @Test
  void agreesWithAPlainMapOnSparseEndings() {
    Random random = new Random(7);
    String alphabet = "abcdefghijklmnopqrstuvwxyzåäö";
    Map<String, Long> expected = new HashMap<>();
    Lexicon.Builder reversed = Lexicon.builder();
    for (int i = 0; i < 60; i++) {
      String w = randomWord(random, alphabet, 1 + random.nextInt(i % 10 == 0 ? 1 : 6));
      long flags = 1L << random.nextInt(Category.values().length);
      expected.merge(w, flags, (a, b) -> a | b);
      reversed.addReversed(w, flags);
    }
    Lexicon endings = reversed.build();
    int found = 0;
    for (int i = 0; i < 50_000; i++) {
      String w = randomWord(random, alphabet, 1 + random.nextInt(8));
      long hit = longestEnding(expected, w);
      found += hit != 0 ? 1 : 0;
      assertEquals(hit, endings.cursor().longestSuffix(w.toCharArray(), 0, w.length()), w);
    }
    assertTrue(found > 1000, "some words end in a listed ending: " + found);
  }

  private static String randomWord(Random random, String alphabet, int length) {
    char[] c = new char[length];
    for (int i = 0; i < length; i++) {
      c[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(c);
  }

  private static String randomWord(Random random) {
    String alphabet = "abcdeåö";
    char[] c = new char[1 + random.nextInt(8)];
    for (int i = 0; i < c.length; i++) {
      c[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(c);
  }

  private static long longestEnding(Map<String, Long> words, String w) {
    for (int len = w.length(); len >= 1; len--) {
      Long f = words.get(w.substring(w.length() - len));
      if (f != null) {
        return ((long) len << 32) | f;
      }
    }
    return 0;
  }

  private static long longestBeginning(Map<String, Long> words, String w, long mask) {
    for (int len = w.length() - 1; len >= 1; len--) {
      Long f = words.get(w.substring(0, len));
      if (f != null && (f & mask) != 0) {
        return ((long) len << 32) | f;
      }
    }
    return 0;
  }
}
