package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.avid.text.ScanText;

class ContextCueTest {

  private static final ContextCue CUES = ContextCue.of(40, "pnr", "person nr", "personnum*", "*konto");

  private static boolean cued(String textWithNumberAtEnd) {
    ScanText text = ScanText.of(textWithNumberAtEnd + "1");
    return CUES.precedes(text, text.length() - 1);
  }

  @Test
  void matchesWholeWordsIgnoringCase() {
    assertTrue(cued("PNR "));
    assertTrue(cued("pnr: "));
    assertFalse(cued("xpnr "));
    assertFalse(cued("pnrx "));
  }

  @Test
  void matchesPrefixSuffixAndTwoWordCues() {
    assertTrue(cued("personnumret är "));
    assertTrue(cued("lönekonto hos nordea, "));
    assertTrue(cued("Person nr "));
    assertTrue(cued("person-nr "));
    assertFalse(cued("person "));
    assertFalse(cued("kontoret "));
  }

  @Test
  void allowsAFewWordsInBetweenWithinTheWindow() {
    assertTrue(cued("pnr är nog detta "));
    assertFalse(cued("pnr är nog inte detta "));
    assertFalse(cued("pnr" + " ".repeat(40)));
  }

  @Test
  void tellsWhichCueMatched() {
    ScanText text = ScanText.of("bankkonto 1");
    assertEquals(3, CUES.find(text, 10));
  }

  @Test
  void aVeryLongWordEndsTheLookBack() {
    assertFalse(cued("pnr " + "a".repeat(45) + " "));
    assertTrue(cued("a".repeat(100) + "konto "));
  }

  @Test
  void rejectsMalformedEntries() {
    assertThrows(IllegalArgumentException.class, () -> ContextCue.of(10, "a b c"));
    assertThrows(IllegalArgumentException.class, () -> ContextCue.of(10, "*person nr"));
  }
}
