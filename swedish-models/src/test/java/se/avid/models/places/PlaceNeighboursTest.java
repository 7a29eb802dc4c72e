package se.avid.models.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;

/** Places known by their neighbours: a post town, a coordinated place, a bracketed name, a name before "i" and a town. */
class PlaceNeighboursTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidencePlaceDetector.create()).build();

  private static List<String> places(String text) {
    return ALONE.analyze(text).stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @Test
  void theWordAfterAPostalCodeIsThePostTown() {
    assertEquals(List.of("PLACE ljung"), places("jag bor på Sveagatan 9, 1 tr, 582 24 ljung och grannen stör"));
    assertEquals(List.of("PLACE mellosa"), places("lägenhet på Hertsövägen 27, 973 45 mellosa, för att"));
    // a listed town that is a word form too
    assertEquals(List.of("PLACE vara"), places("ett rum på storegården 3, 534 91 vara. han betalar 90 kr"));
  }

  @Test
  void aPostalCodeMayFollowAFlatsNumber() {
    assertEquals(List.of("PLACE kista"), places("vi bor på trondheimsgatan 14 lgh 1203 164 31 kista /camila"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"det kostar 123 45 kr i månaden", "ring 0550-134 07 dagtid", "mellan 123 45 och 123 50",
      "hon fick 450 00 i skuld"})
  void noTownAfterAnAmountAPhoneNumberOrAConjunction(String text) {
    assertEquals(List.of(), places(text));
  }

  @Test
  void aPlaceJoinedToWhereSomeoneLivesIsAPlaceToo() {
    assertEquals(List.of("PLACE Stockholm", "PLACE skara"), places("Barnen bor i Stockholm och skara nu"));
    assertEquals(List.of("PLACE lund", "PLACE sjöbo"), places("vi flyttade till lund eller sjöbo"));
  }

  @Test
  void whatFollowsAPlaceAndAConjunctionStaysWhenNoPlace() {
    assertEquals(List.of("PLACE lund"), places("vi bor i lund och jobbar i stan"));
    assertEquals(List.of("PLACE Bygdsiljum"), places("bostaden i Bygdsiljum, uppförd på 1880-talet"));
  }

  @Test
  void aListedLocalityAfterAPrepositionOfPlaceIsThePlace() {
    assertEquals(List.of("PLACE agunnaryd"), places("folk i agunnaryd pratar om oss"));
    assertEquals(List.of(), places("vi går till en brygga nere vid viken"));
  }

  @Test
  void mellanIsAPrepositionOfPlaceToo() {
    assertEquals(List.of("PLACE agunnaryd"), places("jag pendlar mellan agunnaryd och stan"));
    assertEquals(List.of(), places("man får läsa mellan raderna"));
  }

  @Test
  void aNameInBracketsAfterTheNounOfAPlaceOrInstitutionIsItsName() {
    assertEquals(List.of("PLACE horn"), places("kommunen (horn) säger att de har kö"));
    assertTrue(places("skolan (hallingsjo i umea) har skickat orosanmälan").contains("PLACE hallingsjo"));
    assertEquals(List.of("PLACE tvaralund"), places("han ska till samma område (tvaralund) igen"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"skolan (igen) ringde", "kommunen (alltså soc) ringde", "mamma (som är sjuk) ringde"})
  void anOrdinaryWordInBracketsStays(String text) {
    assertEquals(List.of(), places(text));
  }

  @Test
  void aNameBeforeIAndATownIsAPlaceInIt() {
    assertTrue(places("jag går på backhammar i Rinkeby").contains("PLACE backhammar"));
    assertTrue(places("hon jobbar på kvarnbyvik i lund").contains("PLACE kvarnbyvik"));
  }

  @Test
  void aWordOfNoDictionaryBetweenIAndATownsMunicipalityIsAPlaceInIt() {
    assertTrue(places("vi bor i trängslet i älvdalens kommun").contains("PLACE trängslet"));
  }

  @Test
  void aWordOfNoDictionaryBetweenIAndACountryIsAPlaceAbroad() {
    assertTrue(places("jag har hört talas om sanks i karasjok i norge").contains("PLACE karasjok"));
    assertFalse(places("han går i skolan i norge").stream().anyMatch(f -> f.endsWith("skolan")));
  }

  @Test
  void aWordOfNoDictionaryAfterAHomeAndAPrepositionIsWhereTheHomeIs() {
    assertTrue(places("jag bor ensam i huset i killinge sedan min fru dog").contains("PLACE killinge"));
    assertTrue(places("vi bor på en gård utanför köpinge och har plats").contains("PLACE köpinge"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hon bor i hvidovre nu", "vi bodde tillsammans på amager fram till 2022"})
  void aWordOfNoDictionaryAfterAVerbOfLivingIsAPlace(String text) {
    assertEquals(1, places(text).size(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jag bor i andrahand just nu", "vita boere reste till grannlandet Moçambique",
      "det kan bidra till ett ökat boende i sjöbodarna."})
  void aCompoundOfWordsOrADefinitePluralAfterAVerbOfLivingStays(String text) {
    assertTrue(places(text).stream().noneMatch(p -> !p.endsWith("Moçambique")), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hon jobbar i kassan i älvdalens kommun", "vi hade vänner i chileföreningen i lund",
      "hon går på psykosmottagningen i lund", "vi har en stuga vid sjön", "det var kaos hemma i helgen"})
  void anOrdinaryWordOrACompoundOfALongNounInThoseSlotsStays(String text) {
    assertTrue(places(text).stream().noneMatch(p -> !p.endsWith(" lund") && !p.endsWith(" älvdalens")), text);
  }

  @Test
  void aCompoundEndingAsAPlaceNameBeforeIAndATownIsAPlaceInIt() {
    assertTrue(places("han bor i gruppbostad på granbacken i mjölby").contains("PLACE granbacken"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hon går på gymnasiet i lund", "forskare vid högskolan i lund", "på brandstationen i lund",
      "jag jobbar på Max i Mora", "har bott på kvinnojour i lund", "vi var på gården i lund", "leker på skolgården i lund"})
  void anOrdinaryNounACompoundOrACapitalisedNameBeforeIAndATownStays(String text) {
    assertTrue(places(text).stream().noneMatch(p -> !p.endsWith(" lund") && !p.endsWith(" Mora")), text);
  }
}
