package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.avid.detect.contact.Marked.assertFinds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;
import se.avid.detect.contact.Marked.Found;

class PhoneNumberDetectorTest {

  private static final PhoneNumberDetector PHONE = PhoneNumberDetector.defaults();

  @ParameterizedTest
  @ValueSource(strings = {
    "ring mig på «070-123 45 67» efter fem",
    "mitt nummer är «0701234567»",
    "«070 123 45 67» (mobil)",
    "sms:a «070/123 45 67» så svarar jag",
    "nr: «070.123.45.67»",
    "«072-345 67 89», «073-123 45 67», «076-123 45 67» eller «079-123 45 67»",
    "ring «0701-23 45 67» eller «0701 23 45 67»",
    "jobbet: «08-123 456 78»",
    "växeln «08 - 12 34 56» har öppet",
    "«031-12 34 56» eller «031-123 45 67»",
    "«040-12 34 56» i Malmö",
    "tel «090-12 34 56»",
    "Luleå «0920-123 45», Storuman «0951-123 45» och Höör «0413-123 45»",
    "kontoret: «(08) 123 45 67»",
    "ring «(031) 12 34 56»",
    "från utlandet «+46 (0)70-123 45 67»",
    "«+46701234567» på whatsapp",
    "«+46 70 123 45 67»",
    "«+46 8 123 456 78»",
    "«0046 70 123 45 67»",
    "«+46(0)8-123 45 67»",
    "skrev fel: «+46 070-123 45 67»",
    "min bror i Finland «+358 40 123 4567»",
    "mobilen «070-123\n45 67» bröts på två rader",
    "«070-123​45 67» med nollbreddsmellanslag",
    "«０７０-１２３ ４５ ６７» med breda siffror",
    "«070–123 45 67» med tankstreck",
    "(«070-123 45 67»)",
    "ring «0771-12 34 56»",
  })
  void findsPhoneNumbersInEveryCommonForm(String marked) {
    assertFinds(PHONE, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ring «070_123_45_67» i kväll",
    "ring «070--123 45 67» i kväll",
    "ring «0 7 0 1 2 3 4 5 6 7» i kväll",
    "ring «0 70 123 45 67» i kväll",
    "ring «070 12 34 567» i kväll",
    "ring «+46 (70) 123 45 67» i kväll",
    "ring «46701234567» i kväll",
    "whatsapp «46 70 123 45 67»",
    "hör av dig, «070-123 45 67»",
    "ring «070 - 123 45 67».",
    // after a personnummer and a space: a second number, the cue before the first spent on it
    "Mitt personnummer 790223-5519 «0383-12 45 70»",
    "pnr 850412-1234 «0701234567»",
  })
  void findsPhoneNumbersTypedInOddGroupings(String marked) {
    assertFinds(PHONE, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ring mig på «70 123 45 67» i kväll", "mobil: «701234567»", "sms «73-123 45 67»"})
  void findsAMobileWithoutItsTrunkZeroAfterAPhoneCue(String marked) {
    assertFinds(PHONE, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"det var 701234567 kronor", "sidan 70 123 45 67", "46 70 12 34"})
  void aMobileWithoutTrunkOrPlusNeedsACueOrItsCountryCode(String text) {
    assertFinds(PHONE, text);
  }

  @Test
  void amountIsNotAPhoneNumber() {
    assertFinds(PHONE, "skulden är 13 400 kr och soffan 1 299 kr");
  }

  @Test
  void yearsAndDatesOfEventsAreNotPhoneNumbers() {
    assertFinds(PHONE, "år 2019 och 2020, mötet 2023-05-03 och 15.01.2023 12:30");
  }

  @Test
  void theWordsTelAndDnrAreNotNumbers() {
    assertFinds(PHONE, "Tel och Dnr står överst på brevet");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ring 112 om det brinner",
    "polisen 114 14",
    "ring 113 13 vid kris",
    "ring 1177 och fråga",
    "BRIS 116 111 för barn",
    "ring 116 123",
    "Mind 90101",
    "Kvinnofridslinjen 020-50 50 50",
    "Kvinnofridslinjen 020 50 50 50",
    "Kvinnofridslinjen 020505050",
    "Alkohollinjen 020-84 44 48",
    "Stödlinjen för spelare 020-81 91 00",
    "Välj att sluta 020-555 666",
    "Äldrelinjen 020-22 22 33",
    "Giftinformationscentralen 010-456 67 00",
    "Jourhavande medmänniska 08-702 16 80",
    "Försäkringskassan 0771-524 524",
    "Skatteverket 0771-567 567",
    "Arbetsförmedlingen 0771-416 416",
    "Migrationsverket 0771-235 235",
    "Pensionsmyndigheten 0771-776 776",
    "Försäkringskassan +46 771 524 524",
  })
  void keepsHelplinesAndPublicServiceNumbers(String text) {
    assertFinds(PHONE, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ring <b>«070</b>-123 45 67» i kväll",
    "mitt nummer «070-123<span class=\"x\"> 45 67»</span>",
  })
  void readsAPhoneNumberThroughInlineMarkup(String marked) {
    assertFinds(PHONE, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"<b>460624</b>-4830", "pnr:<b>461116</b>-8396 tack", "(<i>050911</i>-7099)"})
  void aPersonnummerInInlineMarkupIsNoPhoneNumberAndNoFailure(String text) {
    assertFinds(PHONE, text); // a pasted web form must not make the phone detector throw (the post would fail)
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // amounts and prices
    "soffan kostade 1 299 kr",
    "hyran är 12 500:-",
    "vi fick 0 kr i bidrag",
    // years, dates and clock times
    "2023-01-15 ringde hon",
    "född 1985",
    "den 15/3 var mötet",
    "mötet 05.03.2023 gick bra",
    "beslut 05/03/2023",
    "datum 05-03-2023",
    "klockan 08:30",
    "kl 08.30",
    "öppet 08.30-16.30",
    "öppet 08.00 - 17.00 varje dag",
    "född 05032023",
    // case numbers, personnummer and other numbers
    "Dnr 2023-1234",
    "Dnr 0123-456789",
    "kundnr 012345678",
    "bankgiro 0123-4567",
    "pnr 850412-1234",
    "han är 070412-1234",
    "organisationsnummer 556677-8899",
    // longer runs and wrong lengths
    "ordernummer 07012345678901",
    "07012345678",
    "070-123 45",
    "08-123 4",
    "0812345",
    "05 06 07 08 09",
    "0 1 2 3 4 5 6 7 8 9",
    "ISBN 978-91-0-012345-6",
    "3,0812345678 procent",
    "12:070-123",
    "version 0.812345678",
    "mönstret 1101_0812 3456 i tur och ordning",
    "kod070-123 45 67",
    "070-123 45 67abc",
    "+46 7",
    "+1 299",
  })
  void ignoresNumbersThatAreNotPhones(String text) {
    assertFinds(PHONE, text);
  }

