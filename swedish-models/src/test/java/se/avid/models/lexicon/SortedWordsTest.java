package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SortedWordsTest {

  @Test
  void sortsTheWordsInCharOrderAndMergesTheBitsOfARepeatedWord() {
    SortedWords words = new SortedWords(2);
    words.add("umeå", 1);
    words.add("anna", 2);
    words.add("ånge", 4);
    words.add("anna", 8);
    words.add("anna karin", 16);

    assertArrayEquals(new char[][] {"anna".toCharArray(), "anna karin".toCharArray(), "umeå".toCharArray(),
        "ånge".toCharArray()}, words.words());
    assertArrayEquals(new long[] {2 | 8, 16, 1, 4}, words.bits());
  }

  @Test
  void noWordCanBeAddedOnceSorted() {
    SortedWords words = new SortedWords(2);
    words.add("anna", 1);
    words.words();
    assertThrows(IllegalStateException.class, () -> words.add("björn", 1));
  }

  /** The same words and bits as a map that merges bits, in the order of a sorted map of Strings. */
  @Property(tries = 200, seed = "15")
  void givesWhatASortedMapOfMergedBitsGives(
      @ForAll @Size(max = 60) List<@StringLength(min = 1, max = 6) @AlphaChars @Chars({'å', 'ä', 'ö', ' ', '-'}) String> added) {
    SortedWords words = new SortedWords(4);
    Map<String, Long> expected = new TreeMap<>();
    for (int i = 0; i < added.size(); i++) {
      long bit = 1L << (i % 64);
      words.add(added.get(i), bit);
      expected.merge(added.get(i), bit, (a, b) -> a | b);
    }
    assertEquals(new ArrayList<>(expected.keySet()), strings(words));
    long[] bits = expected.values().stream().mapToLong(Long::longValue).toArray();
    assertArrayEquals(bits, words.bits());
  }

  @Test
  void aMapGivesItsEntriesSorted() {
    SortedWords words = SortedWords.of(new HashMap<>(Map.of("sten", 1L, "mark", 2L, "dag", 4L)));
    assertEquals(List.of("dag", "mark", "sten"), strings(words));
    assertArrayEquals(new long[] {4, 2, 1}, words.bits());
  }

  private static List<String> strings(SortedWords words) {
    List<String> out = new ArrayList<>();
    for (char[] w : words.words()) {
      out.add(new String(w));
    }
    return out;
  }
}
