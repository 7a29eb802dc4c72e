package se.avid.detect.identity;

import static se.avid.detect.identity.Detections.assertFinds;
import static se.avid.detect.identity.Detections.assertFindsNothing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;

class NordicIdentityNumberDetectorTest {

  private static final NordicIdentityNumberDetector DETECTOR = new NordicIdentityNumberDetector();

  @ParameterizedTest
  @ValueSource(strings = {
      "hennes henkilötunnus är ⟦131052-308T⟧ enligt Kela",
      "pojken född 2004: ⟦240404A5693⟧",
      "skrivet med gemener ⟦131052-308t⟧ i mejlet",
      "hetu ⟦010190-123M⟧.",
      "mormor född 1950 ⟦010150-1130⟧ i Torneå",
      "barnen ⟦150385-456R⟧?"
  })
  void findsFinnishNumbersWithTheirCheckChar(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, NordicIdentityNumberDetector.VALID, 1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "fel kontrolltecken ⟦131052-308A⟧ men samma form",
      "med bokstav för seklet ⟦010190A123B⟧"
  })
  void findsFinnishNumbersWithAWrongCheckChar(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, NordicIdentityNumberDetector.WRONG_CHECK,
        NordicIdentityNumberDetector.WRONG_CHECK);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "pappan i Tromsø har fødselsnummer ⟦15038545660⟧",
      "hans norska nummer ⟦150385 45660⟧ står på papperet",
      "dottern ⟦241299-31244⟧ bor hos honom",
      "ett D-nummer ⟦51127233369⟧ för säsongsarbetare"
  })
  void findsNorwegianNumbersWithBothCheckDigits(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, NordicIdentityNumberDetector.VALID, 1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "datumet för sig och fel kontrollsiffror ⟦150385 45661⟧",
      "fødselsnummer ⟦15038545661⟧ (fel siffra)"
  })
  void findsNorwegianNumbersWithAWrongCheckDigitWhenTheShapeOrACueSaysSo(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, NordicIdentityNumberDetector.WRONG_CHECK, 1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "hennes CPR-nummer ⟦150350-1234⟧ från Köpenhamn",
      "sonen ⟦020298-4411⟧ bor i Malmö",
      "cpr ⟦0101901234⟧"
  })
  void findsDanishNumbersThatReadAsNoSwedishOne(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, NordicIdentityNumberDetector.WRONG_CHECK,
        NordicIdentityNumberDetector.WRONG_CHECK);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ett svenskt personnummer 850412-1234 är PersonnummerDetectors, också där det läses som finskt",
      "elva siffror utan form 15038545661",
      "ett telefonnummer med landskod 46701234567",
      "ring +47 912 34 567",
      "ett datum 15.03.85 och en tid 12:30",
      "ett belopp på 150385 kr",
      "ordernummer 131052-308TX fortsätter",
      "ett datum som inte finns 310285-308T",
      "kontot 1234.56.78903 i en norsk bank",
      "fakturan 5560360793"
  })
  void doesNotFind(String text) {
    assertFindsNothing(DETECTOR, text);
  }
}
