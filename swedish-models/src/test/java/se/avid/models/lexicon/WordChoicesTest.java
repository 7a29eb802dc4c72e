package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import se.avid.text.ScanText;

/** The index of a constant word list: the same answers as a scan of the list, found once per list. */
class WordChoicesTest {

  private static final String[] NOUNS = {"bostadsområdet", "området", "stadsdelen", "förorten", "orten", "byn",
      "tätorten", "samhället", "ön", "sjön"};

  @Test
  void findsEveryWordOfTheListInAnyCase() {
    Tokens t = Tokens.of(ScanText.of("Byn, ORTEN och sjön: Ön vid området"));
    assertTrue(t.isAnyOf(0, NOUNS)); // Byn
    assertTrue(t.isAnyOf(2, NOUNS)); // ORTEN
    assertTrue(t.isAnyOf(4, NOUNS)); // sjön
    assertTrue(t.isAnyOf(6, NOUNS)); // Ön
    assertTrue(t.isAnyOf(8, NOUNS)); // området
  }

  @Test
  void aWordThatSharesLengthAndLettersWithAnEntryIsNoEntry() {
    Tokens t = Tokens.of(ScanText.of("bon orden och sjöar, tätorter"));
    for (int i = 0; i < t.size(); i++) {
      assertFalse(t.isAnyOf(i, NOUNS), "token " + i);
    }
  }

  @Test
  void punctuationAndNumbersAreNoWords() {
    Tokens t = Tokens.of(ScanText.of("ön , 12"));
    assertFalse(t.isAnyOf(1, NOUNS));
    assertFalse(t.isAnyOf(2, NOUNS));
    assertFalse(t.isAnyOf(-1, NOUNS));
    assertFalse(t.isAnyOf(3, NOUNS));
  }

  @Test
  void anArrayIsIndexedOnce() {
    WordChoices first = WordChoices.of(NOUNS);
    assertNotNull(first);
    assertSame(first, WordChoices.of(NOUNS));
  }

  @Property(tries = 200, seed = "15")
  void answersAsAScanOfTheList(@ForAll @Size(min = 6, max = 40) List<@AlphaChars @StringLength(min = 1, max = 6) String> words,
      @ForAll @AlphaChars @StringLength(min = 1, max = 6) String probe) {
    String[] list = words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
    String p = probe.toLowerCase(java.util.Locale.ROOT);
    char[] chars = ("x" + p + "y").toCharArray();
    boolean scanned = false;
    for (String w : list) {
      scanned |= w.equals(p);
    }
    assertEquals(scanned, Words.isAnyOf(chars, 1, p.length(), list));
    char[] first = list[0].toCharArray();
    assertTrue(Words.isAnyOf(first, 0, first.length, list));
  }
}
