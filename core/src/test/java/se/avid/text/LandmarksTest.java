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

  private static int[] cueWords(String text) {
    Landmarks l = Landmarks.of(ScanText.of(text));
    int[] out = new int[l.cueWords()];
    for (int k = 0; k < out.length; k++) {
      out[k] = l.cueWord(k);
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
  void findsTheWordsThatBeginWithACueInitial() {
    assertArrayEquals(new int[] {14, 21}, cueWords("ring 070-123, anna@x.se"));
    assertArrayEquals(new int[] {0, 5, 12, 14}, cueWords("Född snabel-a f. 1985"));
  }

  @Test
  void findsTheStartOfEveryWord() {
    assertArrayEquals(new int[] {0, 14, 19, 21}, words("ring 070-123, anna@x.se"));
    assertArrayEquals(new int[] {0, 5, 12, 14}, words("Född snabel-a f. 1985"));
    assertArrayEquals(new int[] {1, 6, 9}, words("3snap\u200Bär ögat"));
  }

  private static int[] words(String text) {
    Landmarks l = Landmarks.of(ScanText.of(text));
    int[] out = new int[l.words()];
    for (int k = 0; k < out.length; k++) {
      out[k] = l.word(k);
    }
    return out;
  }

  @Test
  void otherWordsAreNotRecorded() {
    assertArrayEquals(new int[] {}, cueWords("hej, jag heter Åsa och bor i Umeå"));
  }

  @Test
  void aCueInitialInsideAWordStartsNoWord() {
    assertArrayEquals(new int[] {}, cueWords("hus, öfa, Åsa, ärftlig, éfs"));
  }

  @Test
  void digitsAndZeroWidthCharsEndAWord() {
    assertArrayEquals(new int[] {4, 11}, cueWords("hej1sa hej\u200Bfa"));
  }

  @Test
  void recordsEveryMarkEvenSeveralInARow() {
    assertArrayEquals(new int[] {18, 20}, marks("ring 070-123, anna@x.se"));
    assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7}, marks("x@.:+([{"));
  }

  @Test
  void anUnderscoreIsAMarkBetweenWords() {
    assertArrayEquals(new int[] {3, 16}, marks("leo_lund10 och x_y"));
    assertArrayEquals(new int[] {0, 4, 11, 15, 17}, words("leo_lund10 och x_y"));
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
    assertEquals(5000, l.cueWords());
    assertEquals(5000, l.marks());
    assertEquals(3 * 4999 + 1, l.digitRun(4999));
    assertEquals(3 * 4999, l.cueWord(4999));
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
    assertThrows(IndexOutOfBoundsException.class, () -> l.cueWord(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> l.mark(0));
  }
}
