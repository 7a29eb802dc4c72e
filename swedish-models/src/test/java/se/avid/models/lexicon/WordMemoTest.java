package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** An answer kept in a word's record: unknown until kept, then the same at every request. */
class WordMemoTest {

  private static final SwedishLexicon LEXICON = SwedishLexicon.get();
  /** Claims of this test: a few bits of the records, as a rule's claim would take. */
  private static final WordMemo FOUR = WordMemo.claim(4);
  private static final WordMemo TWO = WordMemo.claim(2);

  /** A record of a word no other test looks up, so that no other claim has kept anything in it. */
  private static Lexeme record(String word) {
    char[] c = word.toCharArray();
    return LEXICON.lexeme(c, 0, c.length);
  }

  @Test
  void anAnswerIsUnknownUntilKept() {
    Lexeme x = record("zqmemoett");
    assertEquals(-1, FOUR.get(x));
    assertEquals(2, FOUR.keep(x, 2));
    assertEquals(2, FOUR.get(x));
  }

  @Test
  void theRecordOfTheSameWordKeepsTheAnswer() {
    FOUR.keep(record("zqmemotva"), 3);
    assertEquals(3, FOUR.get(record("zqmemotva")));
  }

  @Property(tries = 50, seed = "15")
  void claimsKeepTheirAnswersApart(@ForAll @IntRange(min = 0, max = 3) int four, @ForAll @IntRange(min = 0, max = 1) int two) {
    Lexeme x = record("zqmemotre");
    FOUR.keep(x, four);
    TWO.keep(x, two);
    assertEquals(four, FOUR.get(x));
    assertEquals(two, TWO.get(x));
    FOUR.keep(x, 3 - four);
    assertEquals(3 - four, FOUR.get(x));
    assertEquals(two, TWO.get(x));
  }

  @Test
  void aTestAskedWithOtherArgumentsHasItsOwnField() {
    WordMemo places = WordMemo.of("WordMemoTest.test", 1, 2, 2);
    WordMemo names = WordMemo.of("WordMemoTest.test", 3, 0, 2);
    assertSame(places, WordMemo.of("WordMemoTest.test", 1, 2, 2));
    Lexeme x = record("zqmemofem");
    assertTrue(places.keep(x, true));
    assertFalse(names.keep(x, false));
    assertEquals(1, places.get(x));
    assertEquals(0, names.get(x));
  }

  @Test
  void anAnswerOutsideTheClaimIsRefused() {
    Lexeme x = record("zqmemofyra");
    assertThrows(IllegalArgumentException.class, () -> TWO.keep(x, 2));
    assertThrows(IllegalArgumentException.class, () -> FOUR.keep(x, -1));
    assertThrows(IllegalArgumentException.class, () -> WordMemo.claim(0));
  }
}
