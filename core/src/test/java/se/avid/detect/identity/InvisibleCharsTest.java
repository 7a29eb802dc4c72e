package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;

/**
 * Nothing but the digits decides whether a number is found: no lone surrogate, control char,
 * direction mark, zero-width char, variation selector or emoji keycap typed or pasted inside it, at any position, and no odd space
 * in place of its separator, turns a detector off.
 */
class InvisibleCharsTest {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();

  private static final List<String> NUMBERS = List.of(
      "850412-1230", "850412-1234", "19850472-1232", "070-123 45 67", "08-123 456 78", "+46 70 123 45 67");

  @ParameterizedTest
  @ValueSource(strings = {
      "\uD800", "\uDC00", "\u0000", "\u0001", "\u0007", "\u001B", "\u007F", "\u0090", "\u200B", "\u200E",
      "\u202E", "\u2066", "\u00AD", "\uFEFF", "\uFE0F", "\u20E3"})
  void anInvisibleCharAnywhereInsideKeepsTheNumberFound(String invisible) {
    for (String number : NUMBERS) {
      for (int at = 1; at < number.length(); at++) {
        String typed = number.substring(0, at) + invisible + number.substring(at);
        assertNoDigitLeft("mitt nummer är " + typed + " om ni undrar", typed);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00A0", "\u2009", "\u202F", "\u2007", "\u3000", "\t", "\u2002"})
  void anOddSpaceAsTheSeparatorKeepsTheNumberFound(String space) {
    for (String number : NUMBERS) {
      String typed = number.replace(" ", space).replace("-", space);
      assertNoDigitLeft("mitt nummer är " + typed + " om ni undrar", typed);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uFE0F\u20E3", "\u20E3"})
  void digitsTypedAsEmojiKeycapsAreFound(String keycap) {
    for (String number : NUMBERS) {
      StringBuilder typed = new StringBuilder();
      number.chars().forEach(c -> typed.append((char) c).append(c >= '0' && c <= '9' ? keycap : ""));
      assertNoDigitLeft("mitt nummer är " + typed + " om ni undrar", typed.toString());
    }
  }

  private static void assertNoDigitLeft(String text, String typed) {
    String redacted = ANONYMIZER.redact(text);
    assertFalse(redacted.chars().anyMatch(c -> c >= '0' && c <= '9'),
        () -> "digits left of " + typed.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList());
  }
}
