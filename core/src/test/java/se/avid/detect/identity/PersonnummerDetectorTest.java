package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.avid.detect.identity.Detections.assertFinds;
import static se.avid.detect.identity.Detections.assertFindsNothing;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;

class PersonnummerDetectorTest {

  private static final PersonnummerDetector DETECTOR = new PersonnummerDetector();

  // 850412-1230, 701231-9872, 121212-1212, 000229-1235 have correct check digits;
  // 850412-1234 (the example of the docs) has a wrong one.

  static Stream<Arguments> validPersonnummer() {
    return Stream.of(
        Arguments.of("min man peter (pnr ⟦850412-1230⟧) dricker varje helg"),
        Arguments.of("han har ⟦8504121230⟧ som personnummer"),
        Arguments.of("skrev ⟦850412 1230⟧ på blanketten"),
        Arguments.of("skrev ⟦850412–1230⟧ med tankstreck"),
        Arguments.of("skrev ⟦850412 - 1230⟧ med mellanslag"),
        Arguments.of("farfar ⟦121212+1212⟧ fyller 113 i år"),
        Arguments.of("hela numret är ⟦19850412-1230⟧"),
        Arguments.of("hela numret är ⟦198504121230⟧"),
        Arguments.of("hon skrev ⟦19 850412 1230⟧ i mejlet"),
        Arguments.of("numret bröts ⟦850412-\n1230⟧ över två rader"),
        Arguments.of("numret bröts ⟦8504\n121230⟧ mitt i"),
        Arguments.of("windows-radbrytning ⟦850412-\r\n1230⟧ här"),
        Arguments.of("med nollbredd ⟦8504\u200B12\u200B-1230⟧ inuti"),
        Arguments.of("helbredd ⟦８５０４１２-１２３０⟧ från mobilen"),
        Arguments.of("skottdag ⟦000229-1235⟧ år 2000"),
        Arguments.of("skottdag ⟦20000229-1235⟧ år 2000"),
        Arguments.of("hans pnr är ⟦850412-1230⟧."),
        Arguments.of("(⟦850412-1230⟧)"),
        Arguments.of("⟦850412-1230⟧ och ⟦701231-9872⟧ är syskon"),
        Arguments.of("en dash-rad ⟦070123-4569⟧ är inte ett telefonnummer"));
  }

