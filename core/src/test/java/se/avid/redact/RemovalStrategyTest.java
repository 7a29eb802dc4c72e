package se.avid.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.redact.StrategiesTestSupport.finding;

import org.junit.jupiter.api.Test;
import se.avid.EntityType;
import se.avid.Finding;

class RemovalStrategyTest {

  private static String removed(String text, String value) {
    Finding f = finding(text, value, EntityType.NAME);
    return text.substring(0, f.start()) + RemovalStrategy.INSTANCE.replacement(f, text) + text.substring(f.end());
  }

  @Test
  void removesAWordBetweenSpacesLeavingBothSpaces() {
    assertEquals("hej  hur mår du", removed("hej Anna hur mår du", "Anna"));
  }

  @Test
  void removesAValueBeforePunctuationWithoutASpace() {
    assertEquals("ring mig på .", removed("ring mig på 070-123 45 67.", "070-123 45 67"));
  }

  @Test
  void putsOneSpaceWhereTwoWordsWouldGlue() {
    assertEquals("jag heter och bor", removed("jag heterAnnaoch bor", "Anna"));
  }

  @Test
  void removesAValueAtTheStartAndEndOfTheText() {
    assertEquals(" skrev", removed("Anna skrev", "Anna"));
    assertEquals("mvh ", removed("mvh Anna", "Anna"));
  }
}
