package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.avid.text.ScanText;

class NumberStartsTest {

  @Test
  void givesTheFirstDigitOfEachNumberInTextOrder() {
    NumberStarts starts = new NumberStarts(ScanText.of("ab12 3,45 1-2 x9"));
    assertEquals(2, starts.next(0));
    assertEquals(5, starts.next(3));
    assertEquals(7, starts.next(6));
    assertEquals(10, starts.next(8));
    assertEquals(12, starts.next(11));
    assertEquals(15, starts.next(13));
    assertEquals(-1, starts.next(16));
  }

  @Test
  void digitsJoinedByAZeroWidthCharAreOneNumber() {
    NumberStarts starts = new NumberStarts(ScanText.of("pnr 85\u200B0412-1230"));
    assertEquals(4, starts.next(0));
    assertEquals(12, starts.next(5));
  }

  @Test
  void aStartInsideANumberIsNoStart() {
    NumberStarts starts = new NumberStarts(ScanText.of("8504121230 och 070"));
    assertEquals(15, starts.next(1));
  }

  @Test
  void aTextWithoutDigitsHasNoStart() {
    assertEquals(-1, new NumberStarts(ScanText.of("hej, jag heter Åsa")).next(0));
  }

  @Test
  void agreesWithReadingEveryChar() {
    String[] texts = {
      "pnr 850412-1234 och 070-123 45 67", "12\u200B34 56", "０７０ ٨٥", "a1b2c3", "1", "", "x 9-8.7,6:5/4 +3"
    };
    for (String t : texts) {
      ScanText text = ScanText.of(t);
      NumberStarts starts = new NumberStarts(text);
      for (int from = 0; from <= t.length(); from++) {
        assertEquals(DigitRun.nextStart(text, from), starts.next(from), t + " from " + from);
      }
    }
  }
}
