package se.avid.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.avid.redact.StrategiesTestSupport.finding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.avid.EntityType;

class MaskStrategyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "850412-1234      | XXXXXX-XXXX",
      "19850412-1234    | XXXXXXXX-XXXX",
      "070-123 45 67    | XXX-XXX XX XX",
      "anna.l@gmail.com | XXXX.X@XXXXX.XXX",
      "Storgatan 12B    | XXXXXXXXX XXX",
      "ABC 12D          | XXX XXX",
  })
  void masksLettersAndDigitsAndKeepsTheShape(String value, String masked) {
    String text = "uppgift: " + value + " slut";
    assertEquals(masked, MaskStrategy.SHAPE.replacement(finding(text, value, EntityType.OTHER), text));
  }

  @Test
  void keepsTheFirstThreeDigitsOfAPhoneNumberOnRequest() {
    String text = "ring mig på 070-123 45 67";
    assertEquals("070-XXX XX XX",
        MaskStrategy.keepingLeadingDigits(3).replacement(finding(text, "070-123 45 67", EntityType.PHONE), text));
  }

  @Test
  void keptDigitsCountDigitsOnlyNotSeparators() {
    String text = "nummer 08-12 34 56";
    assertEquals("08-1X XX XX",
        MaskStrategy.keepingLeadingDigits(3).replacement(finding(text, "08-12 34 56", EntityType.PHONE), text));
  }

  @Test
  void aSurrogatePairDigitBecomesOneMask() {
    String text = "pnr \uD835\uDFD6\uD835\uDFD5-1";
    assertEquals("XX-X", MaskStrategy.SHAPE.replacement(finding(text, "\uD835\uDFD6\uD835\uDFD5-1", EntityType.OTHER), text));
  }

  @Test
  void rejectsKeepingMoreThanSixDigits() {
    assertThrows(IllegalArgumentException.class, () -> MaskStrategy.keepingLeadingDigits(7));
    assertThrows(IllegalArgumentException.class, () -> MaskStrategy.keepingLeadingDigits(-1));
  }
}
