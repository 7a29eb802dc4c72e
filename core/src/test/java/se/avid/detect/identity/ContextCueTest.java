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

  @Test
  void tellsTheFirstListedCueWhenSeveralShareAKeyChar() {
    ContextCue cues = ContextCue.of(40, "kontonr", "kontonum*", "*konto", "kto", "ärende*", "*nr");
    assertEquals(0, cues.find(ScanText.of("kontonr 1"), 8));
    assertEquals(1, cues.find(ScanText.of("Kontonumret 1"), 12));
    assertEquals(2, cues.find(ScanText.of("lönekonto 1"), 10));
    assertEquals(4, cues.find(ScanText.of("Ärendet 1"), 8));
    assertEquals(5, cues.find(ScanText.of("ordernr 1"), 8));
    assertEquals(-1, cues.find(ScanText.of("kontor 1"), 7));
  }

  @Test
  void acceptsAtMostSixtyFourEntries() {
    String[] entries = new String[64];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = "cue" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
    }
    ContextCue cues = ContextCue.of(40, entries);
    assertEquals(63, cues.find(ScanText.of("cuelc 1"), 6));
    String[] tooMany = java.util.Arrays.copyOf(entries, 65);
    tooMany[64] = "extra";
    assertThrows(IllegalArgumentException.class, () -> ContextCue.of(40, tooMany));
  }

  @Test
  void findsACueShortlyAfterANumber() {
    ContextCue banks = ContextCue.of(40, "seb", "ica banken", "*banken");
    assertEquals(0, banks.findAfter(ScanText.of("1 (SEB)"), 1));
    assertEquals(0, banks.findAfter(ScanText.of("1 hos seb"), 1));
    assertEquals(1, banks.findAfter(ScanText.of("1 i ICA Banken"), 1));
    assertEquals(2, banks.findAfter(ScanText.of("1 (Handelsbanken)"), 1));
  }

  @Test
  void theLookAheadStopsAtTheEndOfTheSentence() {
    ContextCue banks = ContextCue.of(40, "seb");
    assertEquals(-1, banks.findAfter(ScanText.of("1. SEB"), 1));
    assertEquals(-1, banks.findAfter(ScanText.of("1\nSEB"), 1));
    assertEquals(-1, banks.findAfter(ScanText.of("1 och sedan ringde jag SEB"), 1));
    assertEquals(-1, banks.findAfter(ScanText.of("1 sebastian"), 1));
  }
}
