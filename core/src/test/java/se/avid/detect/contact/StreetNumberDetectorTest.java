package se.avid.detect.contact;

import static se.avid.detect.contact.Marked.assertFinds;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreetNumberDetectorTest {

  private static final StreetNumberDetector STREETS = StreetNumberDetector.defaults();

  @ParameterizedTest
  @ValueSource(strings = {
    "vi bor på «storgatan 12b» sen i höstas",
    "skicka det till «björkbacken 13», 123 45 lund",
    "hon har flyttat till «västra lindvägen 4» med barnen",
    "adressen är «ekbacksgränd 7» om ni undrar",
  })
  void findsALowercaseStreetAndItsNumber(String marked) {
    assertFinds(STREETS, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "«STORGATAN 12 3 tr»",
    "vi bor i en fyra på «elinsborgsbacken 7, 3 tr» i tensta",
    "han bor på «storgatan 5 lgh 1102» sen i våras",
    "bor ensam på fjärde våningen på «farstagången 6» i farsta",
    "det är på «storgatan 12» 3 trappor upp",
  })
  void findsTheFloorOrFlatAfterTheHouseNumberAndAStairwayStreet(String marked) {
    assertFinds(STREETS, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "förra gången 3 dagar var han borta",
    "gå till ingången 2 på sjukhuset",
  })
  void leavesATimeOrADoorThatEndsLikeAStairwayStreet(String text) {
    assertFinds(STREETS, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "min pappa bor på «norra vägen 3» i byn",
    "det var på «rinkeby allé 40» det hände",
    "kom till «gamla torget 5» klockan tre",
  })
  void findsAStreetEndingWrittenApartAfterItsName(String marked) {
    assertFinds(STREETS, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "i hans lägenhet på «Esplanaden 21». Nu är det slut",
    "hon bor på «kajen 4» med sin pappa",
    "jag bodde på «promenaden 7b» i två år",
    "vi bodde på «skogsbrynet 4» i ödeshög",
    "mamma bor på «lake road 14» i kurunegala",
  })
  void findsAStreetNamedByItsEndingAloneWhereSomeoneLives(String marked) {
    assertFinds(STREETS, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Torget 2 har öppet till nio",
    "vi var på torget 2 timmar",
    "på torget 3 poliser stod och tittade",
    "vi möttes på kajen 4 gånger",
    "pappa bor på plan 3 nu",
    "hon låg på avdelning 12 i en vecka",
    "vi bodde på hotell 3 nätter",
  })
  void leavesASquareOrQuayWithACountAfterIt(String text) {
    assertFinds(STREETS, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "pappan bor på «vesterbrogade 112» i köpenhamn",
    "barnen är hos mamma på «strandvej 4» varannan vecka",
    "han har flyttat till «kongens gate 3» i oslo",
    "mormor bor på «kauppakatu 5» i torneå",
    "min adresse er «Stengade 22, 1. tv», 3000 Helsingør",
    "vi bor på «Nørrebrogade 14, st. th» nu",
    "«vesterbrogade 112, 2. sal», 1620 københavn",
    "hon bor på «strandvej 4», 12. juni flyttade hon",
    "«storveien 12b» i halden",
  })
  void findsTheStreetsOfTheNordicNeighbours(String marked) {
    assertFinds(STREETS, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "vi bor på «storg. 12» i byn",
    "han bor på «Kungsg. 5» nu",
    "skicka till «ringv. 8b», tack",
  })
  void findsAStreetShortenedWithAFullStop(String marked) {
    assertFinds(STREETS, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "det var halva vägen 3 km kvar",
    "jag gick på vägen 3 gånger förra veckan",
    "ta riksväg 40 mot borås",
    "ta väg 55 norrut",
    "hela vägen 2 dagar i sträck",
    "storgatan 1234 finns inte",
    "vi ses på torget 12:30",
    "genvägen 2 minuter bort",
    "slalombacken 3 år i rad",
    "en brigade 3 man stark",
    "planet går från gate 12 klockan sju",
    "vi ses på tisdag. 12 personer kommer",
    "han var ung. 12 år gammal",
    "jag är ledig. 12 veckor kvar",
  })
  void leavesWaysRoadsAndOtherNumbers(String text) {
    assertFinds(STREETS, text);
  }
}
