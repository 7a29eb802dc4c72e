package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import se.avid.text.ScanText;

class TokensTest {

  @Test
  void splitsWordsNumbersAndPunctuationWithTheirOffsets() {
    Tokens t = Tokens.of(ScanText.of("Anna-Karin bor på Storgatan 12B."));
    assertEquals(7, t.size());
    assertEquals("Anna-Karin", t.original(0));
    assertEquals(0, t.start(0));
    assertEquals(10, t.end(0));
    assertEquals(Tokens.NUMBER, t.kind(4));
    assertEquals("12", t.original(4));
    assertEquals("B", t.original(5));
    assertTrue(t.isPunct(6, '.'));
  }

  @Test
  void tellsAWordInAnyCaseButNotAPrefixPunctuationOrAPositionPastTheEnd() {
    Tokens t = Tokens.of(ScanText.of("Bor PÅ Storgatan, 12"));
    assertTrue(t.is(0, "bor"));
    assertTrue(t.is(1, "på"));
    assertFalse(t.is(2, "storgata"));
    assertFalse(t.is(3, ","));
    assertFalse(t.is(4, "12"));
    assertFalse(t.is(-1, "bor"));
    assertFalse(t.is(5, "bor"));
  }

  @Test
  void tellsAWordByTheEndingOfItsCompoundInAnyCase() {
    Tokens t = Tokens.of(ScanText.of("Inkassobolaget och appen, BANKEN 12 bolag"));
    assertTrue(t.endsWithAny(0, "banken", "bolaget"));
    assertTrue(t.endsWithAny(2, "appen"));
    assertTrue(t.endsWithAny(4, "banken"));
    assertTrue(t.endsWithAny(6, "bolag"));
    assertFalse(t.endsWithAny(6, "bolaget")); // shorter than the ending
    assertFalse(t.endsWithAny(3, "appen")); // punctuation
    assertFalse(t.endsWithAny(5, "12")); // a number
    assertFalse(t.endsWithAny(7, "bolag")); // past the last token
  }

  @Test
  void tellsAWordByAProperFirstPartInAnyCase() {
    Tokens t = Tokens.of(ScanText.of("Grundskolan och grund, 12 lägerskolan"));
    assertTrue(t.hasPrefix(0, "gymnasie", "grund"));
    assertTrue(t.hasPrefix(5, "läger"));
    assertFalse(t.hasPrefix(2, "grund")); // the word itself, no first part
    assertFalse(t.hasPrefix(3, "grund")); // punctuation
    assertFalse(t.hasPrefix(4, "1")); // a number
    assertFalse(t.hasPrefix(6, "läger")); // past the last token
  }

  @Test
  void marksSentenceStartsCapitalsAndLineStarts() {
    Tokens t = Tokens.of(ScanText.of("Hej Anna. Det är BRIS\nmvh Per"));
    assertTrue(t.has(0, Tokens.SENTENCE_START));
    assertTrue(t.has(1, Tokens.CAPITALISED));
    assertFalse(t.has(1, Tokens.SENTENCE_START));
    assertTrue(t.has(3, Tokens.SENTENCE_START));
    assertTrue(t.has(5, Tokens.ALL_CAPS));
    assertTrue(t.has(6, Tokens.LINE_START));
    assertTrue(t.has(6, Tokens.SENTENCE_START));
  }

  @Test
  void lowercasesWordsInPlace() {
    Tokens t = Tokens.of(ScanText.of("ÅSA Öberg"));
    assertEquals("åsa", new String(t.lower(), 0, 3));
    assertEquals("öberg", new String(t.lower(), t.start(1), t.length(1)));
  }

  @Test
  void adjacentMeansOnlySpacesBetween() {
    Tokens t = Tokens.of(ScanText.of("Anna  Berg\nPer, Bo"));
    assertTrue(t.adjacent(0));
    assertFalse(t.adjacent(1));
    assertFalse(t.adjacent(2));
  }

  @Test
  void findsEveryTokenOfATextDenserThanProse() {
    String text = "!?".repeat(500) + " Anna";
    Tokens t = Tokens.of(ScanText.of(text));
    assertEquals(1001, t.size());
    assertTrue(t.isPunct(999, '?'));
    assertEquals("Anna", t.original(1000));
    assertTrue(t.has(1000, Tokens.CAPITALISED));
    assertTrue(t.has(1000, Tokens.SENTENCE_START));
  }