  @ParameterizedTest
  @MethodSource
  void validPersonnummer(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.VALID, 1.0);
  }

  static Stream<Arguments> wrongCheckDigitIsStillRedacted() {
    return Stream.of(
        Arguments.of("han heter peter och har ⟦850412-1234⟧ tror jag"),
        Arguments.of("skriv ⟦8504121231⟧ så ser du"),
        Arguments.of("skriv ⟦19850412-1239⟧ så ser du"));
  }

  @ParameterizedTest
  @MethodSource
  void wrongCheckDigitIsStillRedacted(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, 0.5, PersonnummerDetector.WRONG_CHECK_DIGIT);
  }

  static Stream<Arguments> cueRaisesTheScore() {
    return Stream.of(
        Arguments.of("pnr ⟦850412-1234⟧"),
        Arguments.of("mitt personnummer är ⟦850412-1234⟧"),
        Arguments.of("personnumret: ⟦8504121231⟧"),
        Arguments.of("Person nr ⟦850412-1234⟧"),
        Arguments.of("pers.nr ⟦850412-1234⟧"),
        Arguments.of("hennes födelsenummer ⟦850412-1234⟧"),
        Arguments.of("pnr ⟦0701234569⟧"),
        Arguments.of("reservnummer ⟦850412-T123⟧"));
  }

  @ParameterizedTest
  @MethodSource
  void cueRaisesTheScore(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.CUED, PersonnummerDetector.CUED);
  }

  static Stream<Arguments> gluedToAWordOnlyWithACorrectCheckDigit() {
    return Stream.of(
        Arguments.of("han skrev ⟦850412-1230⟧och sedan inget mer"),
        Arguments.of("kod a⟦850412-1230⟧"),
        Arguments.of("kod a⟦19850412-1230⟧b"));
  }

  @ParameterizedTest
  @MethodSource
  void gluedToAWordOnlyWithACorrectCheckDigit(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.GLUED, PersonnummerDetector.GLUED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "fakturanr ⟦2104151234⟧ är en personnummerlik siffra med rätt kontrollsiffra",
      "ärende gällande pnr ⟦850412-1234⟧"
  })
  void anotherNumberCueHidesOnlyWrongCheckDigitsAndYieldsToAPersonnummerCue(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.CUED, 1.0);
  }

  @Test
  void aCueGluedToTheNumberStillCounts() {
    assertFinds(DETECTOR, "mitt pnr⟦850412-1230⟧", EntityType.PERSONNUMMER, PersonnummerDetector.CUED, PersonnummerDetector.CUED);
  }

  static Stream<Arguments> samordningsnummer() {
    return Stream.of(
        Arguments.of("samordningsnummer ⟦850472-1237⟧ fick han av skatteverket"),
        Arguments.of("han har ⟦19850472-1237⟧ tills vidare"),
        Arguments.of("han har ⟦850472-1234⟧ med fel kontrollsiffra"));
  }

  @ParameterizedTest
  @MethodSource
  void samordningsnummer(String marked) {
    assertFinds(DETECTOR, marked, EntityType.SAMORDNINGSNUMMER, 0.5, 1.0);
  }

  static Stream<Arguments> reserveNumbersWithLetters() {
    return Stream.of(
        Arguments.of("på akuten fick han ⟦850412-T123⟧"),
        Arguments.of("på akuten fick han ⟦19850412-TF12⟧"),
        Arguments.of("på akuten fick han ⟦850412-R123⟧"),
        Arguments.of("på akuten fick han ⟦850412-t123⟧, skrivet slarvigt"));
  }

  @ParameterizedTest
  @MethodSource
  void reserveNumbersWithLetters(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.RESERVE, PersonnummerDetector.RESERVE);
  }

  static Stream<Arguments> phoneLikeBareRunsScoreBelowThePhoneDetector() {
    return Stream.of(
        Arguments.of("ring ⟦0701234569⟧ efter fem"),
        Arguments.of("ring ⟦0701234567⟧ efter fem"),
        Arguments.of("ring ⟦0812245678⟧ efter fem"),
        Arguments.of("ring ⟦040506 7893⟧ efter fem"),
        Arguments.of("ring ⟦070-123 45 67⟧ eller 08-123 456 78"),
        Arguments.of("ring ⟦070 123 45 67⟧"));
  }

  static Stream<Arguments> datePlusFourGroupedAnyWayIsAPersonnummer() {
    return Stream.of(
        Arguments.of("mitt nummer är ⟦85 04 12-1234⟧ om det behövs"),
        Arguments.of("mitt nummer är ⟦1985 0412-1234⟧ om det behövs"),
        Arguments.of("mitt nummer är ⟦8504 12-1234⟧ om det behövs"),
        Arguments.of("mitt nummer är ⟦850412-12 34⟧ om det behövs"),
        Arguments.of("mitt nummer är ⟦850 412 1234⟧ om det behövs"),
        Arguments.of("mitt nummer är ⟦8 5 0 4 1 2 1 2 3 4⟧ om det behövs"),
        Arguments.of("mitt nummer är ⟦85.04.12-1234⟧ om det behövs"),
        Arguments.of("mitt nummer är ⟦1985-04-12-1234⟧ om det behövs"),
        Arguments.of("mitt nummer är ⟦85-04-12--1234⟧ om det behövs"),
        Arguments.of("mitt nummer är ⟦850412_1234⟧ om det behövs"),
        Arguments.of("mitt nummer är ⟦85 04 12<br>1234⟧ om det behövs"),
        Arguments.of("mitt nummer är ⟦850412-1234⟧-12 om det behövs"),
        Arguments.of("mitt nummer är ⟦85041212 34⟧ om det behövs"),
        Arguments.of("mitt nummer är ⟦8504121 234⟧ om det behövs"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mitt mål hos kronofogden är 20-118245-22", "ordernr 8504 1212 34", "det blev 85041212 3 4 st"})
  void aSerialSplitOnlyAfterADateWrittenWholeAndInTwoPartsOnly(String text) {
    assertFindsNothing(DETECTOR, text);
  }

  @ParameterizedTest
  @MethodSource
  void datePlusFourGroupedAnyWayIsAPersonnummer(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.SCATTERED, 1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hon är född i maj, sista fyra ⟦1234⟧", "de fyra sista är ⟦1234⟧", "sista siffrorna: ⟦5678⟧"})
  void theLastFourGivenApartAfterACueAreRedacted(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.CUED, PersonnummerDetector.CUED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "född ⟦850412⟧, sista fyra ⟦1234⟧",
    "mitt personnummer är ⟦760105⟧ och sista fyra ⟦6109⟧",
    "⟦19850412⟧ sista siffrorna ⟦5678⟧",
    "han är född ⟦100961⟧, fyra sista ⟦2167⟧",
  })
  void theDateBeforeTheLastFourIsRedactedWithThem(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.CUED, PersonnummerDetector.CUED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mitt personnummer är <b>⟦850412</b>-1234⟧ tack", "pnr ⟦850412<span class=\"x\">-1234⟧</span>"})
  void inlineMarkupInsideTheNumberSeparatesNothing(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.SCATTERED, PersonnummerDetector.VALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ordernr 123456, sista fyra ⟦1234⟧", "hon fick 850412 kr. Sista fyra ⟦1234⟧"})
  void aNumberBeforeTheLastFourCueIsKeptWhenItIsNoDateOrInAnotherSentence(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.CUED, PersonnummerDetector.CUED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"han är ⟦850412-XXXX⟧ tror jag", "hon är ⟦19850412-****⟧.", "sonen ⟦120304-xxx⟧ går i skolan",
      "⟦850472-####⟧ fick jag"})
  void aDateWithItsSerialMaskedIsRedacted(String marked) {
    EntityType type = marked.contains("850472") ? EntityType.SAMORDNINGSNUMMER : EntityType.PERSONNUMMER;
    assertFinds(DETECTOR, marked, type, PersonnummerDetector.WRONG_CHECK_DIGIT, PersonnummerDetector.WRONG_CHECK_DIGIT);
  }

  @Test
  void aMaskedSerialAfterACueIsRedactedAsSure() {
    assertFinds(DETECTOR, "mitt pnr är ⟦850412-XXXX⟧", EntityType.PERSONNUMMER, PersonnummerDetector.CUED,
        PersonnummerDetector.CUED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fel månad 851312-XXXX", "för lång 850412-XXXXX", "blandat 850412-xXxX", "namn 850412-Xavier",
      "mellanslag 850412 XXXX", "datum 2023-01-XX"})
  void aMaskNeedsABirthDateADashAndThreeOrFourLikeChars(String text) {
    assertFindsNothing(DETECTOR, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mitt personnummer är ⟦850230-1234⟧", "pnr ⟦851332-1234⟧", "Pnr ⟦19851412-1234⟧",
      "sonens personnummer ⟦041413-5633⟧"})
  void aCueMakesTenOrTwelveDigitsWithADateThatDoesNotExistAPersonnummer(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.CUED, PersonnummerDetector.CUED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pnr ⟦8504 1212 34⟧", "personnummer ⟦85 0412 1 234⟧ tack", "pnr ⟦0901 0420 58⟧"})
  void aCueMakesTenDigitsInAnyGroupingAPersonnummer(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.CUED, PersonnummerDetector.CUED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pnr ⟦850412-12345⟧", "personnummer: ⟦8504121234567⟧", "pnr ⟦19850412-12345⟧"})
  void aCueMakesABirthDateWithADigitTooManyAPersonnummer(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.CUED, PersonnummerDetector.CUED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"koden 850230-1234", "ordernr 8504 1212 34", "artikel 850412-12345", "pnr 851332-12345",
      "skicka pnr och tel 0731234567", "pnr och mobil 073 123 45 67", "pnr 85041212345678"})
  void withoutACueOrABirthDateOrWhenPhoneShapedTheseAreNoPersonnummer(String text) {
    assertFindsNothing(DETECTOR, text);
  }

  @Test
  void aCueIsSpentOnThePersonnummerRightAfterItNotOnAPhoneNumberAfterThat() {
    String text = "personnummer 790223-5519 070-123 45 67";
    List<Detections.Hit> hits = Detections.find(DETECTOR, text);
    assertEquals(PersonnummerDetector.VALID, hits.get(0).score());
    for (Detections.Hit h : hits.subList(1, hits.size())) {
      assertTrue(h.score() <= PersonnummerDetector.PHONE_LIKE, "the phone number scored " + h.score());
    }
  }

  @Test
  void aNumberWithADigitMissingIsFlaggedForReview() {
    assertFinds(DETECTOR, "mitt nummer är ⟦850412-123⟧ tror jag", EntityType.PERSONNUMMER,
        PersonnummerDetector.DIGIT_MISSING, PersonnummerDetector.DIGIT_MISSING);
  }

  @Test
  void aValidNumberWithDigitsGluedAfterItIsRedactedWhole() {
    assertFinds(DETECTOR, "han skrev ⟦850412123012⟧ i rutan", EntityType.PERSONNUMMER,
        PersonnummerDetector.DIGITS_GLUED, PersonnummerDetector.DIGITS_GLUED);
  }

  @Test
  void aNumberWithDigitsGluedAfterItAndAWrongCheckDigitIsStillRedacted() {
    assertFinds(DETECTOR, "han skrev ⟦850412123412⟧ i rutan", EntityType.PERSONNUMMER,
        PersonnummerDetector.DIGITS_GLUED_WRONG_CHECK, PersonnummerDetector.DIGITS_GLUED_WRONG_CHECK);
  }

  @Test
  void gluedDigitsWithAWrongCheckDigitBeforeACurrencyAreOnlyFlagged() {
    assertFinds(DETECTOR, "det kostade ⟦850412123412⟧ kr", EntityType.PERSONNUMMER,
        PersonnummerDetector.DIGIT_MISSING, PersonnummerDetector.DIGIT_MISSING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ordernr 850412123412 kom i går", "det kostar 991399123412 kr"})
  void gluedDigitsAfterAnotherNumbersCueOrWithNoDateAreNoPersonnummer(String text) {
    assertFindsNothing(DETECTOR, text);
  }

  @Test
  void aNumberWithADigitMissingAfterACueIsRedacted() {
    assertFinds(DETECTOR, "pnr ⟦850412-123⟧", EntityType.PERSONNUMMER, PersonnummerDetector.CUED, PersonnummerDetector.CUED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "det är ⟦O7O524-5793⟧ om det behövs",
      "det är ⟦l5l2O3-4477⟧ tror jag",
      "det är ⟦O7O524 5793⟧",
  })
  void aLetterTypedForTheFirstDigitIsStillAPersonnummer(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.SCATTERED,
        PersonnummerDetector.SCATTERED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"det är ⟦650602-759o⟧ så", "skriv ⟦850412-123l⟧."})
  void aLetterTypedForTheLastDigitIsReadAsThatDigit(String marked) {
    // the normaliser folds it (the right edge of a long number), so the check digit is judged as typed
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.WRONG_CHECK_DIGIT,
        PersonnummerDetector.WRONG_CHECK_DIGIT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"koO7O524-5793 är koden", "det är 650602-759olika", "det är O7O5245793"})
  void aLetterAtTheEndThatBelongsToAWordIsNoDigit(String text) {
    assertFindsNothing(DETECTOR, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ring 070-123 456 om du vill", "artikel 851312-123 är slut", "summa 123456 789"})
  void nineDigitsThatAreNoDateAndThreeAreNotFlagged(String text) {
    assertFindsNothing(DETECTOR, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sista fyra åren bodde vi i Umeå", "koden 1234 är fel", "de fyra sista 12"})
  void fourDigitsWithoutALastFourCueAreNotAPersonnummer(String text) {
    assertFindsNothing(DETECTOR, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mötet var 15.01.2023 12:30 i salen", "mötet var 2023-01-15 12:30 i salen"})
  void aDateAndATimeAreNotAPersonnummer(String text) {
    assertFindsNothing(DETECTOR, text);
  }

  @ParameterizedTest
  @MethodSource
  void phoneLikeBareRunsScoreBelowThePhoneDetector(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.PHONE_LIKE, PersonnummerDetector.PHONE_LIKE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "mötet är 2023-01-15 kl 08:30",
      "han föddes 1985 och är 38 nu",
      "den kostar 1 299 kr på rea",
      "ring 070-1234567",
      "ring 08 - 12 34 56",
      "ordernummer 85041212301234",
      "ordernummer 850412123012",
      "ärende 12-850412-1230",
      "ärende 850412-12301",
      "kod 850412-1234a har fel kontrollsiffra och sitter ihop",
      "kod a850412-1234 har fel kontrollsiffra och sitter ihop",
      "kod 0850412-1230 är längre",
      "värdet 3,8504121230 enligt tabellen",
      "fel månad 851312-1234",
      "30 februari 850230-1234",
      "31 april 850431-1234",
      "1999 var inget skottår 990229-1237",
      "1900 var inget skottår 000229+1235",
      "dag 92 är för stor 850492-1234",
      "dag 00 850400-1234",
      "kortet 4111 1111 1111 1111",
      "summa 12 345 678,90 kr",
      "kl 12.30-13.45 varje dag",
      "bara datumet 19850412 räcker inte",
      "sekel 17 är inte rimligt: 17850412-1230",
      "reserv utan bokstav 850412-1234X",
      "850412-TTT1 har för många bokstäver",
      "850412-T12 är för kort",
      "850412 T123 kräver bindestreck",
      "iban SE45 5000 0000 0583 9825 7466",
      "två rader\n1985\n0412",
      "fakturanr 2104151236 ska betalas",
      "ocr-nummer: 8504121234",
      "ärende 8504121234 hos kommunen"
  })
  void doesNotFind(String text) {
    assertFindsNothing(DETECTOR, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ärendet står på ⟦19680904-5523⟧.",
      "ärende ⟦850412-1234⟧ hos kommunen",
      "ordernummer ⟦850412+1234⟧ skickades"
  })
  void aNumberInThePersonnummerLayoutAfterAnotherNumberCueIsStillFound(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PERSONNUMMER, PersonnummerDetector.WRONG_CHECK_DIGIT,
        PersonnummerDetector.WRONG_CHECK_DIGIT);
  }

  @Test
  void reportsExactOffsetsInTheOriginalText() {
    String text = "hej! min man peter (pnr 850412-1230) dricker";
    assertEquals(List.of(new Detections.Hit(24, 35, EntityType.PERSONNUMMER, PersonnummerDetector.VALID)),
        Detections.find(DETECTOR, text));
  }

  @Test
  void offsetsStayRightAfterSurrogatePairs() {
    String text = "\uD835\uDFD6\uD835\uDFD3\uD835\uDFCE\uD835\uDFD2\uD835\uDFCF\uD835\uDFD0-1230 🙏";
    List<Detections.Hit> hits = Detections.find(DETECTOR, text);
    assertEquals(1, hits.size());
    assertEquals(0, hits.get(0).start());
    assertEquals(17, hits.get(0).end());
  }

  @Test
  void aTwelveDigitNumberIsReportedOnceNotAlsoAsItsLastTenDigits() {
    assertEquals(1, Detections.find(DETECTOR, "19 850412 1230").size());
  }

  @Test
  void declaresItsTypesAndName() {
    assertEquals("personnummer", DETECTOR.name());
    assertEquals(java.util.Set.of(EntityType.PERSONNUMMER, EntityType.SAMORDNINGSNUMMER), DETECTOR.types());
  }
}
