package se.avid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private static String norm(String s) {
    return new String(TextNormalizer.normalize(s));
  }

  @Test
  void keepsTheLengthOfTheInput() {
    String s = "ring ０７０\u2013１２３ ４５ ６７ 😀 \u200B!";
    assertEquals(s.length(), TextNormalizer.normalize(s).length);
  }

  @Test
  void foldsFullwidthAndOtherUnicodeDigitsToAscii() {
    assertEquals("0701234567", norm("０７０１２３４５６７"));
    assertEquals("850412", norm("٨٥٠٤١٢"));
  }

  @Test
  void foldsMathematicalDigitsWrittenAsSurrogatePairs() {
    String bold = "\uD835\uDFD6\uD835\uDFCE"; // 𝟖𝟎
    assertEquals("8" + TextNormalizer.IGNORABLE + "0" + TextNormalizer.IGNORABLE, norm(bold));
  }

  @Test
  void foldsSuperscriptSubscriptAndCircledDigits() {
    assertEquals("850412", norm("⁸⁵⁰⁴¹²"));
    assertEquals("850412", norm("₈₅₀₄₁₂"));
    assertEquals("1234", norm("①②③④"));
    assertEquals("1234", norm("➀❷➌4"));
  }

  @Test
  void foldsLettersTypedForDigitsInsideADigitRun() {
    assertEquals("850412-1234", norm("85O412-l234"));
    assertEquals("1002", norm("1oo2"));
    assertEquals("850412", norm("85O4l2"));
    assertEquals("850412", norm("85O4I2"));
  }

  @Test
  void foldsLettersTypedForDigitsAfterThePlusOfAPersonnummer() {
    assertEquals("070421+1286", norm("07O42l+I286"));
    assertEquals("5+1 och 3+l", norm("5+1 och 3+l"));
  }

  @Test
  void foldsOneOrTwoLookAlikesAtTheRightEdgeOfANumberOfFourDigitsOrMore() {
    assertEquals("ring 070-123 45 61 nu, 073-123 4510. 413 10 Umeå", norm("ring 070-123 45 6l nu, 073-123 45lO. 413 1O Umeå"));
  }

  @Test
  void keepsThreeLookAlikesOneBeforeALetterOrAGroupOfThemAtTheRightEdge() {
    assertEquals("år 2019lol, 070-123 45 6lx, 070-123 45 lO", norm("år 2019lol, 070-123 45 6lx, 070-123 45 lO"));
  }

  @Test
  void foldsAGroupOfLookAlikesAloneBetweenTheGroupsOfALongNumber() {
    assertEquals("070-586 11 30, 072-145 11 15", norm("070-586 ll 30, 072-l45 ll l5"));
  }

  @Test
  void foldsTwoLookAlikesAfterThreeDigitsBeforeATownAsAPostalCode() {
    assertEquals("Björkvägen 3, 161 00 Skövde", norm("Björkvägen 3, 161 OO Skövde"));
  }

  @Test
  void foldsLookAlikesEndingThreeCharsBeforeTwoAndATownAsAPostalCode() {
    assertEquals("Björkvägen 3, 420 00 Uppsala, 411 01 Göteborg", norm("Björkvägen 3, 42O OO Uppsala, 4ll Ol Göteborg"));
  }

  @Test
  void keepsLookAlikesEndingThreeCharsBeforeNoPostalTail() {
    assertEquals("vi var 2O st, 12O OK Bra, 3lO år", norm("vi var 2O st, 12O OK Bra, 3lO år"));
  }

  @Test
  void keepsTwoLookAlikesAfterThreeDigitsBeforeNoCapitalisedWord() {
    assertEquals("det kostar 250 ol i veckan, 250 ol", norm("det kostar 250 ol i veckan, 250 ol"));
  }

  @Test
  void keepsAGroupOfLookAlikesBetweenShortNumbersOrBeforeAWord() {
    assertEquals("3 lol 5, 12 ll 30, 1999 Il Divo", norm("3 lol 5, 12 ll 30, 1999 Il Divo"));
  }

  @Test
  void keepsLettersAtTheEdgeOfANumber() {
    assertEquals("3l mjölk, O7 och lol", norm("3l mjölk, O7 och lol"));
    assertEquals("Volvo 240 OK", norm("Volvo 240 OK"));
  }

  @Test
  void makesControlCharsLoneSurrogatesAndFormatCharsZeroWidth() {
    char z = TextNormalizer.IGNORABLE;
    assertEquals("85" + z + "04" + z + "12" + z + "-1" + z + "234",
        norm("85\u000104\uD80012\u007F-1\u200E234"));
  }

  @Test
  void makesEmojiKeycapsTheirDigits() {
    char z = TextNormalizer.IGNORABLE;
    assertEquals("0" + z + z + "7" + z + z + "0" + z, norm("0\uFE0F\u20E37\uFE0F\u20E30\u20E3"));
  }

  @Test
  void foldsDashesAndMinusToHyphen() {
    assertEquals("850412-1234 a-b c-d", norm("850412\u20131234 a\u2014b c\u2212d"));
  }

  @Test
  void foldsUnusualSpacesToSpaceAndZeroWidthToIgnorable() {
    assertEquals("070 123 45 67", norm("070\u00A0123\u200945\u300067"));
    assertEquals("12" + TextNormalizer.IGNORABLE + "34", norm("12\u200B34"));
    assertEquals("a\nb\n", norm("a\rb\u2028"));
  }

  @Test
  void keepsLettersAndTheirCase() {
    assertEquals("Åsa ÖSTLUND umeå", norm("Åsa ÖSTLUND umeå"));
  }

  @Test
  void foldsFullwidthAt() {
    assertEquals("anna@gmail.com", norm("anna＠gmail.com"));
  }

  @Test
  void foldWordsLowercasesCollapsesWhitespaceAndDropsZeroWidth() {
    assertEquals("lena holm", TextNormalizer.foldWords(TextNormalizer.normalize("  Lena\u00A0\u00A0HOLM\u200B\n")));
    assertEquals("", TextNormalizer.foldWords(TextNormalizer.normalize(" \t ")));
  }
}
