package se.avid.models.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;

class ResidencePlaceDetectorTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidencePlaceDetector.create()).build();

  private static List<String> places(String text) {
    return ALONE.analyze(text).stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @ParameterizedTest
  @CsvSource({"jag bor i mark med barnen, mark", "vi flyttade till vara förra året, vara", "mamma kommer från skara, skara",
      "pappa bor kvar i mark, mark", "hon växte upp i backa, backa", "vi flyttade tillbaka till bro, bro",
      "jag jobbar i skara sen två år, skara", "min bror bor i tranas, tranas", "hon är från boras, boras",
      "vi åkte till hoganas i helgen, hoganas"})
  void aPlaceThatIsAlsoAWordIsThePlaceWhereSomeoneLivesOrMoves(String text, String place) {
    assertEquals(List.of("PLACE " + place), places(text));
  }

  @ParameterizedTest
  @CsvSource({"vi bor i hammarskogen sen tre år, hammarskogen", "vi flyttade från lillkärret i våras, lillkärret",
      "mamma bor ute i asphagen, asphagen", "han hänger i fiskvallen med kompisar, fiskvallen"})
  void aCompoundWithAPlaceNameEndingIsThePlaceWhereSomeoneLivesOrMoves(String text, String place) {
    assertEquals(List.of("PLACE " + place), places(text));
  }

  @ParameterizedTest
  @CsvSource({"killarna nere i fiskvallen säljer, fiskvallen", "hon går i skolan i hammarskogen, hammarskogen",
      "han hänger ute på ramstavallen, ramstavallen"})
  void aPlaceShapedWordAfterAnAdverbOfPlaceOrATownsServiceIsThePlace(String text, String place) {
    assertEquals(List.of("PLACE " + place), places(text));
  }

  @Test
  void anOrdinaryWordAfterAnAdverbOfPlaceStays() {
    assertEquals(List.of(), places("han är nere i källaren och barnen är ute i trädgården"));
  }

  @Test
  void aCompoundWithAPlaceNameEndingWithoutAVerbOfLivingIsNotRedacted() {
    assertEquals(List.of(), places("vi gick en promenad i granskogen"));
    assertEquals(List.of(), places("vi bor i lägenheten sen tre år"));
  }

  @Test
  void aSmallerLocalityTypedWithoutItsLettersIsThePlaceWhereSomeoneLives() {
    assertEquals(List.of("PLACE halleforsnas"), places("vi bor i halleforsnas sedan två år"));
    assertEquals(List.of("PLACE glommerstrask"), places("han kommer från glommerstrask"));
  }

  @Test
  void aFoldedWordThatIsNoLocalityStaysAWord() {
    assertEquals(List.of(), places("vi bor i lagenhet nu och flyttade till stan"));
  }

  @Test
  void aPlaceOfTwoWordsIsOne() {
    assertEquals(List.of("PLACE upplands väsby"), places("vi bor i upplands väsby sedan i fjol"));
  }

  @Test
  void aWordBeforeKommunIsTheMunicipality() {
    assertEquals(List.of("PLACE ed"), places("socialtjänsten i ed kommun svarar inte"));
    assertEquals(List.of("PLACE vara"), places("vi fick nej från vara kommun"));
    assertEquals(List.of("PLACE torsas"), places("socialtjänsten i torsas kommun"));
  }

  @Test
  void aDeterminerOrPossessiveBeforeKommunIsNone() {
    assertEquals(List.of(), places("i vår kommun och i en annan kommun, från samma kommun, på kommun"));
  }

  @Test
  void withoutAVerbOfLivingOrMovingAWordStaysAWord() {
    assertEquals(List.of(), places("det ska vara bra och vi har mark i skara av folk"));
  }

  @Test
  void theWordAfterTheWrongPrepositionIsNone() {
    assertEquals(List.of(), places("hon kommer till vara med oss och bor till mark"));
  }

  @Test
  void countriesStay() {
    assertEquals(List.of(), places("vi flyttade till sverige och han kommer från syrien"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"stockholmsområdet", "göteborgstrakten", "smålandskusten", "malmöregionen", "roslagsskärgården",
      "Mälardalsregionen"})
  void aCompoundOfAPlaceAndAnAreaWordIsAPlace(String area) {
    assertEquals(List.of("PLACE " + area), places("det finns inga lediga platser i " + area + " just nu"));
  }

  @ParameterizedTest
  @CsvSource({"vi bor i hammar sen två år tillbaka, hammar", "jag är uppvuxen i ljung, ljung", "vi flyttade till fors, fors"})
  void aLocalityThatIsAlsoANameOrARareWordIsAPlaceAfterAVerbOfLiving(String text, String place) {
    assertEquals(List.of("PLACE " + place), places(text));
  }

  @Test
  void aLocalityThatIsAFrequentWordStaysAWordAfterAVerbOfLiving() {
    assertEquals(List.of(), places("de bor i skog och mark"));
  }

  @ParameterizedTest
  @CsvSource({"vi är göteborgsbor sedan länge, göteborgsbor", "han är en riktig Malmökille, Malmökille",
      "jag ringde malmöpolisen men ingen svarade, malmöpolisen", "hon är en uppsala-tjej, uppsala-tjej",
      "vi är lugnåsbor sedan länge, lugnåsbor", "hon är en malmo-tjej, malmo-tjej"})
  void aCompoundOfAPlaceAndAWordOfItsPeopleIsAPlace(String text, String place) {
    assertEquals(List.of("PLACE " + place), places(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"markägaren vill inte sälja", "vi hyr av Mölndalsbostäder", "Uppsalahem svarar inte",
      "vi tar Skånetrafiken dit", "lundbor är trevliga", "en kisaögd kille", "vi bor på Malmövägen", "hon går på Malmöskolan"})
  void aCompoundOfAWordOrAFirmNamedAfterATownIsNoPlace(String text) {
    assertEquals(List.of(), places(text));
  }

  @Test
  void anAreaWordAfterAWordOrACountryIsNone() {
    assertEquals(List.of(), places("bostadsområdet, industriområdet, upptagningsområdet, östersjökusten och medelhavsområdet"));
  }

  @ParameterizedTest
  @CsvSource({"socialtjansten i boras svarar inte, boras", "vi bodde utanfor nykoping nar det hande, nykoping",
      "har en kompis nara jonkoping som vet, jonkoping", "vi ses vid stationen i halleforsnas, halleforsnas",
      "finns det stodgrupper runt vasteras?, vasteras", "hon har en lagenhet i Gavle nu, Gavle"})
  void aPlaceTypedWithoutItsLettersAfterAPrepositionOfPlaceIsThePlace(String text, String place) {
    assertEquals(List.of("PLACE " + place), places(text));
  }

  @Test
  void aWordAfterAPrepositionOfPlaceStaysAWord() {
    // "bostad" reads as Båstad with its letters put back, "sta" as Stå; words as written
    assertEquals(List.of(), places("vi har ingen bostad i bostaden, hon gick till skolan och satt vid bordet i morgon"));
    assertEquals(List.of(), places("han kom fran mamma och satt nara fonstret i koket"));
    // "varas" is "våras" (i våras: last spring) as much as a place
    assertEquals(List.of(), places("hon bor pa hemmet sedan i varas"));
  }

  @Test
  void aCountryTypedWithoutItsLettersStays() {
    assertEquals(List.of(), places("vi kom fran osterrike"));
  }

  @Test
  void aVerbOfMovingTypedWithoutItsLettersCuesThePlace() {
    assertEquals(List.of("PLACE vara"), places("vi akte till vara i helgen"));
    assertEquals(List.of("PLACE mark"), places("hon ar fodd i mark"));
  }

  @Test
  void aBridgeNamedAfterAPlaceIsAPlace() {
    assertEquals(List.of("PLACE ölandsbron"), places("får jag köra över ölandsbron två gånger per dag"));
    assertEquals(List.of(), places("vi åkte över bron"));
  }

  @Test
  void aWordAfterPaFollowingTheTownOfAVerbOfLivingIsItsDistrict() {
    assertEquals(List.of("PLACE motala", "PLACE charlottenborg"), places("jag bor i motala på charlottenborg sen länge"));
    assertEquals(List.of("PLACE malmö"), places("vi bor i malmö på vintern"));
  }

  @Test
  void aPlaceEndingTypedWithoutItsLettersMakesTheDistrict() {
    assertEquals(List.of("PLACE borlange", "PLACE jakobsgardarna"), places("vi bor i borlange pa jakobsgardarna med fem barn"));
    assertEquals(List.of("PLACE borlänge", "PLACE jakobsgårdarna"), places("vi bor i borlänge på jakobsgårdarna med fem barn"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"goteborgsomradet", "malmotrakten", "smalandskusten", "vasterasregionen"})
  void anAreaCompoundTypedWithoutItsLettersIsAPlace(String area) {
    assertEquals(List.of("PLACE " + area), places("det finns inga lediga platser i " + area + " just nu"));
  }

  @Test
  void anAreaCompoundEndsAText() {
    assertEquals(List.of("PLACE malmoomradet"), places("vi bor i malmoomradet"));
    assertEquals(List.of("PLACE göteborgsområdet"), places("vi bor i göteborgsområdet"));
  }

  @Test
  void anAreaWordTypedWithoutItsLettersAfterAWordIsNone() {
    assertEquals(List.of(), places("bostadsomradet, industriomradet och upptagningsomradet"));
  }

  @Test
  void aListedPlaceBeforeKommunIsTheMunicipalityWithoutAPreposition() {
    assertEquals(List.of("PLACE bracke"), places("bracke kommun har nekat oss"));
    assertEquals(List.of("PLACE mark"), places("mark kommun svarar aldrig"));
  }

  @Test
  void aWordBeforeKommunWithoutAPrepositionStays() {
    assertEquals(List.of(), places("en sund kommun, vår kommun och hela kommun"));
  }

  @Test
  void aListedPlaceBeforeCentrumIsThePlace() {
    assertEquals(List.of("PLACE hammar"), places("hammar centrum är otryggt på kvällarna"));
    assertEquals(List.of("PLACE savar"), places("savar centrum ar otryggt"));
  }

  @Test
  void aListedPlaceThatIsARareWordAfterAPrepositionOfPlaceIsThePlace() {
    assertEquals(List.of("PLACE lund"), places("vi bodde utanför lund när det hände"));
    assertEquals(List.of("PLACE sala"), places("har en kompis nära sala som vet"));
  }

  @Test
  void aListedPlaceThatIsAFrequentWordAfterAPrepositionStays() {
    assertEquals(List.of(), places("han jobbar nära vara nu, och i stan centrum"));
  }

  @ParameterizedTest
  @CsvSource({"vi har en kurator i skara som hjälper oss, skara", "vi träffas i kista efter jobbet, kista",
      "det finns en stödgrupp utanför skara, skara"})
  void aPlaceThatIsAFrequentNounIsThePlaceBareAfterAPrepositionOfPlace(String text, String place) {
    assertEquals(List.of("PLACE " + place), places(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"han höll telefonen i handen hela tiden", "det kan vara bra att vara i en skara", "de kom i skara av hundratals", "ett beslut från mark- och miljödomstolen",
      "han vill bara vara i fred"})
  void aFrequentNounWithItsArticleOrInADefiniteFormStaysAWord(String text) {
    assertEquals(List.of(), places(text));
  }

  @Test
  void aMunicipalityThatIsAVerbFormTooIsThePlaceAfterUtanför() {
    assertEquals(List.of("PLACE vara"), places("jag jobbar på en gård utanför vara sedan april"));
    assertEquals(List.of(), places("han stod utanför dem och ville vara med"));
  }

  @Test
  void aPlaceAfterACompassDirectionAndOmIsThePlace() {
    assertEquals(List.of("PLACE lund"), places("vi bor en mil sydväst om lund"));
    assertEquals(List.of("PLACE skara"), places("gården ligger söder om skara"));
  }

  @Test
  void omAfterAnythingButADirectionIsNoSlot() {
    assertEquals(List.of(), places("vi pratade om lund och om skara i går"));
  }

  @Test
  void aListedPlaceAfterAVerbOfLivingAndItsCompanyIsThePlace() {
    assertEquals(List.of("PLACE skara"), places("min dotter bor med sin pappa i skara"));
    assertEquals(List.of("PLACE mark"), places("vi flyttade med barnen till mark i fjol"));
  }

  @Test
  void aCompanyWithoutAVerbOfLivingNamesNoPlace() {
    assertEquals(List.of(), places("jag pratade med min mamma i skara av folk"));
  }

  @Test
  void aWordNoOneListsAfterAVerbOfLivingIsThePlace() {
    assertEquals(List.of("PLACE timisoara"), places("min son bor i timisoara med sin farmor"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi bor i andrahand just nu", "jag bor i lagenhet med barnen", "han bor i villa med sin nya"})
  void aFormOfTenureOrDwellingAfterAVerbOfLivingStays(String text) {
    assertEquals(List.of(), places(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi bor i sjöstugorna på sommaren", "han växte upp i förortsområden", "de flyttade till sommarstugeområdet"})
  void aCompoundOfWordsTheDictionaryLacksAfterAVerbOfLivingStays(String text) {
    assertEquals(List.of(), places(text));
  }

  @ParameterizedTest
  @CsvSource({"tingsrätten i härad har inte svarat, härad", "vårdcentralen i kärna har stängt, kärna",
      "vi möts vid stationen i slaka, slaka", "polisen i ed har inte hört av sig, ed", "skolan i ås ringde, ås"})
  void aLocalityThatIsAWordAfterATownsServiceAndIIsThePlace(String text, String place) {
    assertEquals(List.of("PLACE " + place), places(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"skolan i stort sett är bra", "socialtjänsten i ärendet har gjort fel", "pappa står i kärna av gruppen",
      "polisen i en bil stannade", "socialtjänsten i vår kommun"})
  void aWordAfterIWithoutATownsServiceOrThatIsNoPlaceStays(String text) {
    assertEquals(List.of(), places(text));
  }

  @Test
  void anUnlistedPlaceShapeAfterPaIsThePlace() {
    assertEquals(List.of("PLACE ramstabacken"), places("nu satsar de på ramstabacken med ny infart"));
  }

  @Test
  void aCountysNameInTheGenitiveBeforeLanIsThePlace() {
    assertEquals(List.of("PLACE västra götalands"), places("vi flyttade inom västra götalands län"));
    assertEquals(List.of("PLACE Västerbottens"), places("Hon bor någonstans i Västerbottens län."));
  }

  @Test
  void aWordThatIsNoPlaceBeforeLanStays() {
    assertEquals(List.of(), places("det gäller hela vårt län och alla andras län"));
  }
}
