package se.avid.detect.identity;

import static se.avid.detect.identity.Detections.assertFinds;
import static se.avid.detect.identity.Detections.assertFindsNothing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;

class SpelledNumberDetectorTest {

  private static final SpelledNumberDetector DETECTOR = new SpelledNumberDetector();

  @ParameterizedTest
  @ValueSource(strings = {
      "ring mig på ⟦noll sju noll ett två tre fyra fem sex sju⟧ efter fem",
      "numret är ⟦noll sju noll, ett två tre, fyrtiofem, sextiosju⟧ tack",
      "⟦NOLL SJU NOLL - ETT TVÅ TRE - FYRTIO FEM - SEXTIO SJU⟧",
      "sms:a ⟦noll åtta\nett två tre fyra fem sex⟧",
      "hemnumret ⟦noll trettioett, tolv trettiofyra femtiosex⟧",
      "landskod ⟦fyra sex sju noll ett två tre fyra fem sex⟧",
      "call me on ⟦zero seven zero one two three four five six seven⟧ after six",
      "mitt nr e ⟦nollsjunoll, etttvåtre, fyrafem, sexsju⟧ tack",
      "ring ⟦noll sju noll etttvåtre fyrtiofem sextiosju⟧",
  })
  void findsPhoneNumbersInWordsWithTheTrunkZeroOrCountryCode(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PHONE, SpelledNumberDetector.TRUNK, SpelledNumberDetector.TRUNK);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "skriv ⟦sju noll ett två tre fyra fem sex⟧ så svarar jag",
  })
  void findsOtherRunsOfEightDigitsInWordsWithALowerScore(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PHONE, SpelledNumberDetector.OTHER, SpelledNumberDetector.OTHER);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "mitt personnummer är ⟦åtta fem noll fyra ett två streck ett två tre fyra⟧",
      "⟦åttiofem noll fyra tolv, tolv trettiofyra⟧ om det behövs",
      "⟦ett nio åtta fem noll fyra ett två ett två tre fyra⟧",
  })
  void findsAPersonnummerInWordsWhoseDigitsReadAsADate(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, SpelledNumberDetector.TRUNK, SpelledNumberDetector.TRUNK);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "hans nummer är ⟦åtta fem noll fyra sju två streck ett två tre fyra⟧",
  })
  void findsASamordningsnummerWithSixtyOnTheDay(String marked) {
    assertFinds(DETECTOR, marked, EntityType.SAMORDNINGSNUMMER, SpelledNumberDetector.TRUNK,
        SpelledNumberDetector.TRUNK);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "vi räknade ett två tre fyra fem sex sju åtta nio och sen var det tyst",
      "we counted one two three four five six seven eight nine and then stopped",
      "det var en entre och en trefemma, sen gick vi hem",
      "nio åtta sju sex fem fyra tre två ett noll, gott nytt år!",
      "barnen är tolv, fjorton och sexton år",
      "jag har en katt och två hundar och tre kaniner",
      "sex sju timmar om dagen, fem dagar i veckan",
      "det var en två tre gånger i veckan",
      "tjugo trettio fyrtio",
  })
  void ordinarySentencesWithNumberWordsAreNoNumber(String text) {
    assertFindsNothing(DETECTOR, text);
  }
}