  @Test
  void reportsExactOffsets() {
    List<Found> found = Marked.run(PHONE, "070-123 45 67 eller 08-123 456 78, ring mig på 0701234567");
    assertEquals(3, found.size());
    assertFound(0, 13, PhoneScores.CLEAR, found.get(0));
    assertFound(20, 33, PhoneScores.CLEAR, found.get(1));
    assertFound(47, 57, PhoneScores.CLEAR + PhoneScores.CUE_BONUS, found.get(2));
  }

  @Test
  void theNearestCueDecides() {
    List<Found> found = Marked.run(PHONE, "de kom kl 11 igår. ringt enheten 0921 624 00 utan svar");
    assertEquals(1, found.size());
    assertEquals(PhoneScores.CLEAR + PhoneScores.CUE_BONUS, found.get(0).score(), 1e-9);
    assertEquals(List.of(), Marked.run(PHONE, "ring och uppge kundnr 0123 456 78"));
  }

  @Test
  void aLetterOTypedForTheTrunkZeroIsPartOfTheNumber() {
    List<Found> found = Marked.run(PHONE, "ring O70-123 45 67 eller o8-123 456 78");
    assertEquals(2, found.size());
    assertFound(5, 18, PhoneScores.LETTER_FOR_TRUNK, found.get(0));
    assertFound(25, 38, PhoneScores.LETTER_FOR_TRUNK, found.get(1));
  }

