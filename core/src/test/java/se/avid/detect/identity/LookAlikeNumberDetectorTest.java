package se.avid.detect.identity;

import static se.avid.detect.identity.Detections.assertFinds;
import static se.avid.detect.identity.Detections.assertFindsNothing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;

class LookAlikeNumberDetectorTest {

  private static final LookAlikeNumberDetector DETECTOR = new LookAlikeNumberDetector();

  @ParameterizedTest
  @ValueSource(strings = {
      "mitt pnr är ⟦85o4i2-i23o⟧ om ni behöver",
      "⟦I985O4I2-I23O⟧",
      "skriv till mig, ⟦85o4i2-i230⟧ tack",
      "född ⟦i985o4i2-i23o⟧",
      "⟦85o4i2i23o⟧ så hör av er",
  })
  void findsAPersonnummerWithLetterDigitsWhoseCheckDigitHolds(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, LookAlikeNumberDetector.CHECKED, LookAlikeNumberDetector.CHECKED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "hans nummer ⟦85o4i2-i239⟧ stämmer nog inte",
      "⟦69i23i-oo19⟧",
  })
  void flagsOneWhoseCheckDigitFails(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, LookAlikeNumberDetector.UNCHECKED,
        LookAlikeNumberDetector.UNCHECKED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "samordningsnumret ⟦85o472-i237⟧ fick hon",
  })
  void findsASamordningsnummer(String marked) {
    assertFinds(DETECTOR, marked, EntityType.SAMORDNINGSNUMMER, LookAlikeNumberDetector.CHECKED,
        LookAlikeNumberDetector.CHECKED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "850412-1230",
      "lollo och olli var där",
      "85o4l2 var datumet",
      "koll 85o499-1234 är inget datum",
      "kallello85o412-1230",
      "ring 020-50 50 50 eller 1177",
      "skulden är 12 500 kr sedan 2023-05-01",
  })
  void leavesDigitsOnlyWordsAndNoDate(String text) {
    assertFindsNothing(DETECTOR, text);
  }
}
