package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.detect.contact.Marked.assertFinds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;
import se.avid.detect.contact.Marked.Found;

class PostalCodeDetectorTest {

  private static final PostalCodeDetector POSTAL = PostalCodeDetector.defaults();

  @ParameterizedTest
  @ValueSource(strings = {
    "Storgatan 12, «123 45» STOCKHOLM",
    "«123 45» STOCKHOLM",
    "«98132» KIRUNA",
    "«541 30» SKÖVDE",
    "«413 19» Göteborg",
    "«SE-123 45» Stockholm",
    "«S-123 45»",
    "postnummer «412 58»",
    "mitt postnr är «90736»",
    "Vasavägen 3B «114 22»",
    "Storgatan 12\n«123 45» Stockholm",
    "Box 123, «123 45»",
    "Storgatan 12 «123 45» Kiruna",
    "bor på Åsvägen 7 «98132»",
    "«100 05» STOCKHOLM",
    "«984 99» PAJALA",
    "jag bor på lindvägen 14 lgh 1201, «352 34» växjö",
    "ekgatan 3, 2 tr, «582 22» linköping",
    "Ekgatan 3 lgh 1102, 3 tr, «582 22» linköping",
    "tallbacken 7, «931 35» skellefteå",
  })
  void findsPostalCodesInPostalContext(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "vi bor på trädgårdsgatan 14 b lgh 1203, «611 34» nyköping",
    "ekvägen 3 B, «582 22» linköping",
    "Storgatan 12 a «123 45» umeå",
  })
  void anEntranceLetterApartFromTheNumberIsStillPartOfTheAddress(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "skicka det till «668 11» borås, tack",
    "adressen är «471 60» gävle",
    "«720 33» västerås.",
    "storgatan 12\n«123 45» umeå\n",
  })
  void findsAGroupedCodeBeforeATownInLowercase(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "vi bor i «413 19» göteborg sedan i våras",
    "bor i «75220» uppsala nu",
    "Vi flyttade till «752 20» i Uppsala",
    "hon bodde på «98131» förut",
    "bor i «413 19»",
    "vi bor i umeå «90325» sedan i fjol",
  })
  void findsACodeAfterAVerbOfLivingAndItsPreposition(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jag har ‹12345› i skuld", "det står i ‹123 45› sa hon", "flyttade 12345 kr till"})
  void aPrepositionWithoutAVerbOfLivingIsNoAddress(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"post nr: «903 25»", "post nummer «90325»"})
  void postAndANumberWordWrittenApartAreTheCueOfACode(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"han bor i sverige ‹20000› personer", "ring mig på nummer ‹903 25›"})
  void aCountOrAPhoneNumberIsNoCode(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Det är «123-45» Uppsala",
    "Storgatan 12, «413-19» Göteborg",
    "postnr «413-19»",
    "bor i «413-19» kalix",
  })
  void findsACodeGroupedWithADashInAnAddress(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"clearing 123-45", "ärende 123-45 är avslutat", "fakturan\n123-45\n", "ring 123-45 nu"})
  void aCodeGroupedWithADashNeedsATownAStreetOrACue(String text) {
    assertFinds(POSTAL, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "det var ‹123 45› personer där",
    "det blev ‹123 45› ändå sa hon",
    "koden ‹123 45› sen dess",
  })
  void aGroupedCodeBeforeALowercaseWordThatIsNoTownStaysUnderTheThreshold(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi var 14 i ‹123 45› sa hon", "läs kapitel 3 c ‹123 45› sa hon"})
  void aOneLetterWordAfterANumberWithoutAStreetIsNoAddress(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "det blev ‹123 45› till slut",
    "siffrorna ‹12345› stod på lappen",
    "ring ‹114 14› Polisen",
    "ring ‹113 13› Om det händer",
    "år 2019, ‹123 45› personer",
    "ring 070 12, ‹345 67› sa hon",
  })
  void withoutContextReportsOnlyBelowTheThreshold(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Ring 113 13 vid kris. Jag bor på «123 45» Umeå",
    "Sms:a Mind på 90101. Skicka till «100-00» Uppsala",
    "ring mig! Min adress är Storgatan 1, «123 45» Lund",
  })
  void aPhoneCueInTheSentenceBeforeDoesNotMakeACodeAPhoneNumber(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"postnr «11414»", "Postadress: «114 14» Stockholm", "mitt postnummer är «90101»"})
  void aPostalCueMakesAHelplineNumberACode(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mind 90101", "postnr 123 45, och sms:a Mind på 90101", "ring 113 13 vid kris"})
  void fiveDigitHelplinesAreNotPostalCodes(String text) {
    assertFinds(POSTAL, text.replace("postnr 123 45", "postnr «123 45»"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "skicka till «SE-123 45» Stockholm",
    "skicka till «se-123 45» Malmö",
    "c/o Berg\n«123 45»\nUmeå",
    "Storgatan 1\n«123 45»",
    "numret, postnr «123 45»",
  })
  void findsACodeAfterAPrefixInEitherCaseOrAloneOnAnAddressLine(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "pappa bor på Storgata 15, «9008» Tromsø",
    "Vesterbrogade 112, «1620» København V",
    "adressen är Kongens gate 3, «0153» Oslo",
    "strandvej 4, «2900» hellerup.",
    "Strandvej 4, «2000» Frederiksberg",
    "min adresse er Stengade 22, 1. tv, «3000» Helsingør",
    "Nørrebrogade 14, st. th, «2200» København N",
    "Nørrebrogade 14, 1. th, «2200» København N",
    "Nørrebrogade 14, «2200» København N",
    "Storgata 15, H0101, «9008» Tromsø",
    "vesterbrogade 112, 2. sal, «1620» københavn",
  })
  void findsANorwegianOrDanishCodeOfFourDigitsBetweenAStreetAndATown(String marked) {
    assertFinds(POSTAL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "bodde på Storgatan 12, 2019 flyttade vi",
    "bodde på storgatan 12, 2019 flyttade vi",
    "Storgata 15 9008 Tromsø",
    "vi betalade 4500 Kronor",
    "år 2019, 1200 personer",
  })
  void fourDigitsWithoutTheWholeFrameOfAnAddressAreNoCode(String text) {
    assertFinds(POSTAL, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ring 070-123 45 67",
    "08-123 456 78",
    "08-123 45",
    "123 45 67",
    "lånet är 123 45 kr",
    "vi har 12345 kronor",
    "hyran är 12 500:-",
    "12345,50",
    "12345-6",
    "1 123 45",
    "nummer 12 123 45",
    "99999 STOCKHOLM",
    "09876 STOCKHOLM",
    "1234 STOCKHOLM",
    "123456 STOCKHOLM",
    "öka med 12345 %",
    "2023-12345",
    "Dnr 2023-1234",
    "konto123 45",
    "BRIS 116 111",
  })
  void leavesOtherNumbersAlone(String text) {
    assertFinds(POSTAL, text);
  }

  @Test
  void reportsTheCodeOnlyNotTheTown() {
    List<Found> found = Marked.run(POSTAL, "Storgatan 12, 123 45 STOCKHOLM");
    assertEquals(List.of(new Found(14, 20, EntityType.POSTAL_CODE, PostalCodeDetector.CUE)), found);
  }

  @Test
  void countryPrefixIsTheSurestCueAndIsRedactedWithTheCode() {
    List<Found> found = Marked.run(POSTAL, "SE-123 45");
    assertEquals(List.of(new Found(0, 9, EntityType.POSTAL_CODE, PostalCodeDetector.COUNTRY_PREFIX)), found);
  }
}
