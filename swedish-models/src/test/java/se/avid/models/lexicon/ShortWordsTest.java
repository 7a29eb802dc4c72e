package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShortWordsTest {

  private static final String ALPHABET = "abcåäöé-'";

  @Test
  void agreesWithItsTableOnEveryWordOfUpToThreeChars() {
    WordTable table = new WordTable(16);
    Random random = new Random(11);
    for (int i = 0; i < 400; i++) {
      char[] w = new char[1 + random.nextInt(5)];
      for (int k = 0; k < w.length; k++) {
        w[k] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      }
      table.add(w, 0, w.length, 1L << random.nextInt(64));
    }
    ShortWords shortWords = ShortWords.of(table);
    int found = 0;
    char[] buf = new char[5];
    int n = ALPHABET.length();
    for (int length = 1; length <= 3; length++) {
      for (int code = 0; code < Math.pow(n, length); code++) {
        int c = code;
        for (int k = 0; k < length; k++, c /= n) {
          buf[1 + k] = ALPHABET.charAt(c % n);
        }
        long expected = table.get(buf, 1, length);
        found += expected != 0 ? 1 : 0;
        assertEquals(expected, shortWords.get(buf, 1, length), new String(buf, 1, length));
      }
    }
    assertTrue(found > 100, "found " + found);
    assertEquals(0, shortWords.get(buf, 0, 0), "the empty word");
  }

  @Test
  void tellsWordsThatDifferInLengthOnlyByTrailingZeroCharsApart() {
    WordTable table = new WordTable(4);
    table.add(new char[] {'a'}, 0, 1, 1);
    table.add(new char[] {'a', 0}, 0, 2, 2);
    ShortWords shortWords = ShortWords.of(table);
    assertEquals(1, shortWords.get(new char[] {'a'}, 0, 1));
    assertEquals(2, shortWords.get(new char[] {'a', 0}, 0, 2));
    assertEquals(0, shortWords.get(new char[] {'a', 0, 0}, 0, 3));
  }
}
