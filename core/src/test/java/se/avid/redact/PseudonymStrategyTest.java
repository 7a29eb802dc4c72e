package se.avid.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.avid.Anonymizer;
import se.avid.EntityType;
import se.avid.WordsDetector;

class PseudonymStrategyTest {

  private static Anonymizer.Builder names(String... words) {
    return Anonymizer.builder().serviceLoading(false)
        .addDetector(WordsDetector.of("names", EntityType.NAME, 0.9, words));
  }

  @Test
  void everyMentionOfOnePersonGetsOnePlaceholder() {
    Anonymizer a = names("Anna", "Annas", "Peter").strategy(PseudonymStrategy.SWEDISH).build();
    assertEquals("[NAMN 1] ringde [NAMN 2], sen ringde [NAMN 1] mamma",
        a.redact("Anna ringde Peter, sen ringde Annas mamma"));
  }

  @Test
  void eachPostStartsItsOwnNumberingWithoutAScope() {
    Anonymizer a = names("Anna", "Peter").strategy(PseudonymStrategy.SWEDISH).build();
    assertEquals("hej [NAMN 1]", a.redact("hej Peter"));
    assertEquals("hej [NAMN 1]", a.redact("hej Anna"));
  }

  @Test
  void aThreadScopeKeepsOnePersonsNumberAcrossPosts() {
    Anonymizer a = names("Anna", "Annas", "Peter", "Elias").strategy(PseudonymStrategy.SWEDISH).build();
    PseudonymScope thread = new PseudonymScope();
    assertEquals("min man [NAMN 1] dricker", a.process("min man Peter dricker", thread).redactedText());
    assertEquals("[NAMN 2] här, jag känner igen det", a.process("Anna här, jag känner igen det", thread).redactedText());
    assertEquals("hur gick det med [NAMN 1]? och [NAMN 3]?",
        a.process("hur gick det med Peter? och Elias?", thread).redactedText());
    assertEquals("tack [NAMN 2]", a.process("tack Annas", thread).redactedText());
  }

  @Test
  void numbersOtherTypesApartWithTheirOwnLabels() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false)
        .addDetector(WordsDetector.of("names", EntityType.NAME, 0.9, "Lena"))
        .addDetector(WordsDetector.of("phones", EntityType.PHONE, 0.9, "070-123 45 67", "0701234567"))
        .strategy(PseudonymStrategy.ENGLISH).build();
    assertEquals("[NAME 1]: [PHONE 1] eller [PHONE 1]", a.redact("Lena: 070-123 45 67 eller 0701234567"));
  }

  @Test
  void canBeSetForOneTypeOnly() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false)
        .addDetector(WordsDetector.of("names", EntityType.NAME, 0.9, "Lena"))
        .addDetector(WordsDetector.of("places", EntityType.PLACE, 0.9, "Kiruna"))
        .strategy(EntityType.NAME, PseudonymStrategy.SWEDISH).build();
    assertEquals("[NAMN 1] i [PLATS]", a.redact("Lena i Kiruna"));
  }

  @Test
  void needsAContextSoTheTwoArgumentFormRefuses() {
    assertThrows(UnsupportedOperationException.class,
        () -> PseudonymStrategy.SWEDISH.replacement(new se.avid.Finding(0, 4, EntityType.NAME, 1, "t"), "Anna"));
  }
}