  @Test
  void nothingLiesPastTheLastToken() {
    Tokens t = Tokens.of(ScanText.of("Anna"));
    assertFalse(t.isWord(1));
    assertEquals(0, t.kind(1));
    assertFalse(t.has(1, Tokens.CAPITALISED));
  }

  @Test
  void theDetectorsOfOneCallShareTheTokensOfTheirText() {
    ScanText text = ScanText.of("Anna bor i Kiruna.");
    Tokens first = Tokens.of(text);
    assertSame(first, Tokens.of(text));
    assertNotSame(first, Tokens.of(ScanText.of("Anna bor i Kiruna.")), "another text, though equal");
  }

  @Test
  void aZeroWidthCharInsideAWordDoesNotSplitIt() {
    Tokens t = Tokens.of(ScanText.of("An\u00ADna Ber\u200Bg"));
    assertEquals(2, t.size());
    assertEquals("An\u00ADna", t.original(0));
    assertEquals("Ber\u200Bg", t.original(1));
    assertEquals('a', t.lower()[0]);
    assertEquals('n', t.lower()[3]);
  }

  @Test
  void lowercasesCapitalsOfAnyAlphabetAndKeepsInnerHyphensAndApostrophes() {
    Tokens t = Tokens.of(ScanText.of("ÉMILE O’BRIEN-ÅBERG"));
    assertEquals(2, t.size());
    assertEquals("émile", new String(t.lower(), 0, 5));
    assertEquals("o'brien-åberg", new String(t.lower(), t.start(1), t.length(1)));
    assertTrue(t.has(1, Tokens.ALL_CAPS));
  }

  /** The table of chars below 256 says what the JDK says: letter or not, its lowercase, its case. */
  @Test
  void everyLatin1LetterIsPartOfAWordLowercasedAsTheJdkDoes() {
    for (char c = 0x80; c < 0x100; c++) {
      ScanText text = ScanText.of("ab" + c + "cd");
      char normalized = text.charAt(2);
      Tokens t = Tokens.of(text);
      if (Character.isLetter(normalized)) {
        assertEquals(1, t.size(), () -> "one word with U+" + Integer.toHexString(normalized));
        assertEquals(Character.toLowerCase(normalized), t.lower()[2]);
      } else if ("-'\u2019\u200B".indexOf(normalized) < 0) { // inner hyphens, apostrophes and zero-width chars join
        assertTrue(t.size() >= 2, () -> "U+" + Integer.toHexString(normalized) + " splits the word");
      }
      ScanText alone = ScanText.of(c + "b");
      if (Character.isLetter(alone.charAt(0))) {
        assertEquals(Character.isUpperCase(alone.charAt(0)), Tokens.of(alone).has(0, Tokens.CAPITALISED));
      }
    }
  }

  /** Words of one to three letters from a few chars, spaces, a line break and punctuation between them. */
  @Property(tries = 300, seed = "15")
  void aTokenIsAWordExactlyWhenItsLowercaseTextIsThatWord(
      @ForAll @StringLength(min = 1, max = 30) @CharRange(from = 'a', to = 'c') @CharRange(from = 'A', to = 'B')
          @CharRange(from = ' ', to = ' ') @CharRange(from = ',', to = '.') @CharRange(from = '\n', to = '\n') String text,
      @ForAll @StringLength(min = 1, max = 3) @CharRange(from = 'a', to = 'c') @CharRange(from = ',', to = ',') String word) {
    Tokens t = Tokens.of(ScanText.of(text));
    for (int k = -1; k <= t.size(); k++) {
      boolean isWord = t.isWord(k);
      boolean expected = isWord && t.original(k).toLowerCase(Locale.ROOT).equals(word);
      assertEquals(expected, t.is(k, word));
      assertEquals(expected || isWord && t.original(k).toLowerCase(Locale.ROOT).equals("ab"), t.isAnyOf(k, word, "ab"));
      assertEquals(isWord && t.original(k).toLowerCase(Locale.ROOT).endsWith(word), t.endsWithAny(k, word));
      boolean punct = k >= 0 && k < t.size() && t.kind(k) == Tokens.PUNCT;
      assertEquals(punct && t.original(k).charAt(0) == ',', t.isPunct(k, ','));
      boolean spacesOnly = k >= 0 && k + 1 < t.size() && t.start(k + 1) > t.end(k)
          && text.substring(t.end(k), t.start(k + 1)).isBlank() && !text.substring(t.end(k), t.start(k + 1)).contains("\n");
      assertEquals(spacesOnly, t.adjacent(k));
    }
  }
}
