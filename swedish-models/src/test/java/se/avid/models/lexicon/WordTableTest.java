package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WordTableTest {

  private static long get(WordTable table, String word) {
    char[] c = ("  " + word + "  ").toCharArray(); // looked up inside a longer array
    return table.get(c, 2, word.length());
  }

  private static void add(WordTable table, String word, long flags) {
    char[] c = word.toCharArray();
    table.add(c, 0, c.length, flags);
  }

  @Test
  void findsEachWordWithItsFlags() {
    WordTable table = new WordTable(4);
    add(table, "björn", 1);
    add(table, "anna", 2);
    add(table, "björn", 4);
    assertEquals(5, get(table, "björn"), "the flags of both adds");
    assertEquals(2, get(table, "anna"));
    add(table, "anna", 1L << 63 | 1L << 40);
    assertEquals(1L << 63 | 1L << 40 | 2, get(table, "anna"), "all 64 bits");
    assertEquals(2, table.size());
  }

  @Test
  void addingTellsTheBitsTheWordHadBefore() {
    WordTable table = new WordTable(4);
    char[] björn = "björn".toCharArray();
    assertEquals(0, table.add(björn, 0, björn.length, 1), "a new word");
    assertEquals(1, table.add(björn, 0, björn.length, 4));
    assertEquals(5, table.add(björn, 0, björn.length, 4), "a bit it had already");
  }

  @Test
  void countsTheWordsShortEnoughForShortWords() {
    WordTable table = new WordTable(4);
    add(table, "och", 1);
    add(table, "på", 1);
    add(table, "på", 2);
    add(table, "björn", 1);
    assertEquals(2, table.shortSize(), "each word once, up to " + ShortWords.MAX_LENGTH + " chars");
  }

  @Test
  void findsNoPrefixExtensionOrOtherWord() {
    WordTable table = new WordTable(4);
    add(table, "björn", 1);
    assertEquals(0, get(table, "björ"));
    assertEquals(0, get(table, "björnen"));
    assertEquals(0, get(table, "Björn"), "case matters: words are added and looked up lowercase");
    assertEquals(0, get(table, ""));
  }

  @Test
  void growsPastTheExpectedSize() {
    WordTable table = new WordTable(2);
    for (int i = 0; i < 10_000; i++) {
      add(table, "ord" + i, 1 + i % 3);
    }
    table.trim();
    assertEquals(10_000, table.size());
    for (int i = 0; i < 10_000; i++) {
      assertEquals(1 + i % 3, get(table, "ord" + i), "ord" + i);
    }
    assertEquals(0, get(table, "ord10000"));
  }

  @Test
  void rejectsAWordWithoutBits() {
    WordTable table = new WordTable(2);
    assertThrows(IllegalArgumentException.class, () -> add(table, "ord", 0));
  }

  @Test
  void visitsEveryWordWithItsBits() {
    WordTable table = new WordTable(4);
    add(table, "björn", 1);
    add(table, "dag", 2);
    add(table, "björn", 4);
    java.util.Map<String, Long> seen = new java.util.HashMap<>();
    table.forEach((chars, offset, length, bits) -> seen.put(new String(chars, offset, length), bits));
    assertEquals(java.util.Map.of("björn", 5L, "dag", 2L), seen);
  }
}