  @Test
  void aNumberWithALetterOForItsTrunkZeroIsRedactedNotOnlyFlagged() {
    String redacted = se.avid.Anonymizer.builder().build().redact("ring O70-123 45 67 eller o8-123 456 78 ikväll");
    assertEquals(false, redacted.chars().anyMatch(Character::isDigit), redacted);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PRO70-123 45 67", "rum O7 på plan 2", "O70-12 och sen", "sida O1 2023-05-03"})
  void aLetterOInsideAWordOrBeforeNoPhoneShapeIsNoTrunk(String text) {
    assertEquals(List.of(), Marked.run(PHONE, text), text);
  }

  private static void assertFound(int start, int end, double score, Found f) {
    assertEquals(start, f.start());
    assertEquals(end, f.end());
    assertEquals(EntityType.PHONE, f.type());
    assertEquals(score, f.score(), 1e-9);
  }

  @Test
  void bareTenDigitMobileOutscoresThePersonnummerReading() {
    // 0701011234 is also a personnummer of someone born 2007-01-01 (reported at ~0.6 by that
    // detector): as a phone it must score higher so that the overlap resolver labels it TELEFON
    List<Found> found = Marked.run(PHONE, "0701011234");
    assertEquals(1, found.size());
    assertTrue(found.get(0).score() > 0.6);
  }

  @Test
  void bareTenDigitLandlineThatIsAlsoADateLeavesTheLabelToPersonnummer() {
    List<Found> found = Marked.run(PHONE, "siffrorna 0104121234 stod på lappen");
    assertEquals(1, found.size());
    assertEquals(PhoneScores.PERSONNUMMER_LIKE, found.get(0).score());
  }

  @Test
  void bareShortRunIsSureOnlyAfterACueWord() {
    double bare = Marked.run(PHONE, "koden 012345678 gäller").get(0).score();
    double cued = Marked.run(PHONE, "ring 012345678").get(0).score();
    assertTrue(bare < cued, bare + " < " + cued);
  }

  @Test
  void digitsGoingOnAfterTheNumberLowerTheScore() {
    double alone = Marked.run(PHONE, "070-123 45 67").get(0).score();
    double followed = Marked.run(PHONE, "070-123 45 67 89").get(0).score();
    assertTrue(followed < alone);
    assertFinds(PHONE, "«070-123 45 67» 2 gånger");
  }

  @Test
  void mobileAfterACustomerNumberCueIsStillRedacted() {
    assertFinds(PHONE, "kundnr «0701234567»");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mitt personnummer är «031-12 34 56» tack", "pnr: «08-123 456 78».", "personnr «0480-123 45»"})
  void aPersonnummerCueNamesNoNumberThatCannotBeOne(String marked) {
    assertFinds(PHONE, marked);
  }

  @Test
  void aPersonnummerCueStillNamesANumberThatReadsAsADatePlusFour() {
    assertFinds(PHONE, "pnr 850412-1234 och kundnr 031-12 34 56");
  }

  @Test
  void helplinesCanBeDroppedAndAdded() {
    PhoneNumberDetector strict = PhoneNumberDetector.builder().withoutDefaultHelplines().build();
    assertFinds(strict, "Kvinnofridslinjen «020-50 50 50»");
    assertTrue(strict.keptNumbers().isEmpty());

    PhoneNumberDetector local = PhoneNumberDetector.builder().keepNumbers("08-702 16 80").build();
    assertFinds(local, "ring jouren 08-702 16 80 eller +46 8 702 16 80");
    assertFinds(local, "Kvinnofridslinjen 020-50 50 50");
    assertTrue(local.keptNumbers().contains("08-702 16 80"));

    PhoneNumberDetector international =
        PhoneNumberDetector.builder().keepNumbers("+46 (0)8-702 16 80", "+46 031-12 34 56").build();
    assertFinds(international, "ring 08-702 16 80 eller 031-12 34 56");
  }

  @Test
  void keptNumbersMustHaveDigits() {
    assertThrows(IllegalArgumentException.class, () -> PhoneNumberDetector.builder().keepNumbers("ring oss"));
    assertThrows(IllegalArgumentException.class, () -> PhoneNumberDetector.builder().keepNumbers("1".repeat(18)));
  }

  @Test
  void numbersOneAfterAnotherAreEachFound() {
    assertFinds(PHONE, "«070-123 45 67»/«08-123 456 78»");
    assertFinds(PHONE, "«0701234567» «0731234567»");
  }
}
