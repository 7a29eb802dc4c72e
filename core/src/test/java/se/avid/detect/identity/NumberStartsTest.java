package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.avid.text.ScanText;

class NumberStartsTest {

  private static int[] positions(String text) {
    NumberStarts starts = NumberStarts.of(ScanText.of(text));
    int[] out = new int[starts.count()];
    for (int k = 0; k < out.length; k++) {
      out[k] = starts.position(k);
    }
    return out;
  }

  @Test
  void givesTheFirstDigitOfEachNumberInTextOrder() {
    assertArrayEquals(new int[] {2, 5, 7, 10, 12, 15}, positions("ab12 3,45 1-2 x9"));
  }

  @Test
  void digitsJoinedByAZeroWidthCharAreOneNumber() {
    assertArrayEquals(new int[] {4, 12}, positions("pnr 85\u200B0412-1230"));
  }

  @Test
  void aTextWithoutDigitsHasNoNumber() {
    assertEquals(0, NumberStarts.of(ScanText.of("hej, jag heter Åsa")).count());
  }

  @Test
  void knowsWhichNumbersStartCleanly() {
    NumberStarts starts = NumberStarts.of(ScanText.of("pnr 850412-1230, ab12 och 1.5"));
    assertTrue(starts.startsCleanly(0));
    assertFalse(starts.startsCleanly(1)); // "-1230": glued to the number before
    assertFalse(starts.startsCleanly(2)); // "ab12": glued to a word
    assertTrue(starts.startsCleanly(3));
    assertFalse(starts.startsCleanly(4)); // "1.5": the tail of a decimal
  }

  @Test
  void isWorkedOutOncePerText() {
    ScanText text = ScanText.of("ring 070-123 45 67");
    assertSame(NumberStarts.of(text), NumberStarts.of(text));
  }

  @Test
  void agreesWithReadingEveryChar() {
    String[] texts = {
      "pnr 850412-1234 och 070-123 45 67", "12\u200B34 56", "０７０ ٨٥", "a1b2c3", "1", "", "x 9-8.7,6:5/4 +3"
    };
    for (String t : texts) {
      ScanText text = ScanText.of(t);
      NumberStarts starts = NumberStarts.of(text);
      int k = 0;
      for (int i = DigitRun.nextStart(text, 0); i >= 0; i = DigitRun.nextStart(text, i + 1), k++) {
        assertEquals(i, starts.position(k), t);
        assertEquals(DigitRun.startsCleanly(text, i), starts.startsCleanly(k), t + " at " + i);
      }
      assertEquals(k, starts.count(), t);
    }
  }
}
