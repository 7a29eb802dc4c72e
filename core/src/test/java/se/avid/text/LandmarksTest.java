package se.avid.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LandmarksTest {

  private static int[] digitRuns(String text) {
    Landmarks l = Landmarks.of(ScanText.of(text));
    int[] out = new int[l.digitRuns()];
    for (int k = 0; k < out.length; k++) {
      out[k] = l.digitRun(k);
    }
    return out;
  }

  private static int[] letterRuns(String text) {
    Landmarks l = Landmarks.of(ScanText.of(text));
    int[] out = new int[l.letterRuns()];
    for (int k = 0; k < out.length; k++) {
      out[k] = l.letterRun(k);
    }
    return out;
  }

  private static int[] marks(String text) {
    Landmarks l = Landmarks.of(ScanText.of(text));
    int[] out = new int[l.marks()];
    for (int k = 0; k < out.length; k++) {
      out[k] = l.mark(k);
    }
    return out;
  }

  @Test
  void findsTheFirstDigitOfEveryRunOfDigits() {
    assertArrayEquals(new int[] {5, 9}, digitRuns("ring 070-123, anna@x.se"));
  }

  @Test
  void digitsWrittenInOtherScriptsAreDigitsAfterNormalisation() {
    assertArrayEquals(new int[] {5, 9}, digitRuns("ring ０７０ ٨٥"));
  }

  @Test
  void aZeroWidthCharEndsARunOfDigits() {
    assertArrayEquals(new int[] {0, 3}, digitRuns("85\u200B04"));
  }

  @Test
  void aTextWithoutDigitsHasNoDigitRuns() {
    assertArrayEquals(new int[] {}, digitRuns("hej, jag heter Åsa och bor i Umeå."));
  }

  @Test
  void findsTheFirstLetterOfEveryWord() {
    assertArrayEquals(new int[] {0, 14, 19, 21}, letterRuns("ring 070-123, anna@x.se"));
  }

  @Test
  void swedishAndOtherLettersAreLetters() {
    assertArrayEquals(new int[] {0, 4, 8}, letterRuns("Åsa och Şükrü"));
  }

  @Test
  void digitsAndZeroWidthCharsSplitWords() {
    assertArrayEquals(new int[] {0, 6, 10}, letterRuns("abc123def\u200Bghi"));
  }

  @Test
  void aTextWithoutLettersHasNoLetterRuns() {
    assertArrayEquals(new int[] {}, letterRuns("070-123 45 67, 12:30!"));
  }

  @Test
  void recordsEveryMarkEvenSeveralInARow() {
    assertArrayEquals(new int[] {18, 20}, marks("ring 070-123, anna@x.se"));
    assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7}, marks("x@.:+([{"));
  }

  @Test
  void fullwidthMarksAreMarksAfterNormalisation() {
    assertArrayEquals(new int[] {4}, marks("anna＠gmail"));
  }

  @Test
  void otherPunctuationIsNoMark() {
    assertArrayEquals(new int[] {}, marks("a-b/c, d; e! f? g) h] i} 'j' \"k\" § 50 %"));
  }

  @Test
  void aLongTextDenseWithLandmarksKeepsEveryOne() {
    String text = "a1.".repeat(5000);
    Landmarks l = Landmarks.of(ScanText.of(text));
    assertEquals(5000, l.digitRuns());
    assertEquals(5000, l.letterRuns());
    assertEquals(5000, l.marks());
    assertEquals(3 * 4999 + 1, l.digitRun(4999));
    assertEquals(3 * 4999, l.letterRun(4999));
    assertEquals(3 * 4999 + 2, l.mark(4999));
  }

  @Test
  void isComputedOncePerText() {
    ScanText text = ScanText.of("ring 070-123 45 67");
    assertSame(Landmarks.of(text), Landmarks.of(text));
  }

  @Test
  void anIndexPastTheLastLandmarkIsRejected() {
    Landmarks l = Landmarks.of(ScanText.of("ring 070"));
    assertThrows(IndexOutOfBoundsException.class, () -> l.digitRun(1));
    assertThrows(IndexOutOfBoundsException.class, () -> l.letterRun(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> l.mark(0));
  }
}
