package se.avid.detect.contact;

import static se.avid.detect.contact.Marked.assertFinds;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPartsDetectorTest {

  private static final AddressPartsDetector PARTS = AddressPartsDetector.defaults();

  @ParameterizedTest
  @ValueSource(strings = {
    "det är «lgh 1129» om ni undrar",
    "på 41:an «LGH 1102», 3 tr",
    "skriv «lgh. 1102» på lappen",
    "«lgh nr 1203»",
    "vi bor i «lägenhet 1102» sen i våras",
    "«lägenhetsnummer 1302»",
    "«lgh 12» på tredje",
  })
  void findsAFlatNumberInAnyCase(String marked) {
    assertFinds(PARTS, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "dom skickade det till «vikboplan 7 lgh 1203». jag har aldrig varit där",
    "det är «klöverbacken 41 lgh 1129» om ni undrar",
    "«Storgatan 12 LGH 1102», 3 tr",
    "hon bor på «tallvägen 12b, lgh 1102» nu",
  })
  void takesTheStreetAndNumberBeforeAFlatNumber(String marked) {
    assertFinds(PARTS, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "vi bor på nr 4 «lgh 1102»",
    "rum 1234 «lgh 1102»",
    "jag bor i «lgh 1102» med barnen",
  })
  void takesNoShortWordOrLongNumberAsAStreet(String marked) {
    assertFinds(PARTS, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "posta till «Box 1261», Borås",
    "posta till «box 1261», borås",
    "skicka det till «box 4021» så kommer det fram",
    "«box 55»\n123 45 lund",
    "adress: «box 77» 123 45 lund",
  })
  void findsAPostOfficeBoxOnAnAddressLine(String marked) {
    assertFinds(PARTS, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "hästen står i box 5 i stallet",
    "en box 12 kg tung",
    "vi bodde i lägenhet 3 i två år",
    "lägenheten har 3 rum",
    "lghn 1102",
    "xbox 360 är gammal",
    "inbox 12 olästa",
  })
  void leavesOtherNumbersAfterTheseWords(String text) {
    assertFinds(PARTS, text);
  }
}
