package se.avid.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quote marks around a name given in a post, and the chars that are none. */
class QuoteMarksTest {

  @ParameterizedTest
  @ValueSource(chars = {'"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB'})
  void straightCurlyAndAngleQuotesAreQuoteMarks(char c) {
    assertTrue(QuoteMarks.isQuote(c));
  }

  @ParameterizedTest
  @ValueSource(chars = {'a', '-', '`', '\u00B4', ',', ' ', '(', '\u201E'})
  void lettersDashesAccentsAndBracketsAreNot(char c) {
    assertFalse(QuoteMarks.isQuote(c));
  }
}
