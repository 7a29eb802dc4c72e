package se.avid.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
      for (int i = NumberEdges.nextStart(text, 0); i >= 0; i = NumberEdges.nextStart(text, i + 1), k++) {
        assertEquals(i, starts.position(k), t);
        assertEquals(NumberEdges.startsCleanly(text, i), starts.startsCleanly(k), t + " at " + i);
      }
      assertEquals(k, starts.count(), t);
    }
  }

  @Test
  void aRunLoadedFromTheSharedReadEqualsARunReadAnew() {
    String[] texts = {
      "pnr 850412-1234 och 070-123 45 67", "SE45 5000 0000 0583 9825 7466 2023", "4111 1111 1111 1111 1",
      "1234567890123456789012345678 9", "12 34 56-6 och 8327-9, 914 123 456-7", "85\u200B04\u200B12-1230",
      "8504\r\n121230 + 5"
    };
    for (String t : texts) {
      ScanText text = ScanText.of(t);
      NumberStarts starts = NumberStarts.of(text);
      for (int k = 0; k < starts.count(); k++) {
        for (int limit : new int[] {4, 10, 13, 17, 20, 23, 24, 30}) {
          DigitRun loaded = new DigitRun(text).load(starts, k, limit);
          DigitRun read = new DigitRun(text).read(starts.position(k), limit);
          String where = t + " number " + k + " limit " + limit;
          assertEquals(read.count(), loaded.count(), where);
          for (int d = 0; d < read.count(); d++) {
            assertEquals(read.digit(d), loaded.digit(d), where);
            assertEquals(read.position(d), loaded.position(d), where);
          }
          for (int d = 0; d <= read.count(); d++) {
            assertEquals(read.separatorBefore(d), loaded.separatorBefore(d), where);
          }
        }
      }
    }
  }

  @Test
  void aRunLoadedAndThenReadUsesItsOwnBuffers() {
    ScanText text = ScanText.of("070-123 45 67 och 850412-1234");
    NumberStarts starts = NumberStarts.of(text);
    DigitRun run = new DigitRun(text).load(starts, 0, 13);
    run.read(18, 13);
    assertEquals(8504121234L, run.value(0, 10));
    assertEquals(701234567L, new DigitRun(text).load(starts, 0, 13).value(0, 10));
  }
}
